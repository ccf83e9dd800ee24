//! The `inkstone-site` protocol: the preview's images and styles, read from the open site only.

use crate::state::AppState;
use inkstone_core::site::asset::{preview_mime, site_file};
use tauri::http::{header, Request, Response, StatusCode};
use tauri::{Manager, Runtime, UriSchemeContext};

pub const SCHEME: &str = "inkstone-site";

/// Answers `inkstone-site://localhost/<site-relative path>` (on Windows
/// `http://inkstone-site.localhost/…`) with that file of the open site, or 404.
pub fn handle<R: Runtime>(
    ctx: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
) -> Response<Vec<u8>> {
    let raw = request.uri().path();
    let rel = percent_encoding::percent_decode_str(raw)
        .decode_utf8_lossy()
        .into_owned();
    let state = ctx.app_handle().state::<AppState>();
    let found = state.with_site(|site| Ok(site_file(site.root(), &rel).ok()));
    let Some(file) = found.ok().flatten() else {
        return respond(StatusCode::NOT_FOUND, "text/plain", b"not found".to_vec());
    };
    let Some(mime) = preview_mime(&file) else {
        return respond(
            StatusCode::FORBIDDEN,
            "text/plain",
            b"not a preview asset".to_vec(),
        );
    };
    match std::fs::read(&file) {
        Ok(bytes) => respond(StatusCode::OK, mime, bytes),
        Err(_) => respond(StatusCode::NOT_FOUND, "text/plain", b"unreadable".to_vec()),
    }
}

fn respond(status: StatusCode, mime: &str, body: Vec<u8>) -> Response<Vec<u8>> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, mime)
        .header("X-Content-Type-Options", "nosniff")
        // An SVG opened from here must not run script either.
        .header(
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        )
        .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .body(body)
        .unwrap_or_else(|_| Response::new(Vec::new()))
}
