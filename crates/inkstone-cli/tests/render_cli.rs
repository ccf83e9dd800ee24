//! `inkstone render FILE [--site SITE_DIR]`: exact stdout, stderr and exit codes.

use std::path::Path;
use std::process::{Command, Output};

/// A small site: an unsafe goldmark config, one shortcode of its own, two posts.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let write = |rel: &str, text: &str| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
        std::fs::write(path, text).expect("write");
    };
    write(
        "hugo.toml",
        "baseURL = \"https://example.org/\"\ntitle = \"Press\"\n[markup.goldmark.renderer]\nunsafe = true\n",
    );
    write(
        "layouts/shortcodes/callout.html",
        "<aside>{{ .Inner | markdownify }}</aside>\n",
    );
    write(
        "content/posts/first.md",
        "---\ntitle: \"第一篇\"\n---\n\n## 開始\n\nSee [the second]({{< relref \"second.md\" >}}).\n\n{{< callout >}}Note *this*.{{< /callout >}}\n\n<span onclick=\"x()\">kept</span>\n",
    );
    write(
        "content/posts/second.md",
        "+++\ntitle = \"Second\"\n+++\nHello {{< nosuch >}}\n",
    );
    dir
}

fn inkstone(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_inkstone"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run inkstone")
}

#[test]
fn render_prints_the_preview_of_the_body_with_file_lines() {
    let site = site();
    let out = inkstone(&["render", "content/posts/first.md"], site.path());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "<h2 id=\"開始\" data-line=\"5\">開始</h2>\n\
<p data-line=\"7\">See <a href=\"/posts/second/\">the second</a>.</p>\n\
<div class=\"inkstone-shortcode\" data-inkstone-preview=\"shortcode\" data-shortcode=\"callout\" data-line=\"9\">\
<div class=\"inkstone-shortcode-label\">callout</div><div class=\"inkstone-shortcode-inner\"><p>Note <em>this</em>.</p>\n</div></div>\n\n\
<p data-line=\"11\"><span>kept</span></p>\n"
    );
}

#[test]
fn site_option_and_site_found_from_the_file_give_the_same_html() {
    let site = site();
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let file = site.path().join("content/posts/first.md");
    let file = file.to_str().expect("utf-8 path");
    let found = inkstone(&["render", file], elsewhere.path());
    let named = inkstone(
        &[
            "render",
            file,
            "--site",
            site.path().to_str().expect("utf-8"),
        ],
        elsewhere.path(),
    );
    assert_eq!(found.stdout, named.stdout);
    assert!(String::from_utf8_lossy(&found.stdout).contains("href=\"/posts/second/\""));
}

#[test]
fn unknown_shortcode_is_reported_on_stderr_with_exit_1() {
    let site = site();
    let out = inkstone(&["render", "content/posts/second.md"], site.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "content/posts/second.md:4:7: error[shortcode-unknown]: `nosuch` is neither a Hugo built-in shortcode nor one of this site's\n"
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with(
        "<p data-line=\"4\">Hello <span class=\"inkstone-shortcode inkstone-shortcode-unknown\""
    ));
}

#[test]
fn a_missing_file_exits_2_naming_it() {
    let site = site();
    let out = inkstone(&["render", "content/posts/none.md"], site.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("inkstone: cannot read content/posts/none.md: "),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_file_outside_any_site_renders_with_hugo_defaults() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("lone.md"), "Text with <b>raw</b> html.\n").expect("write");
    let out = inkstone(&["render", "lone.md"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "<p data-line=\"1\">Text with <!-- raw HTML omitted -->raw<!-- raw HTML omitted --> html.</p>\n"
    );
}

#[test]
fn plain_flag_prints_exactly_hugos_html() {
    let site = site();
    let out = inkstone(
        &["render", "--plain", "content/posts/first.md"],
        site.path(),
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "<h2 id=\"開始\">開始</h2>\n<p>See <a href=\"/posts/second/\">the second</a>.</p>\n\n<p><span>kept</span></p>\n"
    );
}
