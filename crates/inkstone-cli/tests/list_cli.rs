//! `inkstone list`: exact stdout, stderr and exit code over fixture sites.

mod support;

use support::{fixture, inkstone, text};

#[test]
fn text_lists_date_draft_path_title_newest_first() {
    let site = fixture("site-index-blog");
    let out = inkstone(&["list", site.to_str().expect("utf-8 path")], &site);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "\
2026-02-06                        content/posts/2026-02-06-first-light.md  First light
2026-02-05T09:00:00+08:00         content/posts/20260205-compact.md  Compact name
2026-01-10                 draft  content/posts/trip/index.md  A trip
2026-01-01T08:00:00+08:00         content/posts/hello.md  Hello
2026-01-01T08:00:00+08:00         content/posts/hello.zh-tw.md  你好
2025-12-24T10:00:00Z              content/notes/quick.md  Quick
-                                 content/_index.md  Home
-                                 content/notes/broken.md
-                                 content/posts/_index.md  Posts
"
    );
}

#[test]
fn files_that_cannot_be_indexed_are_reported_on_stderr() {
    let site = fixture("site-index-blog");
    let out = inkstone(&["list"], &site);
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert_eq!(
        lines[0],
        "content/notes/binary.md:1:1: error[file-binary]: the file contains NUL bytes: it is not a text file"
    );
    assert!(lines[1].starts_with("content/notes/broken.md:4:1: error[yaml-syntax]: "));
    assert_eq!(out.status.code(), Some(0), "listing still worked");
}

#[test]
fn json_is_one_object_per_content_file_with_the_summary_fields() {
    let site = fixture("site-config-dir");
    let out = inkstone(&["list", "--format", "json"], &site.join("content/posts"));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "[\n{\"path\":\"content/posts/first.md\",\"section\":\"posts\",\"lang\":\"zh-tw\",\"kind\":\"page\",\"title\":\"第一篇\",\"date\":\"2025-01-02T09:00:00+08:00\",\"draft\":false,\"tags\":[],\"categories\":[],\"series\":[],\"url\":\"/2025/01/第一篇/\"}\n]\n"
    );
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn json_of_a_whole_site_parses_and_names_every_kind() {
    let site = fixture("site-index-blog");
    let out = inkstone(
        &["list", "--format=json", site.to_str().expect("utf-8")],
        &site,
    );
    let posts: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let kinds: Vec<&str> = posts
        .as_array()
        .expect("an array")
        .iter()
        .filter_map(|p| p["kind"].as_str())
        .collect();
    assert_eq!(kinds.len(), 9);
    assert!(kinds.contains(&"leafBundle") && kinds.contains(&"branchBundle"));
}

#[test]
fn outside_any_site_it_exits_2_with_a_hint() {
    let empty = tempfile::tempdir().expect("temp dir");
    let out = inkstone(&["list"], empty.path());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(out.stdout, b"");
    assert_eq!(
        text(&out.stderr),
        "inkstone: no Hugo site here: run inside a site folder or pass SITE_DIR\n"
    );
}
