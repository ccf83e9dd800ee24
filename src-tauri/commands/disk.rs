//! Changes on disk under an open post: how the site is watched, and the diff and
//! three-way merge the conflict banner offers.

use crate::watching::WatchState;
use inkstone_core::merge::{diff_lines, merge_texts, DiffLine, MergeOutcome};
use inkstone_core::watch::WatchMode;
use tauri::State;

/// How the open site is followed (native, or polling the open posts and why); none
/// when no site is watched.
#[tauri::command]
pub fn watch_mode(watch: State<'_, WatchState>) -> Option<WatchMode> {
    watch.mode()
}

/// The posts open in the editor (site-relative): polled when the site cannot be watched.
#[tauri::command]
pub fn watch_open_files(watch: State<'_, WatchState>, paths: Vec<String>) {
    watch.set_open_files(&paths);
}

/// What changed from `old` (the writer's text) to `new` (the disk's), line by line.
#[tauri::command]
pub fn text_diff(old: String, new: String) -> Vec<DiffLine> {
    diff_lines(&old, &new)
}

/// Merges the buffer and the disk against the last version both shared.
#[tauri::command]
pub fn text_merge(base: String, mine: String, disk: String) -> MergeOutcome {
    merge_texts(&base, &mine, &disk)
}
