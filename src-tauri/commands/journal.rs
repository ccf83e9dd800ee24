//! Crash recovery: the UI journals unsaved text a moment after typing, clears it after a
//! save, and on launch offers every buffer left behind.

use crate::error::{AppError, Result};
use crate::state::AppState;
use inkstone_core::journal::{Journal, JournalError, RecoveredBuffer};
use inkstone_core::save::content_hash;
use std::path::PathBuf;
use tauri::{AppHandle, Manager, Runtime};

/// The journal lives in the app's data folder, beside the demo site.
fn journal<R: Runtime>(app: &AppHandle<R>) -> Result<Journal> {
    let dir: PathBuf = app.path().app_data_dir()?.join("journal");
    Journal::open(&dir).map_err(journal_error)
}

fn journal_error(e: JournalError) -> AppError {
    AppError::new(e.code(), e.to_string())
}

/// Keeps `text` as the unsaved state of the open site's post at `path`; `base` is the
/// disk text the buffer was loaded from.
#[tauri::command]
pub fn journal_record<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    text: String,
    base: Option<String>,
) -> Result<()> {
    let root = app
        .state::<AppState>()
        .with_site(|s| Ok(s.root().to_path_buf()))?;
    let base_hash = base.map(|b| content_hash(b.as_bytes()));
    journal(&app)?
        .record(&root, &path, &text, base_hash.as_deref())
        .map_err(journal_error)
}

/// Forgets the post's unsaved text (saved, or discarded by the writer).
#[tauri::command]
pub fn journal_clear<R: Runtime>(app: AppHandle<R>, path: String) -> Result<()> {
    let root = app
        .state::<AppState>()
        .with_site(|s| Ok(s.root().to_path_buf()))?;
    journal(&app)?.clear(&root, &path).map_err(journal_error)
}

/// Every unsaved buffer of the open site left by an earlier run. One whose text is
/// already on disk (the app died between saving and clearing) holds nothing to offer
/// and is cleared.
#[tauri::command]
pub fn journal_pending<R: Runtime>(app: AppHandle<R>) -> Result<Vec<RecoveredBuffer>> {
    let root = app
        .state::<AppState>()
        .with_site(|s| Ok(s.root().to_path_buf()))?;
    let journal = journal(&app)?;
    let mut offered = Vec::new();
    for buffer in journal.pending().map_err(journal_error)? {
        if std::path::Path::new(&buffer.site_root) != root {
            continue;
        }
        if buffer.disk_now.as_deref() == Some(buffer.text.as_str()) {
            journal.clear(&root, &buffer.path).map_err(journal_error)?;
        } else {
            offered.push(buffer);
        }
    }
    Ok(offered)
}
