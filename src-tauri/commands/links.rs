//! Links clicked in the preview: another post opens in the editor, web links in the browser.

use crate::error::{AppError, Result};
use crate::state::AppState;
use inkstone_core::site::{resolve_href, LinkTarget};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_opener::OpenerExt;

#[tauri::command]
pub fn link_open<R: Runtime>(
    app: AppHandle<R>,
    from_path: String,
    href: String,
) -> Result<LinkTarget> {
    let target = app
        .state::<AppState>()
        .with_site(|site| Ok(resolve_href(site, &from_path, &href)))?;
    if let LinkTarget::External { url } = &target {
        app.opener().open_url(url, None::<&str>).map_err(|e| {
            AppError::new(
                "open-link",
                format!("{url} could not be opened: {e}; copy the address into your browser"),
            )
        })?;
    }
    Ok(target)
}
