//! Flipping `draft: true` to `draft: false` in the posts a writer chose to publish,
//! with the lossless front matter edit, so only that line changes.

use super::error::PublishError;
use crate::front_matter::set_field;
use std::path::Path;

/// Sets `draft: false` in each of `site_paths` (relative to `site_root`), writing each
/// file only when the edit succeeded. Stops at the first file that cannot be edited;
/// files already flipped stay flipped (that is what the writer asked for).
pub fn flip_drafts_to_published(
    site_root: &Path,
    site_paths: &[String],
) -> Result<(), PublishError> {
    for site_path in site_paths {
        let path = site_root.join(site_path);
        let text = std::fs::read(&path)
            .map_err(|source| PublishError::Read {
                path: path.clone(),
                source,
            })
            .and_then(|bytes| {
                String::from_utf8(bytes).map_err(|_| PublishError::NotUtf8 { path: path.clone() })
            })?;
        let edited =
            set_field(&text, "draft", &serde_json::Value::Bool(false)).map_err(|source| {
                PublishError::Undraft {
                    path: path.clone(),
                    reason: source.to_string(),
                }
            })?;
        if edited != text {
            write_replacing(&path, edited.as_bytes())?;
        }
    }
    Ok(())
}

/// Writes through a temporary file next to `path` and renames it over, so a crash
/// never leaves a half-written post.
fn write_replacing(path: &Path, bytes: &[u8]) -> Result<(), PublishError> {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = path.with_file_name(format!(".{file_name}.inkstone-tmp"));
    let result = std::fs::write(&temp, bytes).and_then(|()| std::fs::rename(&temp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.map_err(|source| PublishError::Write {
        path: path.to_path_buf(),
        source,
    })
}
