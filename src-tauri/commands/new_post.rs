//! New posts from the dialog: its choices, a preview of the file while the writer types, and creating it.

use crate::error::{AppError, Result};
use crate::state::AppState;
use inkstone_core::new_post::{
    create_new_post, new_post_options, plan_new_post, NewPostError, NewPostOptions, NewPostPlan,
    NewPostRequest,
};
use inkstone_core::site::PostSummary;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

/// A post just written: where, and how the list shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewPostCreated {
    pub plan: NewPostPlan,
    pub summary: Option<PostSummary>,
}

#[tauri::command]
pub fn new_post_choices(state: State<'_, AppState>) -> Result<NewPostOptions> {
    state.with_site(|site| new_post_options(site).map_err(|e| to_app_error(&e, site.root())))
}

/// The path, slug and text the post would get; writes nothing.
#[tauri::command]
pub fn new_post_plan(state: State<'_, AppState>, request: NewPostRequest) -> Result<NewPostPlan> {
    state.with_site(|site| plan_new_post(site, &request).map_err(|e| to_app_error(&e, site.root())))
}

/// Plans again (the clock moved since the preview), writes the file and adds it to the index.
#[tauri::command]
pub fn new_post_create(
    state: State<'_, AppState>,
    request: NewPostRequest,
) -> Result<NewPostCreated> {
    state.with_site_mut(|site| {
        let plan = plan_new_post(site, &request).map_err(|e| to_app_error(&e, site.root()))?;
        create_new_post(site.root(), &plan).map_err(|e| to_app_error(&e, site.root()))?;
        site.refresh_file(&plan.path)?;
        inkstone_core::check::forget_cached_checker();
        let summary = site.post(&plan.path).map(|p| p.summary.clone());
        Ok(NewPostCreated { plan, summary })
    })
}

fn to_app_error(e: &NewPostError, root: &std::path::Path) -> AppError {
    let error = AppError::new(e.code(), e.to_string());
    match e.path() {
        Some(path) => error
            .at(path.to_string_lossy(), None, None)
            .relative_to(root),
        None => error,
    }
}
