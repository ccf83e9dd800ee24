//! Events the shell sends to the UI.

use crate::commands::site::SiteInfo;
use crate::watching::SiteChanges;
use inkstone_core::watch::WatchMode;
use tauri::{AppHandle, Emitter, Runtime};

/// Another site was opened from the menu: the UI reloads everything.
pub const SITE_OPENED: &str = "site-opened";

pub fn site_opened<R: Runtime>(app: &AppHandle<R>, info: &SiteInfo) {
    if let Err(e) = app.emit(SITE_OPENED, info) {
        eprintln!("inkstone: could not tell the window about the new site: {e}");
    }
}

/// Files changed on disk; the index already follows them.
pub const SITE_CHANGED: &str = "site-changed";

pub fn site_changed<R: Runtime>(app: &AppHandle<R>, changes: &SiteChanges) {
    if let Err(e) = app.emit(SITE_CHANGED, changes) {
        eprintln!("inkstone: could not tell the window about changes on disk: {e}");
    }
}

/// How the site is followed changed while it was open (the platform's watch limit was
/// reached as folders appeared): the UI asks `watch_mode` again.
pub const WATCH_MODE_CHANGED: &str = "watch-mode-changed";

pub fn watch_mode_changed<R: Runtime>(app: &AppHandle<R>, mode: &WatchMode) {
    if let Err(e) = app.emit(WATCH_MODE_CHANGED, mode) {
        eprintln!("inkstone: could not tell the window how the site is watched: {e}");
    }
}

/// File → New Post… was chosen: the UI opens its dialog.
pub const NEW_POST_ASKED: &str = "new-post-asked";

pub fn new_post_asked<R: Runtime>(app: &AppHandle<R>) {
    if let Err(e) = app.emit(NEW_POST_ASKED, ()) {
        eprintln!("inkstone: could not ask the window for a new post: {e}");
    }
}
