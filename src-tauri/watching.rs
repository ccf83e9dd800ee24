//! Following the open site on disk: the core watcher runs while a site is open, each
//! batch of changes is applied to the index, then the UI hears what changed.

use crate::commands::site::SiteInfo;
use crate::events;
use crate::state::AppState;
use inkstone_core::site::Site;
use inkstone_core::watch::{is_root_config_name, SiteChange, SiteWatcher, WatchMode};
use serde::Serialize;
use std::path::Path;
use std::sync::Mutex;
use tauri::{AppHandle, Manager, Runtime};
use ts_rs::TS;

/// Past this many content files in one batch (a `git checkout`), re-reading the whole
/// site is faster than refreshing file by file, each of which re-sorts the index.
const REOPEN_ABOVE: usize = 200;

/// The running watcher of the open site, if any.
#[derive(Default)]
pub struct WatchState {
    watcher: Mutex<Option<SiteWatcher>>,
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
    let started = SiteWatcher::start(site.root(), Some(site.config()), &[], move |changes| {
        let batch = apply(&handle, changes);
        events::site_changed(&handle, &batch);
    });
    match started {
        Ok(watcher) => {
            if let WatchMode::Polling { reason } = watcher.mode() {
                eprintln!("inkstone: {reason}");
            }
            state.with(|running| *running = Some(watcher));
        }
        Err(e) => eprintln!("inkstone: {e}"),
    }
}

/// Brings the index in line with the disk for one batch.
fn apply<R: Runtime>(app: &AppHandle<R>, changes: Vec<SiteChange>) -> SiteChanges {
    let state = app.state::<AppState>();
    let config_changed = changes.iter().any(|c| is_config(&c.path));
    let touched: Vec<&str> = changes
        .iter()
        .flat_map(|c| {
            let from = match &c.kind {
                inkstone_core::watch::ChangeKind::Renamed { from } => Some(from.as_str()),
                _ => None,
            };
            std::iter::once(c.path.as_str()).chain(from)
        })
        .collect();
    let mut reopened = None;
    let mut posts_changed = false;
    let mut preview_stale = config_changed;
    let _ = state.with_site_mut(|site| {
        let content: Vec<&str> = touched
            .iter()
            .copied()
            .filter(|path| is_content(site, path))
            .collect();
        preview_stale |= touched.len() > content.len();
        if config_changed || content.len() > REOPEN_ABOVE {
            match Site::open(site.root()) {
                Ok(fresh) => {
                    *site = fresh;
                    posts_changed = true;
                    if config_changed {
                        reopened = Some(SiteInfo::of(site));
                    }
                }
                Err(e) => eprintln!("inkstone: the site could not be read again: {e}"),
            }
        } else {
            for path in &content {
                // Not content after all (a folder, a non-post file): nothing to index.
                posts_changed |= site.refresh_file(path).is_ok();
            }
        }
        inkstone_core::check::forget_cached_checker();
        Ok(())
    });
    SiteChanges {
        changes,
        posts_changed,
        preview_stale,
        reopened,
    }
}

fn is_config(path: &str) -> bool {
    path.starts_with("config/") || (!path.contains('/') && is_root_config_name(path))
}

/// Whether a path lies in one of the site's content folders.
fn is_content(site: &Site, path: &str) -> bool {
    let config = site.config();
    let mut folders = vec![config.content_dir.as_str()];
    folders.extend(
        config
            .languages
            .iter()
            .filter_map(|language| language.content_dir.as_deref()),
    );
    folders.extend(config.content_mounts.iter().map(|m| m.source.as_str()));
    folders.iter().any(|folder| {
        let folder = folder.trim_matches('/');
        Path::new(path).starts_with(folder)
    })
}
