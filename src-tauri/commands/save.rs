//! Saving a buffer: atomic, and never over a file that changed on disk since it was read.

use crate::error::{AppError, Result};
use crate::state::AppState;
use inkstone_core::save::{save_post, save_post_keeping_mine, SaveError, SaveOutcome};
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
        let saved = if force {
            save_post_keeping_mine(site.root(), &path, &text).map(|()| SaveOutcome::Saved)
        } else {
            save_post(site.root(), &path, &text, base.as_deref())
        };
        match saved.map_err(|e| save_error(e, &path))? {
            SaveOutcome::Conflict { disk, .. } => Ok(SaveReply::Conflict { disk }),
            SaveOutcome::Saved => {
                site.refresh_file(&path)?;
                inkstone_core::check::forget_cached_checker();
                Ok(SaveReply::Saved {
                    summary: site.post(&path).map(|p| p.summary.clone()),
                })
            }
        }
    })
}

fn save_error(e: SaveError, path: &str) -> AppError {
    AppError::new(e.code(), e.to_string()).at(path, None, None)
}
