//! Searching the bodies of every post, for the post list's search-as-you-type.

use crate::error::Result;
use crate::state::AppState;
use inkstone_core::search::{search_bodies_in, BodySearch};
use tauri::{AppHandle, Manager};

/// Runs on a blocking thread: a cold search reads every file of the site. The index is
/// held only to list the posts, so saves and renders never wait for the files to be read.
#[tauri::command]
pub async fn posts_search_bodies(app: AppHandle, query: String) -> Result<BodySearch> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let (root, paths) = state.with_site(|site| {
            let paths: Vec<String> = site
                .posts()
                .iter()
                .map(|post| post.summary.path.clone())
                .collect();
            Ok((site.root().to_path_buf(), paths))
        })?;
        state.with_body_cache(|cache| search_bodies_in(&root, &paths, &query, cache))
    })
    .await?
}
