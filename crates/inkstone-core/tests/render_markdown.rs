//! Markdown as Hugo 0.111 publishes it, byte for byte (preview marks off).

use inkstone_core::render::{render_body, GoldmarkSettings, HeadingIdStyle, RenderOptions};

fn hugo_html(body: &str) -> String {
    let opts = RenderOptions {
        preview_marks: false,
        ..RenderOptions::default()
    };
    render_body(body, 1, &opts).html
}

fn with_settings(body: &str, goldmark: GoldmarkSettings) -> String {
    let opts = RenderOptions {
        preview_marks: false,
        goldmark,
        ..RenderOptions::default()
    };
    render_body(body, 1, &opts).html
}

#[test]
fn headings_get_github_ids_with_cjk_kept_and_repeats_numbered() {
    assert_eq!(
        hugo_html("# Hello World!\n\n## Hello World!\n\n### 中文 標題，好嗎？\n"),
        "<h1 id=\"hello-world\">Hello World!</h1>\n<h2 id=\"hello-world-1\">Hello World!</h2>\n<h3 id=\"中文-標題好嗎\">中文 標題，好嗎？</h3>\n"
    );
}

#[test]
fn heading_attributes_set_id_and_class() {
    assert_eq!(
        hugo_html("## Part {#custom .wide}\n"),
        "<h2 id=\"custom\" class=\"wide\">Part</h2>\n"
    );
}

#[test]
fn heading_id_styles_follow_the_site_setting() {
    let ascii = GoldmarkSettings {
        heading_id_style: HeadingIdStyle::GithubAscii,
        ..GoldmarkSettings::default()
    };
    assert_eq!(
        with_settings("## Rust 與 Go\n", ascii),
        "<h2 id=\"rust--go\">Rust 與 Go</h2>\n"
    );
    let off = GoldmarkSettings {
        auto_heading_id: false,
        ..GoldmarkSettings::default()
    };
    assert_eq!(with_settings("## Plain\n", off), "<h2>Plain</h2>\n");
}

#[test]
fn typographer_writes_goldmark_entities() {
    assert_eq!(
        hugo_html("He said \"go\" -- then --- left... Don't 'wait'.\n"),
        "<p>He said &ldquo;go&rdquo; &ndash; then &mdash; left&hellip; Don&rsquo;t &lsquo;wait&rsquo;.</p>\n"
    );
}

#[test]
fn typographer_off_keeps_ascii_and_typed_curly_quotes_stay_literal() {
    let off = GoldmarkSettings {
        typographer: false,
        ..GoldmarkSettings::default()
    };
    assert_eq!(
        with_settings("\"a\" -- b\n", off),
        "<p>&quot;a&quot; -- b</p>\n"
    );
    assert_eq!(hugo_html("“typed”\n"), "<p>“typed”</p>\n");
}

#[test]
fn tables_carry_alignment_styles() {
    assert_eq!(
        hugo_html("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n"),
        "<table>\n<thead>\n<tr>\n<th style=\"text-align:left\">a</th>\n<th style=\"text-align:center\">b</th>\n<th style=\"text-align:right\">c</th>\n<th>d</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style=\"text-align:left\">1</td>\n<td style=\"text-align:center\">2</td>\n<td style=\"text-align:right\">3</td>\n<td>4</td>\n</tr>\n</tbody>\n</table>\n"
    );
}

#[test]
fn double_tilde_strikes_and_single_tilde_stays() {
    assert_eq!(
        hugo_html("~~gone~~ and ~kept~\n"),
        "<p><del>gone</del> and ~kept~</p>\n"
    );
}

#[test]
fn task_lists_use_disabled_checkboxes() {
    assert_eq!(
        hugo_html("- [ ] open\n- [x] done\n"),
        "<ul>\n<li><input disabled=\"\" type=\"checkbox\"> open</li>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> done</li>\n</ul>\n"
    );
}

#[test]
fn footnotes_are_numbered_by_first_reference_with_backlinks_per_use() {
    assert_eq!(
        hugo_html("A[^x] B[^y] C[^x].\n\n[^y]: Why.\n[^x]: Ex.\n"),
        "<p>A<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup> B<sup id=\"fnref:2\"><a href=\"#fn:2\" class=\"footnote-ref\" role=\"doc-noteref\">2</a></sup> C<sup id=\"fnref1:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup>.</p>\n\
<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n\
<li id=\"fn:1\">\n<p>Ex.&#160;<a href=\"#fnref:1\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a>&#160;<a href=\"#fnref1:1\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a></p>\n</li>\n\
<li id=\"fn:2\">\n<p>Why.&#160;<a href=\"#fnref:2\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a></p>\n</li>\n</ol>\n</div>\n"
    );
}

#[test]
fn definition_lists_render_dl() {
    assert_eq!(
        hugo_html("Term\n: One\n: Two\n"),
        "<dl>\n<dt>Term</dt>\n<dd>One</dd>\n<dd>Two</dd>\n</dl>\n"
    );
}

#[test]
fn linkify_turns_bare_urls_www_and_email_into_links() {
    assert_eq!(
        hugo_html("See https://example.com/x?y=1. or www.example.org and me@example.net\n"),
        "<p>See <a href=\"https://example.com/x?y=1\">https://example.com/x?y=1</a>. or <a href=\"https://www.example.org\">www.example.org</a> and <a href=\"mailto:me@example.net\">me@example.net</a></p>\n"
    );
}

#[test]
fn raw_html_is_omitted_unless_the_site_is_unsafe() {
    assert_eq!(
        hugo_html("<div>block</div>\n\nan <span>inline</span> tag\n"),
        "<!-- raw HTML omitted -->\n<p>an <!-- raw HTML omitted -->inline<!-- raw HTML omitted --> tag</p>\n"
    );
    let unsafe_site = GoldmarkSettings {
        unsafe_html: true,
        ..GoldmarkSettings::default()
    };
    assert_eq!(
        with_settings(
            "<div class=\"x\">block</div>\n\nan <span>inline</span> tag\n",
            unsafe_site
        ),
        "<div class=\"x\">block</div>\n<p>an <span>inline</span> tag</p>\n"
    );
}

#[test]
fn unsafe_html_never_keeps_scripts_handlers_or_javascript_urls() {
    let unsafe_site = GoldmarkSettings {
        unsafe_html: true,
        ..GoldmarkSettings::default()
    };
    let html = with_settings(
        "<script>alert(1)</script>\n\n<img src=\"x.png\" onerror=\"alert(2)\">\n\n<a href=\"javascript:alert(3)\">x</a> <iframe srcdoc=\"<b>\"></iframe>\n\n<meta http-equiv=\"refresh\" content=\"0\">\n\n<svg><script>alert(4)</script></svg>\n\n[link](javascript:alert(5))\n",
        unsafe_site,
    );
    for banned in [
        "<script",
        "onerror",
        "javascript:",
        "iframe",
        "srcdoc",
        "<meta",
        "<svg",
        "alert",
    ] {
        assert!(!html.contains(banned), "`{banned}` survived:\n{html}");
    }
}

#[test]
fn code_blocks_follow_hugo_highlighting_rules() {
    assert_eq!(
        hugo_html("```\nplain\n```\n"),
        "<pre tabindex=\"0\"><code>plain\n</code></pre>"
    );
    assert_eq!(
        hugo_html("```nosuchlang\nx & y\n```\n"),
        "<pre tabindex=\"0\"><code class=\"language-nosuchlang\" data-lang=\"nosuchlang\">x &amp; y\n</code></pre>"
    );
    assert_eq!(
        hugo_html("    indented\n"),
        "<pre><code>indented\n</code></pre>\n"
    );
}

#[test]
fn lists_quotes_breaks_and_images_match_goldmark() {
    assert_eq!(
        hugo_html("3. three\n4. four\n\n> quote\n\nhard  \nbreak ![alt *x*](/a.png \"T\")\n\n***\n"),
        "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n<blockquote>\n<p>quote</p>\n</blockquote>\n<p>hard<br>\nbreak <img src=\"/a.png\" alt=\"alt x\" title=\"T\"></p>\n<hr>\n"
    );
}

#[test]
fn hostile_input_returns_html_without_panicking() {
    let deep = "> ".repeat(5000) + "x\n";
    let brackets = "[".repeat(20000);
    let huge = "word ".repeat(2_000_000);
    for body in [
        deep.as_str(),
        brackets.as_str(),
        huge.as_str(),
        "\u{0}\u{feff}{{< {{% >}}",
    ] {
        let _ = hugo_html(body);
    }
}

#[test]
fn definitions_are_bare_unless_a_blank_line_separates_them_from_the_term() {
    assert_eq!(
        hugo_html("Tight\n: first\n\n    second\n\nLoose\n\n: text\n"),
        "<dl>\n<dt>Tight</dt>\n<dd>first\n<p>second</p>\n</dd>\n<dt>Loose</dt>\n<dd>\n<p>text</p>\n</dd>\n</dl>\n"
    );
}

#[test]
fn fenced_code_escapes_quotes_as_hugo_does() {
    assert_eq!(
        hugo_html("```\nsay \"hi\" & 'bye'\n```\n"),
        "<pre tabindex=\"0\"><code>say &#34;hi&#34; &amp; &#39;bye&#39;\n</code></pre>"
    );
}

#[test]
fn a_comment_closing_on_a_later_line_is_omitted_twice_as_goldmark_does() {
    assert_eq!(
        hugo_html("<!--\nnote to self\n-->\n\n<!-- one line -->\n"),
        "<!-- raw HTML omitted -->\n<!-- raw HTML omitted -->\n<!-- raw HTML omitted -->\n"
    );
}
