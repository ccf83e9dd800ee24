//! Searching post bodies: what matches (case, CJK), what is never searched (front
//! matter), files that cannot be read, and the cache that spares re-reading.

use inkstone_core::search::{search_bodies, BodyCache, BodySearch, Snippet};
use inkstone_core::site::Site;

fn site_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("hugo.toml"), "title = 'T'\n").expect("config");
    for (path, text) in files {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().expect("parent")).expect("mkdir");
        std::fs::write(full, text).expect("write");
    }
    dir
}

fn search(dir: &tempfile::TempDir, query: &str) -> BodySearch {
    let site = Site::open(dir.path()).expect("opens");
    search_bodies(&site, query, &mut BodyCache::with_limit(1 << 20))
}

fn paths(found: &BodySearch) -> Vec<&str> {
    found.hits.iter().map(|h| h.path.as_str()).collect()
}

#[test]
fn latin_words_match_whatever_their_case_with_line_and_snippet() {
    let dir = site_with(&[(
        "content/posts/a.md",
        "---\ntitle: A\n---\n\nIntro line.\nA new parser in RUST last week.\n",
    )]);
    let found = search(&dir, "rust");
    assert_eq!(paths(&found), ["content/posts/a.md"]);
    assert_eq!(found.hits[0].line, 6);
    assert_eq!(
        found.hits[0].snippet,
        Snippet {
            before: "A new parser in ".into(),
            matched: "RUST".into(),
            after: " last week.".into(),
        }
    );
    assert_eq!(found.query, "rust");
}

#[test]
fn cjk_words_match_exactly() {
    let dir = site_with(&[
        (
            "content/posts/tw.md",
            "---\ntitle: 甲\n---\n今天談雲端運算。\n",
        ),
        (
            "content/posts/cn.md",
            "---\ntitle: 乙\n---\n今天谈云端运算。\n",
        ),
    ]);
    let found = search(&dir, "雲端");
    assert_eq!(paths(&found), ["content/posts/tw.md"]);
    assert_eq!(found.hits[0].snippet.before, "今天談");
    assert_eq!(found.hits[0].snippet.matched, "雲端");
}

#[test]
fn every_term_must_be_in_the_body() {
    let dir = site_with(&[
        ("content/posts/both.md", "---\ntitle: A\n---\nRust 與雲端\n"),
        ("content/posts/one.md", "---\ntitle: B\n---\nRust only\n"),
    ]);
    assert_eq!(paths(&search(&dir, "雲端 rust")), ["content/posts/both.md"]);
}

#[test]
fn front_matter_is_not_searched() {
    let dir = site_with(&[
        (
            "content/posts/yaml.md",
            "---\ntitle: Kubernetes notes\ndescription: kubernetes\n---\nNothing here.\n",
        ),
        (
            "content/posts/toml.md",
            "+++\ntitle = 'Kubernetes'\n+++\nNothing here either.\n",
        ),
        (
            "content/posts/body.md",
            "---\ntitle: Other\n---\nOn kubernetes.\n",
        ),
    ]);
    assert_eq!(
        paths(&search(&dir, "kubernetes")),
        ["content/posts/body.md"]
    );
}

#[test]
fn a_file_that_turned_invalid_utf8_is_skipped_and_counted() {
    let dir = site_with(&[
        ("content/posts/good.md", "---\ntitle: G\n---\nneedle\n"),
        ("content/posts/bad.md", "---\ntitle: B\n---\nneedle\n"),
    ]);
    let site = Site::open(dir.path()).expect("opens");
    std::fs::write(
        dir.path().join("content/posts/bad.md"),
        b"---\ntitle: B\n---\nneedle \xff\xfe\n",
    )
    .expect("write");
    let found = search_bodies(&site, "needle", &mut BodyCache::with_limit(1 << 20));
    assert_eq!(paths(&found), ["content/posts/good.md"]);
    assert_eq!(found.skipped, 1);
}

#[test]
fn an_empty_query_finds_nothing() {
    let dir = site_with(&[("content/posts/a.md", "---\ntitle: A\n---\ntext\n")]);
    let found = search(&dir, "  ");
    assert!(found.hits.is_empty());
    assert_eq!(found.matched, 0);
}

#[test]
fn the_cache_serves_unchanged_files_and_rereads_changed_ones() {
    let dir = site_with(&[
        ("content/posts/a.md", "---\ntitle: A\n---\nalpha\n"),
        ("content/posts/b.md", "---\ntitle: B\n---\nbeta\n"),
    ]);
    let site = Site::open(dir.path()).expect("opens");
    let mut cache = BodyCache::with_limit(1 << 20);
    assert_eq!(
        paths(&search_bodies(&site, "alpha", &mut cache)),
        ["content/posts/a.md"]
    );
    assert_eq!(cache.len(), 2);
    // A different size is a different version, whatever the mtime's resolution.
    std::fs::write(
        dir.path().join("content/posts/b.md"),
        "---\ntitle: B\n---\nbeta alpha\n",
    )
    .expect("write");
    assert_eq!(
        paths(&search_bodies(&site, "alpha", &mut cache)),
        ["content/posts/a.md", "content/posts/b.md"]
    );
}

#[test]
fn the_cache_keeps_no_more_than_its_limit() {
    let dir = site_with(&[
        ("content/posts/a.md", "---\ntitle: A\n---\nalpha\n"),
        ("content/posts/b.md", "---\ntitle: B\n---\nalpha\n"),
    ]);
    let site = Site::open(dir.path()).expect("opens");
    let mut cache = BodyCache::with_limit(30);
    let found = search_bodies(&site, "alpha", &mut cache);
    assert_eq!(found.matched, 2);
    assert_eq!(cache.len(), 1);
    assert!(cache.bytes() <= 30);
}

#[test]
fn hits_past_the_cap_are_counted_not_returned() {
    let many: Vec<(String, String)> = (0..inkstone_core::search::MAX_BODY_HITS + 3)
        .map(|i| {
            (
                format!("content/posts/p{i:04}.md"),
                "---\ntitle: P\n---\nword\n".to_owned(),
            )
        })
        .collect();
    let files: Vec<(&str, &str)> = many.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let dir = site_with(&files);
    let found = search(&dir, "WORD");
    assert_eq!(found.hits.len(), inkstone_core::search::MAX_BODY_HITS);
    assert_eq!(
        found.matched as usize,
        inkstone_core::search::MAX_BODY_HITS + 3
    );
}
