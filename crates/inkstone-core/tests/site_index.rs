//! Indexing a whole fixture site: discovery, dates, URLs, problems, terms, refresh.

use inkstone_core::site::{PostKind, Site};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/sites")
        .join(name)
}

/// Copies a fixture into a temp folder so a test may change files.
fn scratch_copy(name: &str) -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("mkdir");
        for entry in std::fs::read_dir(from).expect("read fixture").flatten() {
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), &target).expect("copy");
            }
        }
    }
    let dir = tempfile::tempdir().expect("temp dir");
    copy(&fixture(name), dir.path());
    dir
}

#[test]
fn every_content_file_is_listed_newest_first_with_hugos_urls() {
    let site = Site::open(&fixture("site-index-blog")).expect("site opens");
    let rows: Vec<String> = site
        .posts()
        .iter()
        .map(|p| {
            let s = &p.summary;
            format!(
                "{} | {} | {} | {:?} | {} | {}",
                s.path,
                s.lang,
                s.section,
                s.kind,
                s.date.as_deref().unwrap_or("-"),
                s.url
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            "content/posts/2026-02-06-first-light.md | en | posts | Page | 2026-02-06 | /posts/first-light/",
            "content/posts/20260205-compact.md | en | posts | Page | 2026-02-05T09:00:00+08:00 | /posts/20260205-compact/",
            "content/posts/trip/index.md | en | posts | LeafBundle | 2026-01-10 | /posts/trip/",
            "content/posts/hello.md | en | posts | Page | 2026-01-01T08:00:00+08:00 | /posts/hello/",
            "content/posts/hello.zh-tw.md | zh-tw | posts | Page | 2026-01-01T08:00:00+08:00 | /zh-tw/posts/hello/",
            "content/notes/quick.md | en | notes | Page | 2025-12-24T10:00:00Z | /2025/12/quick-note/",
            "content/_index.md | en |  | BranchBundle | - | /",
            // No date, slug nor title: Hugo's zero date and an empty :slug.
            "content/notes/broken.md | en | notes | Page | - | /1/01/",
            "content/posts/_index.md | en | posts | BranchBundle | - | /posts/",
        ]
    );
}

#[test]
fn summaries_carry_title_draft_and_taxonomies() {
    let site = Site::open(&fixture("site-index-blog")).expect("site opens");
    let first = &site
        .post("content/posts/2026-02-06-first-light.md")
        .expect("indexed")
        .summary;
    assert_eq!(first.title, "First light");
    assert_eq!(first.tags, vec!["AI", "Rust"]);
    assert_eq!(first.categories, vec!["Notes"]);
    assert_eq!(first.series, vec!["Light"], "a scalar series is one term");
    let trip = &site
        .post("content/posts/trip/index.md")
        .expect("bundle")
        .summary;
    assert!(trip.draft);
    assert_eq!(trip.kind, PostKind::LeafBundle);
}

#[test]
fn resources_hidden_and_vendored_folders_are_not_posts() {
    let site = Site::open(&fixture("site-index-blog")).expect("site opens");
    for path in [
        "content/posts/trip/notes.md",
        "content/posts/trip/images/caption.md",
        "content/notes/.hidden/secret.md",
        "content/posts/node_modules/pkg/readme.md",
    ] {
        assert!(site.post(path).is_none(), "{path} must not be indexed");
    }
}

#[test]
fn unreadable_and_unparsable_files_become_problems_not_failures() {
    let site = Site::open(&fixture("site-index-blog")).expect("site opens");
    let problems: Vec<String> = site.problems().iter().map(|d| d.to_text_line()).collect();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_eq!(
        problems[0],
        "content/notes/binary.md:1:1: error[file-binary]: the file contains NUL bytes: it is not a text file"
    );
    // The unclosed quote runs to the end of the block: YAML reports line 4.
    assert!(
        problems[1].starts_with("content/notes/broken.md:4:1: error[yaml-syntax]: "),
        "{}",
        problems[1]
    );
    assert!(site.post("content/notes/binary.md").is_none());
    assert!(
        site.post("content/notes/broken.md").is_some(),
        "kept so it can be fixed"
    );
}

#[test]
fn terms_count_every_post_using_them() {
    let site = Site::open(&fixture("site-index-blog")).expect("site opens");
    let tags = site.terms("tags");
    assert_eq!(
        tags,
        vec![
            ("AI".to_string(), 3),
            ("Rust".to_string(), 1),
            ("旅行".to_string(), 1)
        ]
    );
    assert_eq!(site.terms("series"), vec![("Light".to_string(), 2)]);
    assert_eq!(site.terms("category"), vec![("Notes".to_string(), 2)]);
}

#[test]
fn refresh_file_rereads_one_file_and_updates_terms() {
    let dir = scratch_copy("site-index-blog");
    let mut site = Site::open(dir.path()).expect("site opens");
    let path = "content/posts/hello.md";
    std::fs::write(
        dir.path().join(path),
        "---\ntitle: \"Hello again\"\ndate: 2027-01-01\ntags: [\"New\"]\n---\n",
    )
    .expect("write");
    site.refresh_file(path).expect("refresh");
    assert_eq!(site.posts()[0].summary.path, path, "now the newest");
    assert_eq!(site.posts()[0].summary.title, "Hello again");
    assert!(site.terms("tags").contains(&("New".to_string(), 1)));

    std::fs::write(
        dir.path().join("content/notes/broken.md"),
        "---\ntitle: ok\n---\n",
    )
    .expect("write");
    site.refresh_file("content/notes/broken.md")
        .expect("refresh");
    assert_eq!(site.problems().len(), 1, "the fixed file's problem is gone");

    std::fs::remove_file(dir.path().join(path)).expect("delete");
    site.refresh_file(path).expect("refresh after delete");
    assert!(site.post(path).is_none());
}

#[test]
fn refresh_file_refuses_what_is_not_content() {
    let mut site = Site::open(&fixture("site-index-blog")).expect("site opens");
    let error = site
        .refresh_file("content/posts/trip/notes.md")
        .expect_err("a bundle resource");
    assert_eq!(error.code(), "not-content");
    assert!(site.refresh_file("static/style.css").is_err());
}

#[test]
fn a_new_file_joins_the_index_on_refresh() {
    let dir = scratch_copy("site-index-blog");
    let mut site = Site::open(dir.path()).expect("site opens");
    let before = site.posts().len();
    std::fs::write(
        dir.path().join("content/posts/2026-03-01-spring.md"),
        "---\ntitle: Spring\n---\n",
    )
    .expect("write");
    site.refresh_file("content/posts/2026-03-01-spring.md")
        .expect("refresh");
    assert_eq!(site.posts().len(), before + 1);
    assert_eq!(site.posts()[0].summary.url, "/posts/spring/");
}
