//! Following the open site on disk: the core watcher runs while a site is open, each
//! batch of changes is applied to the index, then the UI hears what changed.

use crate::commands::site::SiteInfo;
use crate::events;
use crate::state::AppState;
use inkstone_core::site::Site;
use inkstone_core::watch::{SiteChange, SiteWatcher, WatchMode};
use serde::Serialize;
use std::sync::Mutex;
use tauri::{AppHandle, Manager, Runtime};
use ts_rs::TS;

mod batch;
#[cfg(test)]
mod live_tests;

/// The running watcher of the open site, if any.
#[derive(Default)]
pub struct WatchState {
    watcher: Mutex<Option<SiteWatcher>>,
    /// The posts the editor has open, as it last said: a watcher started later (the
    /// site opened again) polls them from its first moment if it must poll.
    open_files: Mutex<Vec<String>>,
}

impl WatchState {
    fn with<T>(&self, f: impl FnOnce(&mut Option<SiteWatcher>) -> T) -> T {
        f(&mut self.watcher.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// How the site is followed now; none when nothing is watched.
    pub fn mode(&self) -> Option<WatchMode> {
        self.with(|running| running.as_ref().map(|w| w.mode().clone()))
    }

    /// The posts open in the editor, polled when the platform cannot watch the site.
    pub fn set_open_files(&self, paths: &[String]) {
        *self.open_files.lock().unwrap_or_else(|p| p.into_inner()) = paths.to_vec();
        self.with(|running| {
            if let Some(watcher) = running.as_mut() {
                watcher.set_open_files(paths);
            }
        });
    }
}

/// One batch as the UI hears it: what changed, and what the shell already did about it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SiteChanges {
    pub changes: Vec<SiteChange>,
    /// The index changed: the post list should be asked for again.
    pub posts_changed: bool,
    /// A file the preview or the checks read (static, shortcodes, data, archetypes,
    /// config) changed: the open post should be rendered again.
    pub preview_stale: bool,
    /// The config changed, so the site was read afresh.
    pub reopened: Option<SiteInfo>,
}

/// Stops the old site's watcher and starts one for `site`. A failure is reported and
/// leaves the app working without live updates.
pub fn start<R: Runtime>(app: &AppHandle<R>, site: &Site) {
    let state = app.state::<WatchState>();
    // The old watcher goes first: its last batch must not reach the new site's index.
    state.with(|running| *running = None);
    let handle = app.clone();
    let mode_handle = app.clone();
    let open_files = state
        .open_files
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let started = SiteWatcher::start(
        site.root(),
        Some(site.config()),
        &open_files,
        move |changes| {
            let batch = apply(&handle, changes);
            events::site_changed(&handle, &batch);
        },
    );
    match started {
        Ok(watcher) => {
            if let WatchMode::Polling { reason, .. } = watcher.mode() {
                eprintln!("inkstone: {reason}");
            }
            // The limit reached later, as folders appear: the status bar must say so too.
            watcher.on_mode_change(move |mode| {
                if let WatchMode::Polling { reason, .. } = mode {
                    eprintln!("inkstone: {reason}");
                }
                events::watch_mode_changed(&mode_handle, mode);
            });
            state.with(|running| *running = Some(watcher));
        }
        Err(e) => eprintln!("inkstone: {e}"),
    }
}

/// Brings the index in line with the disk for one batch.
fn apply<R: Runtime>(app: &AppHandle<R>, changes: Vec<SiteChange>) -> SiteChanges {
    let state = app.state::<AppState>();
    let applied = state
        .with_site_mut(|site| Ok(batch::apply_to_site(site, &changes)))
        .unwrap_or_default();
    SiteChanges {
        changes,
        posts_changed: applied.posts_changed,
        preview_stale: applied.preview_stale,
        reopened: applied.reopened,
    }
}
