//! The oracle: fixture posts built with the installed `hugo` must match our render with
//! preview marks removed, after normalizing whitespace and attribute order.
//!
//! Chroma colours code tokens with inline styles we do not reproduce, so highlighted
//! blocks are compared by their text. Without `hugo` on PATH the test is skipped,
//! unless INKSTONE_REQUIRE_HUGO=1, when it fails.

use inkstone_core::front_matter;
use inkstone_core::render::{render_body, strip_preview_marks, MapResolver, RenderOptions};
use std::path::{Path, PathBuf};
use std::process::Command;

const BASE_URL: &str = "https://example.org/";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/render/oracle")
}

fn hugo_available() -> bool {
    let found = Command::new("hugo")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        if std::env::var("INKSTONE_REQUIRE_HUGO").as_deref() == Ok("1") {
            panic!("INKSTONE_REQUIRE_HUGO=1 but `hugo` is not on PATH: install Hugo (Debian package `hugo`)");
        }
        eprintln!("skipping the Hugo oracle test: `hugo` is not on PATH");
    }
    found
}

/// Builds every fixture with Hugo and returns (file name, Hugo's `.Content`).
fn hugo_build(site_config: &str) -> Vec<(String, String)> {
    let site = tempfile::tempdir().expect("temp dir");
    let root = site.path();
    std::fs::create_dir_all(root.join("content/posts")).expect("content dir");
    std::fs::create_dir_all(root.join("layouts/_default")).expect("layouts dir");
    std::fs::create_dir_all(root.join("layouts/shortcodes")).expect("shortcodes dir");
    std::fs::write(root.join("hugo.toml"), site_config).expect("config");
    std::fs::write(root.join("layouts/_default/single.html"), "{{ .Content }}").expect("layout");
    // The site's own shortcode prints nothing, as the preview box does once stripped.
    std::fs::write(
        root.join("layouts/shortcodes/note.html"),
        "{{ $inner := .Inner }}",
    )
    .expect("shortcode");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(fixtures()).expect("fixtures") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        std::fs::copy(&path, root.join("content/posts").join(&name)).expect("copy");
        names.push(name);
    }
    let out = root.join("public");
    let status = Command::new("hugo")
        .args(["--quiet", "--destination"])
        .arg(&out)
        .current_dir(root)
        .status()
        .expect("run hugo");
    assert!(status.success(), "hugo failed on the fixtures");
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let slug = name.trim_end_matches(".md");
            let html = std::fs::read_to_string(out.join("posts").join(slug).join("index.html"))
                .expect("hugo output");
            (name, html)
        })
        .collect()
}

fn our_render(name: &str, goldmark: &serde_json::Value) -> (String, String) {
    let text = std::fs::read_to_string(fixtures().join(name)).expect("fixture");
    let (split, fm) = front_matter::read(&text).expect("front matter");
    let mut resolver = MapResolver::default();
    resolver
        .urls
        .insert("posts/target.md".into(), "/posts/target/".into());
    let mut opts = RenderOptions {
        goldmark: inkstone_core::render::GoldmarkSettings::from_config(goldmark),
        links: Some(&resolver),
        base_url: BASE_URL.to_string(),
        preview_marks: false,
        ..RenderOptions::default()
    };
    opts.site_shortcodes.insert("note".into());
    opts.params = fm.fields.clone().into_iter().collect();
    let body = &text[split.body.clone()];
    let plain = render_body(body, split.body_first_line, &opts).html;
    opts.preview_marks = true;
    let preview = render_body(body, split.body_first_line, &opts).html;
    (plain, strip_preview_marks(&preview))
}

#[test]
fn fixture_posts_render_as_hugo_publishes_them() {
    if !hugo_available() {
        return;
    }
    let config = format!(
        "baseURL = \"{BASE_URL}\"\ntitle = \"oracle\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"home\", \"section\", \"404\", \"robotsTXT\"]\n"
    );
    let mut failures = Vec::new();
    for (name, hugo_html) in hugo_build(&config) {
        let (plain, stripped) = our_render(&name, &serde_json::Value::Null);
        let expected = normalize(&hugo_html);
        if normalize(&plain) != expected {
            failures.push(format!(
                "== {name}: ours differs from Hugo\n{}",
                first_difference(&expected, &normalize(&plain))
            ));
        }
        if stripped != plain {
            failures.push(format!(
                "== {name}: preview with marks stripped differs from the plain render\n{}",
                first_difference(&plain, &stripped)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unsafe_sites_keep_raw_html_as_hugo_does() {
    if !hugo_available() {
        return;
    }
    let config = format!(
        "baseURL = \"{BASE_URL}\"\ntitle = \"oracle\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"home\", \"section\", \"404\", \"robotsTXT\"]\n[markup.goldmark.renderer]\nunsafe = true\n"
    );
    let goldmark = serde_json::json!({"renderer": {"unsafe": true}});
    for (name, hugo_html) in hugo_build(&config) {
        if name != "english.md" {
            continue;
        }
        let (plain, _) = our_render(&name, &goldmark);
        assert_eq!(normalize(&plain), normalize(&hugo_html), "{name}");
    }
}

/// Lines of `expected` and `actual` around the first one that differs.
fn first_difference(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let at = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let from = at.saturating_sub(2);
    format!(
        "hugo:\n  {}\nours:\n  {}",
        e[from..(at + 3).min(e.len())].join("\n  "),
        a[from..(at + 3).min(a.len())].join("\n  ")
    )
}

/// One tag or text run per line, attributes sorted, whitespace collapsed, highlighted
/// code reduced to its text.
fn normalize(html: &str) -> String {
    let html = flatten_highlight(html);
    let mut lines = Vec::new();
    let mut rest = html.as_str();
    while !rest.is_empty() {
        if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            lines.push(normalize_tag(&rest[..end]));
            rest = &rest[end..];
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = rest[..end].split_whitespace().collect::<Vec<_>>().join(" ");
            if !text.is_empty() {
                lines.push(text);
            }
            rest = &rest[end..];
        }
    }
    lines.join("\n")
}

fn normalize_tag(tag: &str) -> String {
    if tag.starts_with("<!") || tag.starts_with("</") {
        return tag.to_string();
    }
    let inner = tag
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/');
    let mut parts = Vec::new();
    let mut rest = inner.trim();
    let name_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let name = rest[..name_end].to_string();
    rest = rest[name_end..].trim_start();
    while !rest.is_empty() {
        let key_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let key = &rest[..key_end];
        rest = &rest[key_end..];
        if let Some(after) = rest.strip_prefix("=\"") {
            let value_end = after.find('"').unwrap_or(after.len());
            parts.push(format!("{key}=\"{}\"", &after[..value_end]));
            rest = after.get(value_end + 1..).unwrap_or("");
        } else {
            parts.push(format!("{key}=\"\""));
        }
        rest = rest.trim_start();
    }
    parts.sort();
    if parts.is_empty() {
        format!("<{name}>")
    } else {
        format!("<{name} {}>", parts.join(" "))
    }
}

/// `<div class="highlight">…</div>` reduced to its text, since token colours differ.
fn flatten_highlight(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<div class=\"highlight\"") {
        out.push_str(&rest[..start]);
        let mut depth = 0;
        let mut at = start;
        let end = loop {
            let next_open = rest[at..].find("<div").map(|i| at + i);
            let next_close = rest[at..].find("</div>").map(|i| at + i);
            match (next_open, next_close) {
                (Some(o), Some(c)) if o < c => {
                    depth += 1;
                    at = o + 4;
                }
                (_, Some(c)) => {
                    depth -= 1;
                    at = c + 6;
                    if depth == 0 {
                        break at;
                    }
                }
                _ => break rest.len(),
            }
        };
        let mut text = String::new();
        let mut in_tag = false;
        for c in rest[start..end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        let opening_end = rest[start..].find('>').map_or(end, |i| start + i + 1);
        out.push_str(&rest[start..opening_end]);
        out.push_str(&text);
        out.push_str("</div>");
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
