//! Preview marks: `data-line` on every top-level block, in file lines, and nothing else.

use inkstone_core::render::{render_body, strip_preview_marks, RenderOptions};

#[test]
fn every_top_level_block_carries_its_file_line() {
    let body = "# Title\n\nPara one\ncontinues.\n\n- a\n- b\n\n> quote\n\n```go\nx\n```\n\n| a |\n|---|\n| 1 |\n\n---\n";
    let html = render_body(body, 20, &RenderOptions::default()).html;
    for expected in [
        "<h1 id=\"title\" data-line=\"20\">",
        "<p data-line=\"22\">",
        "<ul data-line=\"25\">",
        "<blockquote data-line=\"28\">",
        "<div class=\"highlight\" data-line=\"30\">",
        "<table data-line=\"34\">",
        "<hr data-line=\"38\">",
    ] {
        assert!(html.contains(expected), "missing {expected} in\n{html}");
    }
    assert_eq!(
        html.matches("data-line").count(),
        7,
        "nested blocks are not marked:\n{html}"
    );
}

#[test]
fn lines_after_a_multi_line_shortcode_stay_right() {
    let body = "{{< highlight text >}}\na\nb\nc\n{{< /highlight >}}\n\nAfter.\n";
    let html = render_body(body, 1, &RenderOptions::default()).html;
    assert!(
        html.starts_with("<div data-line=\"1\" class=\"highlight\">"),
        "{html}"
    );
    assert!(html.contains("<p data-line=\"7\">After.</p>"), "{html}");
}

#[test]
fn stripping_marks_gives_the_plain_render() {
    let body =
        "# T\n\nText[^1] with {{< youtube abc >}} inline.\n\n{{< vimeo 42 >}}\n\n[^1]: Note.\n";
    let marked = render_body(body, 4, &RenderOptions::default()).html;
    let plain = render_body(
        body,
        4,
        &RenderOptions {
            preview_marks: false,
            ..RenderOptions::default()
        },
    )
    .html;
    assert_eq!(strip_preview_marks(&marked), plain);
}

#[test]
fn crlf_bodies_count_lines_like_lf_bodies() {
    let html = render_body("A\r\n\r\nB\r\n", 3, &RenderOptions::default()).html;
    assert_eq!(html, "<p data-line=\"3\">A</p>\n<p data-line=\"5\">B</p>\n");
}
