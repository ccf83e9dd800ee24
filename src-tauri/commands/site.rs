//! Opening a site: at launch, by path, or from the native folder dialog.

use crate::error::{AppError, Result};
use crate::state::AppState;
use crate::{events, settings};
use inkstone_core::site::{find_site_root, Site};
use serde::Serialize;
use std::path::Path;
use tauri::{AppHandle, Manager, Runtime, State};
use ts_rs::TS;

/// What the UI needs to know about the open site.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SiteInfo {
    pub root: String,
    pub title: String,
    pub post_count: u32,
    /// The site's `timeZone` (`Asia/Taipei`): new dates get its offset.
    pub time_zone: Option<String>,
}

impl SiteInfo {
    pub(crate) fn of(site: &Site) -> SiteInfo {
        SiteInfo {
            root: site.root().to_string_lossy().into_owned(),
            title: site.config().title.clone(),
            post_count: u32::try_from(site.posts().len()).unwrap_or(u32::MAX),
            time_zone: site.config().time_zone.clone(),
        }
    }
}

/// Opens the site at (or around) `path`, makes it the current one and remembers it.
pub fn open_at<R: Runtime>(app: &AppHandle<R>, path: &Path) -> Result<SiteInfo> {
    let root = find_site_root(path).ok_or_else(|| {
        AppError::new(
            "not-a-site",
            format!(
                "{} is not a Hugo site: no hugo.toml, hugo.yaml, hugo.json or config file was found there or above; pick the folder that holds your site's config",
                path.display()
            ),
        )
        .at(path.to_string_lossy(), None, None)
    })?;
    let site = Site::open(&root)?;
    let info = SiteInfo::of(&site);
    crate::watching::start(app, &site);
    app.state::<AppState>().set_site(site);
    settings::remember_site(app, &root);
    update_title(app, &info);
    Ok(info)
}

/// Shows the native folder picker and opens the chosen site; `None` when cancelled.
pub fn open_with_dialog<R: Runtime>(app: &AppHandle<R>) -> Result<Option<SiteInfo>> {
    let Some(folder) = rfd::FileDialog::new()
        .set_title("Open Hugo Site")
        .pick_folder()
    else {
        return Ok(None);
    };
    let info = open_at(app, &folder)?;
    events::site_opened(app, &info);
    Ok(Some(info))
}

fn update_title<R: Runtime>(app: &AppHandle<R>, info: &SiteInfo) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(&format!("{} — Inkstone", info.title));
    }
}

#[tauri::command]
pub fn site_current(state: State<'_, AppState>) -> Result<Option<SiteInfo>> {
    if let Some(error) = state.launch_error() {
        return Err(error);
    }
    match state.with_site(|site| Ok(SiteInfo::of(site))) {
        Ok(info) => Ok(Some(info)),
        Err(e) if e.code == "no-site" => Ok(None),
        Err(e) => Err(e),
    }
}

#[tauri::command]
pub fn site_open<R: Runtime>(app: AppHandle<R>, path: String) -> Result<SiteInfo> {
    open_at(&app, Path::new(&path))
}

/// Synchronous on purpose: Tauri runs sync commands on the main thread, where GTK dialogs must run.
#[tauri::command]
pub fn site_open_dialog<R: Runtime>(app: AppHandle<R>) -> Result<Option<SiteInfo>> {
    open_with_dialog(&app)
}
