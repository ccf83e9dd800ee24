//! Preview-only markup: offline embed cards, boxes for the site's own shortcodes and
//! the summary divider. Every element here carries `data-inkstone-preview`.

use super::builtins::Card;
use crate::render::escape::{escaped, push_escaped_url};

/// An embed card. Hugo's own markup rides along, escaped, in `data-inkstone-hugo`, so
/// that removing the preview marks gives back exactly what Hugo publishes while the
/// preview itself holds no iframe or script.
pub fn embed_card(card: &Card, hugo: &str, mark: &str) -> String {
    let mut href = String::new();
    push_escaped_url(&mut href, &card.url);
    let kind = card.kind;
    format!(
        "<div class=\"inkstone-embed inkstone-embed-{kind}\" data-inkstone-preview=\"{kind}\" data-inkstone-hugo=\"{}\"{mark}>\
<div class=\"inkstone-embed-thumb\" aria-hidden=\"true\">{}</div>\
<div class=\"inkstone-embed-text\"><strong class=\"inkstone-embed-title\">{}</strong> \
<a class=\"inkstone-embed-link\" href=\"{href}\">{}</a></div></div>",
        escaped(hugo),
        thumb_label(kind),
        escaped(&card.title),
        escaped(&card.url),
    )
}

fn thumb_label(kind: &str) -> &'static str {
    match kind {
        "youtube" | "vimeo" => "&#9654;",
        "gist" => "&lt;/&gt;",
        "qr" => "QR",
        _ => "&#8599;",
    }
}

/// A labelled box for one of the site's shortcodes (or an unknown one): its name, its
/// arguments and its rendered inner content. `block` picks `div` or, inside a
/// paragraph, `span`.
pub fn shortcode_box(
    name: &str,
    described_args: &str,
    inner_html: Option<&str>,
    unknown: bool,
    block: bool,
    mark: &str,
) -> String {
    let tag = if block { "div" } else { "span" };
    let state = if unknown {
        " inkstone-shortcode-unknown"
    } else {
        ""
    };
    let mut label = escaped(name);
    if !described_args.is_empty() {
        label.push(' ');
        label.push_str(&escaped(described_args));
    }
    let mut out = format!(
        "<{tag} class=\"inkstone-shortcode{state}\" data-inkstone-preview=\"shortcode\" data-shortcode=\"{}\"{mark}>\
<{tag} class=\"inkstone-shortcode-label\">{label}</{tag}>",
        escaped(name)
    );
    if let Some(inner) = inner_html {
        out.push_str(&format!(
            "<{tag} class=\"inkstone-shortcode-inner\">{inner}</{tag}>"
        ));
    }
    out.push_str(&format!("</{tag}>"));
    if block {
        out.push('\n');
    }
    out
}

/// The `<!--more-->` summary divider.
pub fn summary_divider(mark: &str) -> String {
    format!("<div class=\"inkstone-more\" data-inkstone-preview=\"more\"{mark}>summary ends here</div>\n")
}
