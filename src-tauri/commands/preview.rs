//! The live preview: the unsaved buffer rendered as Hugo will publish it, and checked.
//!
//! Rendering and checking are two commands so that the paint never waits for the checks:
//! the UI renders on every keystroke and checks on a slower cadence.

use crate::error::Result;
use crate::state::AppState;
use inkstone_core::check::Diagnostic;
use inkstone_core::front_matter;
use inkstone_core::render::{render_body, RenderOptions};
use serde::Serialize;
use std::time::Instant;
use tauri::State;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct Preview {
    pub html: String,
    /// What rendering found (unknown shortcodes, bad arguments); the checks come from `preview_check`.
    pub diagnostics: Vec<Diagnostic>,
    /// Time spent in the renderer, for the latency report.
    pub render_micros: u32,
}

// `async` so the command runs off the main thread, which must stay free to present frames.
#[tauri::command]
pub async fn preview_render(
    state: State<'_, AppState>,
    path: String,
    text: String,
) -> Result<Preview> {
    state.with_site(|site| {
        let started = Instant::now();
        // A half-typed front matter block must not blank the preview: render the whole text then.
        let (body, first_line) = match front_matter::split(&text) {
            Ok(split) => (&text[split.body.clone()], split.body_first_line),
            Err(_) => (text.as_str(), 1),
        };
        let options = RenderOptions::for_site(site);
        let options = match site.post(&path) {
            Some(post) => options.with_page(post),
            None => RenderOptions {
                path: path.clone(),
                ..options
            },
        };
        let rendered = render_body(body, first_line, &options);
        Ok(Preview {
            html: rendered.html,
            diagnostics: rendered.diagnostics,
            render_micros: u32::try_from(started.elapsed().as_micros()).unwrap_or(u32::MAX),
        })
    })
}

/// The checks of the unsaved buffer as part of the site (front matter, links, images, series).
#[tauri::command]
pub async fn preview_check(
    state: State<'_, AppState>,
    path: String,
    text: String,
) -> Result<Vec<Diagnostic>> {
    state.with_site(|site| Ok(inkstone_core::check::check_file(site, &path, &text)))
}
