//! The live preview: the unsaved buffer rendered as Hugo will publish it.

use crate::error::Result;
use crate::state::AppState;
use inkstone_core::check::Diagnostic;
use inkstone_core::front_matter;
use inkstone_core::render::{render_body, RenderOptions};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct Preview {
    pub html: String,
    pub diagnostics: Vec<Diagnostic>,
}

#[tauri::command]
pub fn preview_render(state: State<'_, AppState>, path: String, text: String) -> Result<Preview> {
    state.with_site(|site| {
        // A half-typed front matter block must not blank the preview: render the whole text then.
        let (body, first_line) = match front_matter::split(&text) {
            Ok(split) => (&text[split.body.clone()], split.body_first_line),
            Err(_) => (text.as_str(), 1),
        };
        let mut options = RenderOptions::for_site(site);
        options = match site.post(&path) {
            Some(post) => options.with_page(post),
            None => RenderOptions {
                path: path.clone(),
                ..options
            },
        };
        let rendered = render_body(body, first_line, &options);
        // Checks and render problems together: one list for the gutter, the form and the panel.
        let mut diagnostics = inkstone_core::check::check_file(site, &path, &text);
        diagnostics.extend(rendered.diagnostics);
        diagnostics.sort_by(|a, b| (a.line, a.column, &a.code).cmp(&(b.line, b.column, &b.code)));
        diagnostics.dedup();
        Ok(Preview {
            html: rendered.html,
            diagnostics,
        })
    })
}
