//! Removing preview marks: what is left is exactly the HTML Hugo publishes.

const PREVIEW_ATTRIBUTE: &str = " data-inkstone-preview";
const HUGO_ATTRIBUTE: &str = " data-inkstone-hugo=\"";

/// Drops `data-line` attributes and every element marked `data-inkstone-preview`,
/// putting back Hugo's markup where an offline embed card carried it.
pub fn strip_preview_marks(html: &str) -> String {
    let without_lines = remove_line_attributes(html);
    let mut out = String::with_capacity(without_lines.len());
    let mut rest = without_lines.as_str();
    while let Some(attribute) = rest.find(PREVIEW_ATTRIBUTE) {
        let Some(open) = rest[..attribute].rfind('<') else {
            out.push_str(&rest[..attribute + PREVIEW_ATTRIBUTE.len()]);
            rest = &rest[attribute + PREVIEW_ATTRIBUTE.len()..];
            continue;
        };
        out.push_str(&rest[..open]);
        let opening_tag_end = rest[open..].find('>').map_or(rest.len(), |i| open + i);
        let opening_tag = &rest[open..opening_tag_end];
        let element_end = element_end(rest, open);
        let mut tail = &rest[element_end..];
        match opening_tag.find(HUGO_ATTRIBUTE) {
            Some(at) => {
                let value = &opening_tag[at + HUGO_ATTRIBUTE.len()..];
                let value = &value[..value.find('"').unwrap_or(value.len())];
                out.push_str(&unescape(value));
            }
            // A block-level box is followed by the newline it added.
            None if opening_tag.starts_with("<div") => {
                tail = tail.strip_prefix('\n').unwrap_or(tail);
            }
            None => {}
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

fn unescape(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn remove_line_attributes(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" data-line=\"") {
        out.push_str(&rest[..at]);
        let value_start = at + " data-line=\"".len();
        let digits = rest[value_start..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if rest[value_start + digits..].starts_with('"') {
            rest = &rest[value_start + digits + 1..];
        } else {
            out.push_str(" data-line=\"");
            rest = &rest[value_start..];
        }
    }
    out.push_str(rest);
    out
}

/// The byte just past the element opening at `open`, matching nested tags of its name.
fn element_end(html: &str, open: usize) -> usize {
    let name: String = html[open + 1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let opening = format!("<{name}");
    let closing = format!("</{name}>");
    let mut depth = 0usize;
    let mut at = open;
    while at < html.len() {
        let next_open = html[at..].find(&opening).map(|i| at + i);
        let next_close = html[at..].find(&closing).map(|i| at + i);
        match (next_open, next_close) {
            (Some(o), Some(c)) if o < c => {
                depth += 1;
                at = o + opening.len();
            }
            (_, Some(c)) => {
                depth = depth.saturating_sub(1);
                at = c + closing.len();
                if depth == 0 {
                    return at;
                }
            }
            _ => break,
        }
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_line_marks_and_boxes() {
        let html = "<p data-line=\"3\">a</p>\n<div class=\"b\" data-inkstone-preview=\"shortcode\"><div>x</div></div>\n<h2 id=\"x\" data-line=\"5\">T</h2>\n";
        assert_eq!(strip_preview_marks(html), "<p>a</p>\n<h2 id=\"x\">T</h2>\n");
    }

    #[test]
    fn embed_cards_give_back_hugos_markup() {
        let html = "<div class=\"inkstone-embed\" data-inkstone-preview=\"youtube\" data-inkstone-hugo=\"&lt;iframe title=&quot;v&quot;&gt;&lt;/iframe&gt;\" data-line=\"2\"><div>card</div></div>\n<p>after</p>";
        assert_eq!(
            strip_preview_marks(html),
            "<iframe title=\"v\"></iframe>\n<p>after</p>"
        );
    }
}
