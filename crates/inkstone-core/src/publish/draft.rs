//! Flipping `draft: true` to `draft: false` in the posts a writer chose to publish,
//! with the lossless front matter edit, so only that line changes.

use super::error::PublishError;
use crate::front_matter::{set_field, EditError};
use crate::fsio::{read_text, write_atomic};
use serde_json::Value;
use std::path::Path;

/// Sets `draft: false` in each of `site_paths` (relative to `site_root`) and, when `date`
/// is given (sites that date a post by its publication), `date` too, writing each file
/// atomically and only when every edit of it succeeded. Stops at the first file that
/// cannot be edited; files already flipped stay flipped (that is what the writer asked for).
pub fn flip_drafts_to_published(
    site_root: &Path,
    site_paths: &[String],
    date: Option<&str>,
) -> Result<(), PublishError> {
    for site_path in site_paths {
        let path = site_root.join(site_path);
        let text = read_text(&path).map_err(|source| PublishError::Unreadable { source })?;
        let undraft_error = |source: EditError| PublishError::Undraft {
            path: path.clone(),
            reason: source.to_string(),
        };
        let mut edited = set_field(&text, "draft", &Value::Bool(false)).map_err(undraft_error)?;
        if let Some(date) = date {
            let date = Value::String(date.to_string());
            edited = set_field(&edited, "date", &date).map_err(undraft_error)?;
        }
        if edited != text {
            write_atomic(&path, edited.as_bytes()).map_err(|source| PublishError::Write {
                path: path.clone(),
                source,
            })?;
        }
    }
    Ok(())
}
