//! The series panel: listing series, and reorder, rename, add, remove and sync as
//! reviewable changes that are written through the core and refreshed in the index.

use crate::error::{AppError, Result};
use crate::state::AppState;
use inkstone_core::series::{self, FileChange, SeriesError, SeriesOverview, SeriesSettings};
use inkstone_core::site::{PostSummary, Site};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

/// What a series operation changes (or changed): each file's text before and after,
/// the same as a unified diff, and the changed posts' list entries once written.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SeriesChanges {
    pub changes: Vec<FileChange>,
    pub diff: String,
    /// Empty for a preview; after a write, the written posts as the index now sees them.
    pub summaries: Vec<PostSummary>,
}

#[tauri::command]
pub fn series_list(state: State<'_, AppState>) -> Result<Vec<SeriesOverview>> {
    state.with_site(|site| Ok(series::overview(site, &settings(site)?)))
}

#[tauri::command]
pub fn series_sync_preview(state: State<'_, AppState>, name: String) -> Result<SeriesChanges> {
    state.with_site(|site| preview(series::sync(site, &settings(site)?, &name)?))
}

#[tauri::command]
pub fn series_sync_apply(state: State<'_, AppState>, name: String) -> Result<SeriesChanges> {
    state.with_site_mut(|site| {
        let changes = series::sync(site, &settings(site)?, &name)?;
        write(site, changes)
    })
}

#[tauri::command]
pub fn series_reorder(
    state: State<'_, AppState>,
    name: String,
    order: Vec<String>,
    dry_run: bool,
) -> Result<SeriesChanges> {
    run(state, dry_run, |site, s| {
        series::reorder(site, s, &name, &order)
    })
}

#[tauri::command]
pub fn series_rename(
    state: State<'_, AppState>,
    name: String,
    new_name: String,
    dry_run: bool,
) -> Result<SeriesChanges> {
    run(state, dry_run, |site, s| {
        series::rename(site, s, &name, &new_name)
    })
}

/// Adds the post at `path` as the last part of `name`, creating the series when new.
#[tauri::command]
pub fn series_add_post(
    state: State<'_, AppState>,
    name: String,
    path: String,
    dry_run: bool,
) -> Result<SeriesChanges> {
    run(state, dry_run, |site, s| {
        series::add_post(site, s, &name, &path)
    })
}

#[tauri::command]
pub fn series_remove_post(
    state: State<'_, AppState>,
    name: String,
    path: String,
    dry_run: bool,
) -> Result<SeriesChanges> {
    run(state, dry_run, |site, s| {
        series::remove_post(site, s, &name, &path)
    })
}

/// Runs a series operation; a dry run returns its changes, otherwise they are written.
fn run(
    state: State<'_, AppState>,
    dry_run: bool,
    op: impl FnOnce(&Site, &SeriesSettings) -> std::result::Result<Vec<FileChange>, SeriesError>,
) -> Result<SeriesChanges> {
    state.with_site_mut(|site| {
        let changes = op(site, &settings(site)?)?;
        if dry_run {
            preview(changes)
        } else {
            write(site, changes)
        }
    })
}

fn settings(site: &Site) -> Result<SeriesSettings> {
    Ok(SeriesSettings::load(site.root())?)
}

fn preview(changes: Vec<FileChange>) -> Result<SeriesChanges> {
    Ok(SeriesChanges {
        diff: series::unified_diff(&changes),
        changes,
        summaries: Vec::new(),
    })
}

fn write(site: &mut Site, changes: Vec<FileChange>) -> Result<SeriesChanges> {
    series::write(site, &changes)?;
    let summaries = changes
        .iter()
        .filter_map(|c| site.post(&c.path).map(|p| p.summary.clone()))
        .collect();
    Ok(SeriesChanges {
        diff: series::unified_diff(&changes),
        changes,
        summaries,
    })
}

impl From<SeriesError> for AppError {
    fn from(e: SeriesError) -> AppError {
        let path = match &e {
            SeriesError::FrontMatter { path, .. }
            | SeriesError::ChangedOnDisk { path }
            | SeriesError::NotAPost { path }
            | SeriesError::NotInSeries { path, .. }
            | SeriesError::AlreadyInSeries { path, .. } => Some(path.clone()),
            _ => None,
        };
        let error = AppError::new(e.code(), e.to_string());
        match path {
            Some(path) => error.at(path, None, None),
            None => error,
        }
    }
}
