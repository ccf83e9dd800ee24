//! Files of the site served to the preview (images, CSS): never anything outside the site.

use std::path::{Component, Path, PathBuf};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AssetError {
    #[error("{0} is outside the site folder: the preview only shows the site's own files")]
    OutsideSite(String),
    #[error("{0} does not exist in the site: check the path, or add the file under static/ or next to the post")]
    Missing(String),
}

/// The file at the site-relative `rel` (percent-decoded, `/`), if it is a file inside `root`.
///
/// `..`, absolute paths and symlinks that lead out of the site are refused, so a post
/// cannot make the preview read `~/.ssh` or any other file of the writer's.
pub fn site_file(root: &Path, rel: &str) -> Result<PathBuf, AssetError> {
    let rel = rel.trim_start_matches('/');
    let relative = Path::new(rel);
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Err(AssetError::OutsideSite(rel.to_string()));
    }
    let root = root
        .canonicalize()
        .map_err(|_| AssetError::Missing(rel.to_string()))?;
    let file = root
        .join(relative)
        .canonicalize()
        .map_err(|_| AssetError::Missing(rel.to_string()))?;
    if !file.starts_with(&root) {
        return Err(AssetError::OutsideSite(rel.to_string()));
    }
    if !file.is_file() {
        return Err(AssetError::Missing(rel.to_string()));
    }
    Ok(file)
}

/// The MIME type the preview needs for a site file, by its extension; `None` for anything
/// that is not an image, a stylesheet or a font (those are not served at all).
pub fn preview_mime(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "webp" => "image/webp",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "avif" => "image/avif",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "css" => "text/css",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("static/images")).expect("folders");
        std::fs::write(dir.path().join("static/images/a.webp"), b"RIFF").expect("image");
        dir
    }

    #[test]
    fn a_file_inside_the_site_is_served() {
        let dir = site();
        let file = site_file(dir.path(), "static/images/a.webp").expect("served");
        assert!(file.ends_with("static/images/a.webp"));
        assert_eq!(preview_mime(&file), Some("image/webp"));
    }

    #[test]
    fn parent_folders_and_absolute_paths_are_refused() {
        let dir = site();
        for bad in [
            "../etc/passwd",
            "static/../../x",
            "static/images/../../../x",
        ] {
            assert_eq!(
                site_file(dir.path(), bad),
                Err(AssetError::OutsideSite(bad.to_string())),
                "{bad}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_out_of_the_site_is_refused() {
        let dir = site();
        let outside = tempfile::tempdir().expect("outside");
        std::fs::write(outside.path().join("secret.png"), b"x").expect("secret");
        std::os::unix::fs::symlink(
            outside.path().join("secret.png"),
            dir.path().join("static/leak.png"),
        )
        .expect("link");
        assert_eq!(
            site_file(dir.path(), "static/leak.png"),
            Err(AssetError::OutsideSite("static/leak.png".into()))
        );
    }

    #[test]
    fn scripts_and_pages_are_not_served() {
        assert_eq!(preview_mime(Path::new("a.html")), None);
        assert_eq!(preview_mime(Path::new("a.js")), None);
    }
}
