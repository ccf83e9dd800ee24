//! The post list and reading one post's text.

use crate::error::{AppError, Result};
use crate::state::AppState;
use inkstone_core::site::PostSummary;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

/// A post's whole file, as the editor shows it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PostText {
    pub path: String,
    pub text: String,
}

#[tauri::command]
pub fn posts_list(state: State<'_, AppState>) -> Result<Vec<PostSummary>> {
    state.with_site(|site| Ok(site.posts().iter().map(|p| p.summary.clone()).collect()))
}

#[tauri::command]
pub fn post_read(state: State<'_, AppState>, path: String) -> Result<PostText> {
    state.with_site(|site| {
        // Only files the index knows can be read: the UI can never name a file outside the site.
        if site.post(&path).is_none() {
            return Err(AppError::new(
                "post-not-found",
                format!("{path} is not a post of this site: it may have been moved or deleted; pick it again in the list"),
            )
            .at(path.clone(), None, None));
        }
        let text = inkstone_core::fsio::read_text(&site.root().join(&path)).map_err(|e| AppError::from(e).relative_to(site.root()))?;
        Ok(PostText { path, text })
    })
}
