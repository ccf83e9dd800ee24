//! goldmark's rules that pulldown-cmark does not share: when a raw HTML block is
//! reported twice, and which link targets are blanked.

/// goldmark blanks links to `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs.
pub fn safe_url(url: &str) -> &str {
    let lower = url.trim_start().to_ascii_lowercase();
    let image_data = [
        "data:image/png",
        "data:image/gif",
        "data:image/jpeg",
        "data:image/webp",
    ];
    let dangerous = ["javascript:", "vbscript:", "file:", "data:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
        && !image_data.iter().any(|prefix| lower.starts_with(prefix));
    if dangerous {
        ""
    } else {
        url
    }
}

/// Whether an HTML block of CommonMark types 1 to 5 (`<!--`, `<script>`, `<?`, `<!X`,
/// `<![CDATA[`) ends on a line after its first, which goldmark reports twice.
pub fn closes_on_a_later_line(block: &str) -> bool {
    let start = block.trim_start().to_ascii_lowercase();
    let end_marker = if start.starts_with("<!--") {
        "-->"
    } else if start.starts_with("<![cdata[") {
        "]]>"
    } else if start.starts_with("<?") {
        "?>"
    } else if start.starts_with("<!") {
        ">"
    } else if let Some(tag) = ["script", "pre", "style", "textarea"]
        .iter()
        .find(|tag| start.starts_with(&format!("<{tag}")))
    {
        return ends_after_first_line(&start, &format!("</{tag}>"));
    } else {
        return false;
    };
    ends_after_first_line(&start, end_marker)
}

fn ends_after_first_line(block: &str, end_marker: &str) -> bool {
    let first_line_end = block.find('\n').unwrap_or(block.len());
    let search_from = if end_marker == "-->" { 4 } else { 1 };
    !block[search_from.min(first_line_end)..first_line_end].contains(end_marker)
        && block[first_line_end..].contains(end_marker)
}
