//! Flipping `draft: true` to `draft: false` in the posts a writer chose to publish,
//! with the lossless front matter edit, so only that line changes.

use super::error::PublishError;
use crate::front_matter::set_field;
use crate::fsio::{read_text, write_atomic};
use std::path::Path;

/// Sets `draft: false` in each of `site_paths` (relative to `site_root`), writing each
/// file atomically and only when the edit succeeded. Stops at the first file that cannot
/// be edited; files already flipped stay flipped (that is what the writer asked for).
pub fn flip_drafts_to_published(
    site_root: &Path,
    site_paths: &[String],
) -> Result<(), PublishError> {
    for site_path in site_paths {
        let path = site_root.join(site_path);
        let text = read_text(&path).map_err(|source| PublishError::Unreadable { source })?;
        let edited =
            set_field(&text, "draft", &serde_json::Value::Bool(false)).map_err(|source| {
                PublishError::Undraft {
                    path: path.clone(),
                    reason: source.to_string(),
                }
            })?;
        if edited != text {
            write_atomic(&path, edited.as_bytes()).map_err(|source| PublishError::Write {
                path: path.clone(),
                source,
            })?;
        }
    }
    Ok(())
}
