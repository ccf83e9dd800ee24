//! Shortcodes as Hugo 0.111 renders them, the preview's stand-ins, and their diagnostics.

use inkstone_core::render::{render_body, strip_preview_marks, MapResolver, RenderOptions};

fn hugo_html(body: &str) -> String {
    let opts = RenderOptions {
        preview_marks: false,
        ..RenderOptions::default()
    };
    render_body(body, 1, &opts).html
}

const YOUTUBE_HUGO: &str = "\n<div style=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\">\n  <iframe src=\"https://www.youtube.com/embed/FytajtbCY94\" style=\"position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;\" allowfullscreen title=\"YouTube Video\"></iframe>\n</div>\n";

#[test]
fn youtube_alone_in_a_paragraph_replaces_the_paragraph() {
    assert_eq!(
        hugo_html("{{< youtube FytajtbCY94 >}}\n"),
        format!("{YOUTUBE_HUGO}\n")
    );
    assert_eq!(
        hugo_html("{{< youtube id=\"FytajtbCY94\" >}}\n"),
        format!("{YOUTUBE_HUGO}\n")
    );
}

#[test]
fn youtube_in_the_preview_is_an_offline_card_that_strips_back_to_hugo() {
    let rendered = render_body(
        "Intro.\n\n{{< youtube FytajtbCY94 >}}\n",
        7,
        &RenderOptions::default(),
    );
    assert!(rendered.html.starts_with("<p data-line=\"7\">Intro.</p>\n<div class=\"inkstone-embed inkstone-embed-youtube\" data-inkstone-preview=\"youtube\""));
    assert!(rendered.html.contains(" data-line=\"9\">"));
    assert!(rendered
        .html
        .contains("href=\"https://www.youtube.com/watch?v=FytajtbCY94\""));
    assert!(!rendered.html.contains("<iframe"));
    assert_eq!(
        strip_preview_marks(&rendered.html),
        hugo_html("Intro.\n\n{{< youtube FytajtbCY94 >}}\n")
    );
}

#[test]
fn figure_prints_hugos_markup() {
    assert_eq!(
        hugo_html("{{< figure src=\"/img/a.png\" title=\"T\" alt=\"A\" caption=\"Cap *x*\" link=\"/l\" >}}\n"),
        "<figure><a href=\"/l\"><img src=\"/img/a.png\"\n         alt=\"A\"/></a><figcaption>\n            <h4>T</h4><p>Cap <em>x</em></p>\n        </figcaption>\n</figure>\n\n"
    );
}

#[test]
fn highlight_uses_chroma_structure_without_trailing_newline() {
    assert_eq!(
        hugo_html("{{< highlight text >}}\na < b\nc\n{{< /highlight >}}\n"),
        "<div class=\"highlight\"><pre tabindex=\"0\" style=\"color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-o-tab-size:4;tab-size:4;\"><code class=\"language-text\" data-lang=\"text\"><span style=\"display:flex;\"><span>a &lt; b\n</span></span><span style=\"display:flex;\"><span>c</span></span></code></pre></div>\n"
    );
}

#[test]
fn ref_is_absolute_and_relref_is_a_path_through_the_resolver() {
    let mut resolver = MapResolver::default();
    resolver
        .urls
        .insert("posts/target.md".into(), "/posts/target/".into());
    let opts = RenderOptions {
        preview_marks: false,
        links: Some(&resolver),
        base_url: "https://example.org/".into(),
        ..RenderOptions::default()
    };
    let rendered = render_body(
        "[a]({{< relref \"target.md\" >}}) {{< ref \"posts/target.md#part\" >}}\n",
        1,
        &opts,
    );
    assert_eq!(
        rendered.html,
        "<p><a href=\"/posts/target/\">a</a> https://example.org/posts/target/#part</p>\n"
    );
    assert!(rendered.diagnostics.is_empty());
}

#[test]
fn ref_to_a_missing_page_is_a_diagnostic_at_its_position() {
    let rendered = render_body(
        "Line one.\n\nSee {{< ref \"nowhere.md\" >}}.\n",
        10,
        &RenderOptions::default(),
    );
    let d = &rendered.diagnostics[0];
    assert_eq!(
        (d.code.as_str(), d.line, d.column),
        ("ref-not-found", 12, 5)
    );
}

#[test]
fn param_prints_the_page_param_escaped() {
    let mut opts = RenderOptions {
        preview_marks: false,
        ..RenderOptions::default()
    };
    opts.params
        .insert("title".into(), serde_json::json!("Ink & paper"));
    assert_eq!(
        render_body("T: {{< param title >}}\n", 1, &opts).html,
        "<p>T: Ink &amp; paper</p>\n"
    );
}

#[test]
fn comment_escape_prints_the_shortcode_literally() {
    assert_eq!(
        hugo_html("Write {{</* youtube ID */>}} here.\n"),
        "<p>Write {{&lt; youtube ID &gt;}} here.</p>\n"
    );
}

#[test]
fn markdown_shortcode_with_site_template_shows_a_box_with_rendered_inner_markdown() {
    let mut opts = RenderOptions::default();
    opts.site_shortcodes.insert("callout".into());
    let rendered = render_body(
        "{{% callout kind=\"tip\" %}}\n**Bold** inside.\n{{% /callout %}}\n",
        3,
        &opts,
    );
    assert_eq!(
        rendered.html,
        "<div class=\"inkstone-shortcode\" data-inkstone-preview=\"shortcode\" data-shortcode=\"callout\" data-line=\"3\"><div class=\"inkstone-shortcode-label\">callout kind=tip</div><div class=\"inkstone-shortcode-inner\"><p><strong>Bold</strong> inside.</p>\n</div></div>\n\n"
    );
    assert!(rendered.diagnostics.is_empty());
    assert_eq!(strip_preview_marks(&rendered.html), "\n");
}

#[test]
fn nested_shortcodes_render_inside_their_parent() {
    let mut opts = RenderOptions::default();
    opts.site_shortcodes.insert("box".into());
    let html = render_body(
        "{{< box >}}\n{{< box >}}inner *md*{{< /box >}}\n{{< /box >}}\n",
        1,
        &opts,
    )
    .html;
    assert_eq!(html.matches("data-shortcode=\"box\"").count(), 2);
    assert!(html.contains("inner <em>md</em>"));
}

#[test]
fn unknown_shortcode_is_a_diagnostic_with_file_line_and_column() {
    let opts = RenderOptions {
        path: "content/posts/a.md".into(),
        ..RenderOptions::default()
    };
    let rendered = render_body("Intro.\n\n中文 {{< nosuch arg >}}\n", 5, &opts);
    assert_eq!(rendered.diagnostics.len(), 1);
    assert_eq!(
        rendered.diagnostics[0].to_text_line(),
        "content/posts/a.md:7:4: error[shortcode-unknown]: `nosuch` is neither a Hugo built-in shortcode nor one of this site's"
    );
    assert!(rendered.html.contains("inkstone-shortcode-unknown"));
}

#[test]
fn shortcodes_inside_code_are_expanded_as_hugo_does() {
    // Hugo replaces shortcodes before markdown, code fences included; the comment
    // escape is the way to show one literally.
    assert_eq!(
        hugo_html("```\n{{< param title >}}\n{{</* param title */>}}\n```\n"),
        "<pre tabindex=\"0\"><code>\n{{&lt; param title &gt;}}\n</code></pre>"
    );
}

#[test]
fn summary_divider_is_preview_only() {
    let rendered = render_body(
        "Intro.\n\n<!--more-->\n\nRest.\n",
        1,
        &RenderOptions::default(),
    );
    assert_eq!(
        rendered.html,
        "<p data-line=\"1\">Intro.</p>\n<div class=\"inkstone-more\" data-inkstone-preview=\"more\" data-line=\"3\">summary ends here</div>\n\n<p data-line=\"5\">Rest.</p>\n"
    );
    assert_eq!(
        strip_preview_marks(&rendered.html),
        "<p>Intro.</p>\n\n<p>Rest.</p>\n"
    );
}

#[test]
fn malformed_shortcodes_are_diagnostics_not_panics() {
    let rendered = render_body(
        "{{< youtube \"unclosed >}}\n\n{{< /orphan >}}\n\n{{< \n",
        1,
        &RenderOptions::default(),
    );
    let codes: Vec<&str> = rendered
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert_eq!(
        codes,
        vec![
            "shortcode-syntax",
            "shortcode-unmatched",
            "shortcode-syntax"
        ]
    );
}

#[test]
fn only_a_summary_divider_on_its_own_line_counts() {
    assert_eq!(
        hugo_html("Use `<!--more-->` here.\n\n<!--more-->\n\n<!--more-->\n"),
        "<p>Use <code>&lt;!--more--&gt;</code> here.</p>\n\n<!-- raw HTML omitted -->\n"
    );
}
