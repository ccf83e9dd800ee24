//! Saving a buffer: atomic, and never over a file that changed on disk since it was read.

use crate::error::{AppError, Result};
use crate::state::AppState;
use inkstone_core::site::PostSummary;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

/// What a save did. A conflict is an outcome to handle, not an error: nothing was written.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum SaveReply {
    /// Written; `summary` is the post as the index now sees it.
    Saved { summary: Option<PostSummary> },
    /// The file on disk is neither what the buffer was read from nor the buffer itself.
    Conflict { disk: String },
}

/// Saves `text` to `path`. `base` is the disk text the buffer was last read or saved from;
/// when the disk no longer holds it, the save stops with `Conflict` unless `force` is set
/// (the writer chose "keep mine").
#[tauri::command]
pub fn post_save(
    state: State<'_, AppState>,
    path: String,
    text: String,
    base: Option<String>,
    force: bool,
) -> Result<SaveReply> {
    state.with_site_mut(|site| {
        let abs = site.root().join(&path);
        if site.post(&path).is_none() && !abs.starts_with(site.root().join(&site.config().content_dir)) {
            return Err(AppError::new("post-not-found", format!("{path} is not inside this site's content folder: save it under content/")));
        }
        if !force {
            if let Some(base) = base.as_deref() {
                if let Ok(disk) = inkstone_core::fsio::read_text(&abs) {
                    if disk != base && disk != text {
                        return Ok(SaveReply::Conflict { disk });
                    }
                }
            }
        }
        inkstone_core::fsio::write_atomic(&abs, text.as_bytes())
            .map_err(|e| AppError::new("save-failed", format!("{path} could not be saved: {e}; your text is still in the editor — check the disk space and the file's permissions, then save again")).at(path.clone(), None, None))?;
        site.refresh_file(&path)?;
        inkstone_core::check::forget_cached_checker();
        Ok(SaveReply::Saved { summary: site.post(&path).map(|p| p.summary.clone()) })
    })
}
