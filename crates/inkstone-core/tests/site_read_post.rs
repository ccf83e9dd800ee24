//! The index reads each file's head; `Site::read_post` and the checks read the whole
//! file, and never pair a changed file's text with the fields indexed before.

use inkstone_core::check::check_site;
use inkstone_core::site::Site;
use std::borrow::Cow;

fn site_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("hugo.toml"), "title = 'T'\n").expect("config");
    for (path, bytes) in files {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().expect("parent")).expect("mkdir");
        std::fs::write(full, bytes).expect("write");
    }
    dir
}

#[test]
fn read_post_gives_the_whole_file_with_the_indexed_fields() {
    let body = "山間小鎮的早晨。\n".repeat(2000);
    let text = format!("---\ntitle: 早晨\n---\n{body}");
    let dir = site_with(&[("content/posts/a.md", text.as_bytes())]);
    let site = Site::open(dir.path()).expect("opens");
    let post = site.post("content/posts/a.md").expect("indexed");
    let file = site.read_post(post).expect("reads");
    assert_eq!(file.text, text);
    assert_eq!(file.body(), body);
    assert_eq!(post.split.body.end, text.len());
    assert!(matches!(file.front_matter, Cow::Borrowed(_)));
}

#[test]
fn read_post_parses_again_a_file_changed_since_it_was_indexed() {
    let dir = site_with(&[("content/posts/a.md", b"---\ntitle: Old\n---\nbody\n")]);
    let site = Site::open(dir.path()).expect("opens");
    std::fs::write(
        dir.path().join("content/posts/a.md"),
        "---\ntitle: New\ndraft: true\n---\nbody\n",
    )
    .expect("write");
    let post = site.post("content/posts/a.md").expect("indexed");
    let file = site.read_post(post).expect("reads");
    assert_eq!(file.front_matter.fields["title"], "New");
    assert_eq!(file.front_matter.key_lines["draft"], 3);
}

#[test]
fn bad_bytes_past_the_head_are_found_by_the_checks() {
    let mut big5_body = b"---\ntitle: ok\n---\n".to_vec();
    big5_body.extend("正文\n".repeat(3000).as_bytes());
    big5_body.extend(b"\xa4\xa4\xa4\xe5\n");
    let mut late_nul = b"---\ntitle: ok\n---\n".to_vec();
    late_nul.extend("a\n".repeat(5000).as_bytes());
    late_nul.extend(b"\0");
    let dir = site_with(&[
        ("content/posts/big5.md", &big5_body),
        ("content/posts/nul.md", &late_nul),
    ]);
    let site = Site::open(dir.path()).expect("opens");
    assert_eq!(site.posts().len(), 2, "listed: their front matter is fine");
    let report = check_site(&site);
    let found: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| d.to_text_line())
        .collect();
    assert_eq!(
        found,
        vec![
            "content/posts/big5.md:3004:1: error[file-not-utf8]: the file is not valid UTF-8",
            "content/posts/nul.md:1:1: error[file-binary]: the file contains NUL bytes: it is not a text file",
        ]
    );
    assert_eq!((report.summary.files, report.summary.errors), (2, 2));
}
