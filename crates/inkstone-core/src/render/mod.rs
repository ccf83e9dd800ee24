//! The preview: markdown and shortcodes rendered as Hugo publishes them.
//!
//! `render_body` gives the HTML Hugo 0.111 (goldmark) would publish for a body, plus
//! preview marks: `data-line` on top-level blocks for scroll sync and elements marked
//! `data-inkstone-preview` (summary divider, offline embed cards, boxes for the site's
//! own shortcodes). `strip_preview_marks` removes them again.

mod chroma;
mod code;
mod decimal;
mod escape;
mod footnotes;
mod goldmark_blocks;
mod goldmark_rules;
pub mod heading_id;
mod highlight_options;
pub mod options;
mod sanitize;
pub mod shortcode;
mod site_options;
mod strip;
mod text;
mod typographer;
mod writer;

pub use options::{GoldmarkSettings, HeadingIdStyle, LinkResolver, MapResolver, RenderOptions};
pub use site_options::site_shortcode_names;
pub use strip::strip_preview_marks;

use crate::check::Diagnostic;
use shortcode::builtins::{self, BuiltinOutput};
use shortcode::{preview, CallKind};

/// Shortcodes nested deeper than this are shown as text rather than rendered.
const MAX_SHORTCODE_NESTING: usize = 24;

/// The preview of one body and the problems found while rendering it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// Renders a post's body (the text after the front matter). `body_first_line` is the
/// 1-based file line the body starts on, so `data-line` and diagnostics use file lines.
pub fn render_body(body: &str, body_first_line: u32, opts: &RenderOptions) -> Rendered {
    let mut diagnostics = Vec::new();
    let html = render_nested(
        body,
        body_first_line,
        opts,
        opts.preview_marks,
        0,
        &mut diagnostics,
    );
    Rendered { html, diagnostics }
}

fn render_nested(
    body: &str,
    first_line: u32,
    opts: &RenderOptions,
    lines: bool,
    nesting: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> String {
    let preview = opts.preview_marks;
    let mut problems = Vec::new();
    let expanded = shortcode::expand(body, &mut problems);
    for (offset, code, message, hint) in problems {
        diagnostics.push(shortcode::diagnostic_at(
            body, offset, first_line, &opts.path, code, message, hint,
        ));
    }
    let newlines: Vec<usize> = memchr::memchr_iter(b'\n', body.as_bytes()).collect();
    let line_at =
        |body_offset: usize| first_line + newlines.partition_point(|nl| *nl < body_offset) as u32;
    let line_of = |source_offset: usize| Some(line_at(expanded.original_offset(source_offset)));
    let html = writer::write_html(&expanded.source, &opts.goldmark, lines.then_some(&line_of));
    if expanded.calls.is_empty() {
        return html;
    }
    shortcode::substitute(&html, |index, standalone| {
        let Some(call) = expanded.calls.get(index) else {
            return String::new();
        };
        let mark = if lines && standalone {
            format!(" data-line=\"{}\"", line_at(call.span.start))
        } else {
            String::new()
        };
        match &call.kind {
            CallKind::More if preview => preview::summary_divider(&mark),
            CallKind::More => String::new(),
            CallKind::Shortcode {
                name, args, inner, ..
            } => {
                let inner_text = inner.clone().and_then(|range| body.get(range));
                let inner_line = inner
                    .as_ref()
                    .map_or(first_line, |range| line_at(range.start));
                if nesting >= MAX_SHORTCODE_NESTING {
                    return escape::escaped(body.get(call.span.clone()).unwrap_or(""));
                }
                let render_inner = |text: &str, diagnostics: &mut Vec<Diagnostic>| {
                    render_nested(text, inner_line, opts, false, nesting + 1, diagnostics)
                };
                let custom = opts.site_shortcodes.contains(name.as_str());
                if custom || !builtins::is_builtin(name) {
                    if !custom {
                        diagnostics.push(shortcode::diagnostic_at(
                            body,
                            call.span.start,
                            first_line,
                            &opts.path,
                            "shortcode-unknown",
                            format!("`{name}` is neither a Hugo built-in shortcode nor one of this site's"),
                            format!("check the spelling, or add layouts/shortcodes/{name}.html to the site"),
                        ));
                    }
                    if !preview {
                        return String::new();
                    }
                    let inner_html = inner_text.map(|text| render_inner(text, diagnostics));
                    return preview::shortcode_box(
                        name,
                        &args.describe(),
                        inner_html.as_deref(),
                        !custom,
                        standalone,
                        &mark,
                    );
                }
                let markdownify = |text: &str| {
                    render_nested(text, inner_line, opts, false, nesting + 1, &mut Vec::new())
                };
                let result = builtins::render_builtin(name, args, inner_text, opts, &markdownify);
                match result {
                    Ok(BuiltinOutput {
                        hugo,
                        card: Some(card),
                    }) if preview => preview::embed_card(&card, &hugo, &mark),
                    Ok(BuiltinOutput { hugo, .. }) => with_mark(hugo, &mark),
                    Err(problem) => {
                        diagnostics.push(shortcode::diagnostic_at(
                            body,
                            call.span.start,
                            first_line,
                            &opts.path,
                            problem.code,
                            problem.message,
                            problem.hint,
                        ));
                        if preview {
                            preview::shortcode_box(
                                name,
                                &args.describe(),
                                None,
                                true,
                                standalone,
                                &mark,
                            )
                        } else {
                            String::new()
                        }
                    }
                }
            }
        }
    })
}

/// Puts ` data-line="N"` into the first tag of a built-in's output, for scroll sync.
fn with_mark(mut html: String, mark: &str) -> String {
    if mark.is_empty() {
        return html;
    }
    let lead = html.len() - html.trim_start().len();
    if html[lead..].starts_with('<') && !html[lead..].starts_with("<!") {
        if let Some(end) = html[lead..].find(|c: char| c == '>' || c.is_whitespace()) {
            let at = lead + end;
            let at = if html[..at].ends_with('/') {
                at - 1
            } else {
                at
            };
            html.insert_str(at, mark);
        }
    }
    html
}
