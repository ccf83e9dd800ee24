//! Raw HTML a site allows (`renderer.unsafe`), cleaned with ammonia before the preview
//! shows it: no scripts, event handlers, `javascript:` URLs, frames or meta refresh.
//!
//! Each tag is judged by ammonia on its own and the text between tags is kept as
//! written, so the rest of the page stays byte for byte what Hugo publishes.

use std::sync::OnceLock;

/// Elements whose content is dropped along with them.
const DROPPED_WITH_CONTENT: &[&str] = &[
    "script", "style", "template", "iframe", "object", "embed", "noscript", "svg", "math",
    "textarea", "title", "xmp", "noembed", "noframes", "frameset",
];

fn cleaner() -> &'static ammonia::Builder<'static> {
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let mut builder = ammonia::Builder::default();
        builder
            .add_tags([
                "input",
                "figure",
                "figcaption",
                "details",
                "summary",
                "del",
                "sup",
                "sub",
                "dl",
                "dt",
                "dd",
                "span",
                "div",
                "mark",
                "kbd",
                "video",
                "audio",
                "source",
                "picture",
            ])
            .add_generic_attributes([
                "class",
                "id",
                "style",
                "title",
                "role",
                "lang",
                "dir",
                "aria-hidden",
                "aria-label",
            ])
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .add_tag_attributes("img", ["width", "height", "loading", "srcset", "sizes"])
            .add_tag_attributes("source", ["src", "srcset", "type", "media"])
            .add_tag_attributes("video", ["src", "controls", "width", "height", "poster"])
            .add_tag_attributes("audio", ["src", "controls"])
            .add_tag_attributes("details", ["open"])
            .add_tag_attributes("ol", ["start", "type"])
            .add_tag_attributes("a", ["target", "name"])
            .link_rel(None);
        builder
    })
}

/// A raw HTML fragment (an HTML block or one inline tag) with unsafe tags and
/// attributes removed and its text untouched.
pub fn clean_fragment(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let tail = &rest[lt..];
        if let Some(comment) = tail.strip_prefix("<!--") {
            let end = comment.find("-->").map_or(tail.len(), |i| 4 + i + 3);
            out.push_str(&tail[..end]);
            rest = &tail[end..];
            continue;
        }
        let Some(tag_len) = tag_length(tail) else {
            out.push_str("&lt;");
            rest = &tail[1..];
            continue;
        };
        let tag = &tail[..tag_len];
        let closing = tag.starts_with("</");
        let name: String = tag
            .trim_start_matches('<')
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            // `<!doctype>`, `<?xml?>` and the like have no place in a post.
            rest = &tail[tag_len..];
            continue;
        }
        if !closing && DROPPED_WITH_CONTENT.contains(&name.as_str()) {
            rest = skip_element(tail, tag_len, &name);
            continue;
        }
        out.push_str(&clean_tag(tag, &name, closing));
        rest = &tail[tag_len..];
    }
    out.push_str(rest);
    out
}

/// For an inline opening tag such as `<script>` whose content must go with it, the
/// element's name; the writer then drops everything up to its closing tag.
pub fn drops_content(tag: &str) -> Option<String> {
    let name: String = tag
        .strip_prefix('<')?
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    DROPPED_WITH_CONTENT
        .contains(&name.as_str())
        .then_some(name)
}

/// The length of the tag at the start of `text`, honouring quoted attribute values.
fn tag_length(text: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in text.char_indices().skip(1) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '>' => return Some(i + 1),
            None if c == '<' => return None,
            None => {}
        }
    }
    None
}

/// What follows the closing tag of `name`, or nothing when it is never closed.
fn skip_element<'a>(text: &'a str, open_len: usize, name: &str) -> &'a str {
    let lower = text.to_ascii_lowercase();
    let closing = format!("</{name}");
    match lower[open_len..].find(&closing) {
        Some(at) => {
            let close_start = open_len + at;
            let close_end = text[close_start..]
                .find('>')
                .map_or(text.len(), |i| close_start + i + 1);
            &text[close_end..]
        }
        None => "",
    }
}

/// One tag as ammonia would keep it, or nothing.
fn clean_tag(tag: &str, name: &str, closing: bool) -> String {
    if closing {
        let probe = cleaner().clean(&format!("<{name}></{name}>")).to_string();
        return if probe.contains(&format!("</{name}>")) {
            format!("</{name}>")
        } else {
            String::new()
        };
    }
    let cleaned = cleaner().clean(tag).to_string();
    if cleaned.starts_with(&format!("<{name}")) {
        cleaned
            .find('>')
            .map_or(String::new(), |end| cleaned[..=end].to_string())
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_handlers_and_javascript_urls_never_survive() {
        let dirty = r#"<p onclick="x()">hi</p><script>alert(1)</script><a href="javascript:alert(1)">a</a><iframe srcdoc="<script>x</script>"></iframe><svg><script>y</script></svg><meta http-equiv="refresh" content="0;url=http://evil"><img src=x onerror=alert(1)>"#;
        let clean = clean_fragment(dirty);
        for banned in [
            "onclick",
            "<script",
            "alert",
            "javascript:",
            "iframe",
            "srcdoc",
            "<svg",
            "refresh",
            "onerror",
        ] {
            assert!(!clean.contains(banned), "{banned} survived in {clean}");
        }
        assert_eq!(clean, "<p>hi</p><a>a</a><img src=\"x\">");
    }

    #[test]
    fn text_and_entities_between_tags_stay_as_written() {
        assert_eq!(
            clean_fragment("<div class=\"aside\">Tom &amp; Jerry&rsquo;s</div>\n"),
            "<div class=\"aside\">Tom &amp; Jerry&rsquo;s</div>\n"
        );
    }
}
