//! Removing preview marks: what is left is exactly the HTML Hugo publishes.

/// Drops `data-line` attributes and every element marked `data-inkstone-preview`, and
/// unwraps the `template` that keeps Hugo's markup for an offline embed card.
pub fn strip_preview_marks(html: &str) -> String {
    let without_lines = remove_line_attributes(html);
    let mut out = String::with_capacity(without_lines.len());
    let mut rest = without_lines.as_str();
    loop {
        let next_preview = rest
            .find(" data-inkstone-preview")
            .and_then(|attr| rest[..attr].rfind('<').map(|open| (open, attr)));
        let next_template = rest.find("<template data-inkstone-hugo>");
        match (next_preview, next_template) {
            (Some((open, _)), template) if template.is_none_or(|t| open < t) => {
                out.push_str(&rest[..open]);
                let element_end = element_end(rest, open);
                let mut tail = &rest[element_end..];
                // A block-level box was followed by the newline it added.
                if rest[open..].starts_with("<div") && rest[..element_end].ends_with("</div>") {
                    tail = tail.strip_prefix('\n').unwrap_or(tail);
                }
                rest = tail;
            }
            (_, Some(template)) => {
                out.push_str(&rest[..template]);
                let inner_start = template + "<template data-inkstone-hugo>".len();
                let close = rest[inner_start..]
                    .find("</template>")
                    .map_or(rest.len(), |i| inner_start + i);
                out.push_str(&rest[inner_start..close]);
                rest = rest.get(close + "</template>".len()..).unwrap_or("");
            }
            _ => break,
        }
    }
    out.push_str(rest);
    out
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
    fn removes_line_marks_boxes_and_unwraps_hugo_markup() {
        let html = "<p data-line=\"3\">a</p>\n<div class=\"b\" data-inkstone-preview=\"shortcode\"><div>x</div></div>\n<h2 id=\"x\" data-line=\"5\">T</h2>\n<div data-inkstone-preview=\"youtube\">card</div><template data-inkstone-hugo><iframe></iframe></template>";
        assert_eq!(
            strip_preview_marks(html),
            "<p>a</p>\n<h2 id=\"x\">T</h2>\n<iframe></iframe>"
        );
    }
}
