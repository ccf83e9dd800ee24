//! Searching the bodies of every post, for the post list's search-as-you-type.

use crate::error::Result;
use crate::state::AppState;
use inkstone_core::search::{search_bodies, BodySearch};
use tauri::{AppHandle, Manager};

/// Runs on a blocking thread: a cold search reads every file of the site.
#[tauri::command]
pub async fn posts_search_bodies(app: AppHandle, query: String) -> Result<BodySearch> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        state.with_site(|site| state.with_body_cache(|cache| search_bodies(site, &query, cache)))
    })
    .await?
}
