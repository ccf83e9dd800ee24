//! Settings kept in tauri-plugin-store: the last site, recent sites, the window size.

use serde_json::json;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::StoreExt;

const FILE: &str = "settings.json";
const LAST_SITE: &str = "lastSite";
const RECENT_SITES: &str = "recentSites";
const WINDOW_SIZE: &str = "windowSize";
/// How many recent sites the Open Recent list keeps.
const RECENT_LIMIT: usize = 10;

pub fn last_site<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    let store = app.store(FILE).ok()?;
    store.get(LAST_SITE)?.as_str().map(PathBuf::from)
}

pub fn recent_sites<R: Runtime>(app: &AppHandle<R>) -> Vec<String> {
    let Ok(store) = app.store(FILE) else {
        return Vec::new();
    };
    store
        .get(RECENT_SITES)
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// Remembers `root` as the last site and moves it to the front of the recent list.
pub fn remember_site<R: Runtime>(app: &AppHandle<R>, root: &Path) {
    let Ok(store) = app.store(FILE) else { return };
    let root = root.to_string_lossy().into_owned();
    let mut recent = recent_sites(app);
    recent.retain(|r| *r != root);
    recent.insert(0, root.clone());
    recent.truncate(RECENT_LIMIT);
    store.set(LAST_SITE, json!(root));
    store.set(RECENT_SITES, json!(recent));
    if let Err(e) = store.save() {
        eprintln!("inkstone: could not save settings: {e}");
    }
}

pub fn window_size<R: Runtime>(app: &AppHandle<R>) -> Option<(f64, f64)> {
    let store = app.store(FILE).ok()?;
    let size = store.get(WINDOW_SIZE)?;
    Some((size.get("width")?.as_f64()?, size.get("height")?.as_f64()?))
}

pub fn remember_window_size<R: Runtime>(app: &AppHandle<R>, width: f64, height: f64) {
    let Ok(store) = app.store(FILE) else { return };
    store.set(WINDOW_SIZE, json!({ "width": width, "height": height }));
    if let Err(e) = store.save() {
        eprintln!("inkstone: could not save settings: {e}");
    }
}
