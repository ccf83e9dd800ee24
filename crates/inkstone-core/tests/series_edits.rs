//! Series operations (reorder, rename, add, remove) over real temporary sites: each
//! file changes only in the lines the operation is about, every other byte is kept.

use inkstone_core::series::{
    add_post, apply, build_series, remove_post, rename, reorder, unified_diff, FileChange,
    SeriesError, SeriesSettings,
};
use inkstone_core::site::Site;
use std::fs;
use std::path::Path;

fn site_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(
        dir.path().join("hugo.toml"),
        "baseURL = \"https://example.org/\"\ntitle = \"t\"\n",
    )
    .unwrap();
    for (path, text) in files {
        let full = dir.path().join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, text).unwrap();
    }
    dir
}

fn open(dir: &Path) -> (Site, SeriesSettings) {
    (
        Site::open(dir).expect("site opens"),
        SeriesSettings::load(dir).expect("settings"),
    )
}

fn paths(names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|n| format!("content/posts/{n}.md"))
        .collect()
}

/// Each change as `path`, then its removed (`-`) and added (`+`) lines.
fn changed_lines(changes: &[FileChange]) -> Vec<String> {
    let mut out = Vec::new();
    for change in changes {
        out.push(change.path.clone());
        let diff = similar::TextDiff::from_lines(&change.before, &change.after);
        for op in diff.iter_all_changes() {
            match op.tag() {
                similar::ChangeTag::Delete => out.push(format!("-{}", op.value().trim_end())),
                similar::ChangeTag::Insert => out.push(format!("+{}", op.value().trim_end())),
                similar::ChangeTag::Equal => {}
            }
        }
    }
    out
}

/// Writes the changes, then checks the disk holds exactly the `after` texts.
fn write(dir: &Path, changes: &[FileChange]) {
    let site = Site::open(dir).unwrap();
    apply(&site, changes).expect("applied");
    for change in changes {
        assert_eq!(
            fs::read_to_string(dir.join(&change.path)).unwrap(),
            change.after
        );
    }
}

const SETUP: &str = "---\ntitle: \"Setting up\"\ndate: 2026-03-10\nseries: [\"Rust notes\", \"Tools\"]\npart: 1\n---\n\nInstall.\n";
const OWNERSHIP: &str = "+++\ntitle = \"Ownership\"\ndate = 2026-03-01\nseries = [\"Rust notes\"]\npart = 2\n+++\n\n[//]: # (inkstone:series)\n\n> This post is part 2 of the series “Rust notes”; see also [Setting up](/posts/setup/).\n\n[//]: # (/inkstone:series)\n\nWho frees the memory.\n";
const BORROWING: &str =
    "---\r\ntitle: Borrowing\r\ndate: 2026-03-05\r\nseries:\r\n  - Rust notes\r\npart: 3\r\n---\r\n\r\nLending.\r\n";

fn field_ordered_site() -> tempfile::TempDir {
    site_with(&[
        ("inkstone.yaml", "series:\n  order_field: part\n"),
        ("content/posts/setup.md", SETUP),
        ("content/posts/ownership.md", OWNERSHIP),
        ("content/posts/borrowing.md", BORROWING),
        (
            "content/posts/lifetimes.md",
            "---\ntitle: Lifetimes\ndate: 2026-04-01\n---\n\nHow long.\n",
        ),
    ])
}

const FIRST: &str = "---\ntitle: \"第一站\"\ndate: 2026-01-01T09:00:00+08:00\nseries: \"寫作工具\"\n---\n\n第一篇。\n";
const SECOND: &str = "---\ntitle: \"第二站\"\ndate: 2026-01-08T09:00:00+08:00\nseries: \"寫作工具\"\n---\n\n第二篇。\n";
const THIRD: &str = "---\ntitle: \"第三站\"\ndate: 2026-01-15T09:00:00+08:00\nseries: \"寫作工具\"\ndraft: true\n---\n\n第三篇。\n";

fn date_ordered_site() -> tempfile::TempDir {
    site_with(&[
        ("content/posts/first.md", FIRST),
        ("content/posts/second.md", SECOND),
        ("content/posts/third.md", THIRD),
        (
            "content/posts/early.md",
            "---\ntitle: 早\ndate: 2025-12-01\n---\n\n早。\n",
        ),
    ])
}

#[test]
fn reorder_writes_the_order_field_only_on_the_posts_whose_number_changes() {
    let dir = field_ordered_site();
    let (site, settings) = open(dir.path());
    // setup 1, ownership 2, borrowing 3 → borrowing, setup, ownership.
    let changes = reorder(
        &site,
        &settings,
        "Rust notes",
        &paths(&["borrowing", "setup", "ownership"]),
    )
    .unwrap();
    assert_eq!(
        changed_lines(&changes),
        [
            "content/posts/borrowing.md",
            "-part: 3",
            "+part: 1",
            "content/posts/setup.md",
            "-part: 1",
            "+part: 2",
            "content/posts/ownership.md",
            "-part = 2",
            "+part = 3",
        ]
    );
    // CRLF stays CRLF.
    assert!(changes[0].after.contains("part: 1\r\n---\r\n"));
    write(dir.path(), &changes);
    let (site, settings) = open(dir.path());
    let order: Vec<String> = build_series(&site, &settings)
        .iter()
        .find(|s| s.name == "Rust notes")
        .unwrap()
        .posts
        .iter()
        .map(|p| p.path.clone())
        .collect();
    assert_eq!(order, paths(&["borrowing", "setup", "ownership"]));
    // Moving one neighbour pair changes two files, and the same order again nothing.
    let again = reorder(
        &site,
        &settings,
        "Rust notes",
        &paths(&["borrowing", "setup", "ownership"]),
    )
    .unwrap();
    assert!(again.is_empty());
}

#[test]
fn reordering_a_date_ordered_series_adds_series_weight_where_the_number_changes() {
    let dir = date_ordered_site();
    let (site, settings) = open(dir.path());
    let changes = reorder(
        &site,
        &settings,
        "寫作工具",
        &paths(&["second", "first", "third"]),
    )
    .unwrap();
    assert_eq!(
        changed_lines(&changes),
        [
            "content/posts/second.md",
            "+series_weight: 1",
            "content/posts/first.md",
            "+series_weight: 2",
            "content/posts/third.md",
            "+series_weight: 3",
        ]
    );
    assert_eq!(
        changes[1].after,
        "---\ntitle: \"第一站\"\ndate: 2026-01-01T09:00:00+08:00\nseries: \"寫作工具\"\nseries_weight: 2\n---\n\n第一篇。\n"
    );
}

#[test]
fn reorder_refuses_an_order_that_leaves_out_or_adds_a_post() {
    let dir = date_ordered_site();
    let (site, settings) = open(dir.path());
    let short = reorder(&site, &settings, "寫作工具", &paths(&["second", "first"]));
    assert!(matches!(short, Err(SeriesError::OrderMismatch { .. })));
    let extra = reorder(
        &site,
        &settings,
        "寫作工具",
        &paths(&["second", "first", "third", "early"]),
    );
    assert!(matches!(extra, Err(SeriesError::OrderMismatch { .. })));
    let unknown = reorder(&site, &settings, "沒有", &paths(&["first"]));
    assert_eq!(unknown.unwrap_err().code(), "series-unknown");
}

#[test]
fn rename_changes_scalars_and_list_items_and_keeps_the_other_terms() {
    let dir = field_ordered_site();
    let (site, settings) = open(dir.path());
    let changes = rename(&site, &settings, "Rust notes", "Rust by hand").unwrap();
    assert_eq!(
        changed_lines(&changes),
        [
            "content/posts/setup.md",
            "-series: [\"Rust notes\", \"Tools\"]",
            "+series: [\"Rust by hand\", \"Tools\"]",
            "content/posts/borrowing.md",
            "-  - Rust notes",
            "+  - Rust by hand",
            "content/posts/ownership.md",
            "-series = [\"Rust notes\"]",
            "+series = [\"Rust by hand\"]",
        ]
    );
    write(dir.path(), &changes);
    let (site, settings) = open(dir.path());
    let names: Vec<String> = build_series(&site, &settings)
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(names, ["Rust by hand", "Tools"]);

    let dir = date_ordered_site();
    let (site, settings) = open(dir.path());
    let changes = rename(&site, &settings, "寫作工具", "寫作之路").unwrap();
    assert_eq!(changes.len(), 3);
    assert_eq!(
        changed_lines(&changes[2..]),
        [
            "content/posts/first.md",
            "-series: \"寫作工具\"",
            "+series: \"寫作之路\""
        ]
    );
}

#[test]
fn rename_refuses_an_empty_name_and_a_name_in_use() {
    let dir = field_ordered_site();
    let (site, settings) = open(dir.path());
    assert_eq!(
        rename(&site, &settings, "Rust notes", "  ")
            .unwrap_err()
            .code(),
        "series-name-invalid"
    );
    assert_eq!(
        rename(&site, &settings, "Rust notes", "Tools")
            .unwrap_err()
            .code(),
        "series-name-in-use"
    );
}

#[test]
fn adding_to_a_numbered_series_sets_the_next_number_on_the_new_post_only() {
    let dir = field_ordered_site();
    let (site, settings) = open(dir.path());
    let changes = add_post(&site, &settings, "Rust notes", "content/posts/lifetimes.md").unwrap();
    assert_eq!(
        changed_lines(&changes),
        [
            "content/posts/lifetimes.md",
            "+series: [Rust notes]",
            "+part: 4",
        ]
    );
    assert_eq!(
        unified_diff(&changes),
        "--- a/content/posts/lifetimes.md\n+++ b/content/posts/lifetimes.md\n@@ -2,4 +2,6 @@\n title: Lifetimes\n date: 2026-04-01\n+series: [Rust notes]\n+part: 4\n ---\n \n"
    );
    let again = add_post(&site, &settings, "Rust notes", "content/posts/setup.md");
    assert_eq!(again.unwrap_err().code(), "series-already-a-part");
}

#[test]
fn adding_to_a_date_series_keeps_dates_when_the_post_is_the_latest_and_numbers_otherwise() {
    let dir = date_ordered_site();
    let (site, settings) = open(dir.path());
    // Every part of 寫作工具 is a scalar, so the new term is one too.
    let early = add_post(&site, &settings, "寫作工具", "content/posts/early.md").unwrap();
    assert_eq!(
        changed_lines(&early),
        [
            "content/posts/early.md",
            "+series: 寫作工具",
            "+series_weight: 4",
            "content/posts/first.md",
            "+series_weight: 1",
            "content/posts/second.md",
            "+series_weight: 2",
            "content/posts/third.md",
            "+series_weight: 3",
        ]
    );
    write(dir.path(), &early);
    let (site, settings) = open(dir.path());
    let order: Vec<String> = build_series(&site, &settings)[0]
        .posts
        .iter()
        .map(|p| p.path.clone())
        .collect();
    assert_eq!(order, paths(&["first", "second", "third", "early"]));

    let dir = site_with(&[
        ("content/posts/first.md", FIRST),
        (
            "content/posts/late.md",
            "---\ntitle: 晚\ndate: 2026-02-01\n---\n\n晚。\n",
        ),
    ]);
    let (site, settings) = open(dir.path());
    let late = add_post(&site, &settings, "寫作工具", "content/posts/late.md").unwrap();
    assert_eq!(
        changed_lines(&late),
        ["content/posts/late.md", "+series: 寫作工具"]
    );
}

#[test]
fn creating_a_series_adds_a_list_term_and_a_number_only_with_a_configured_order_field() {
    let dir = date_ordered_site();
    let (site, settings) = open(dir.path());
    let created = add_post(&site, &settings, " 新系列 ", "content/posts/early.md").unwrap();
    assert_eq!(
        changed_lines(&created),
        ["content/posts/early.md", "+series: [新系列]"]
    );
    let dir = field_ordered_site();
    let (site, settings) = open(dir.path());
    let created = add_post(&site, &settings, "Async", "content/posts/lifetimes.md").unwrap();
    assert_eq!(
        changed_lines(&created),
        ["content/posts/lifetimes.md", "+series: [Async]", "+part: 1"]
    );
    // The order field is shared: a part of another series keeps its number there.
    let second = add_post(&site, &settings, "Async", "content/posts/ownership.md").unwrap();
    assert_eq!(
        changed_lines(&second),
        [
            "content/posts/ownership.md",
            "-series = [\"Rust notes\"]",
            "+series = [\"Rust notes\", \"Async\"]",
        ]
    );
}

#[test]
fn removing_a_part_drops_its_term_number_and_block_and_moves_later_parts_up() {
    let dir = field_ordered_site();
    let (site, settings) = open(dir.path());
    let changes =
        remove_post(&site, &settings, "Rust notes", "content/posts/ownership.md").unwrap();
    assert_eq!(
        changes[0].after,
        "+++\ntitle = \"Ownership\"\ndate = 2026-03-01\n+++\n\nWho frees the memory.\n"
    );
    assert_eq!(
        changed_lines(&changes[1..]),
        ["content/posts/borrowing.md", "-part: 3", "+part: 2"]
    );
    write(dir.path(), &changes);
    let (site, settings) = open(dir.path());
    let parts: Vec<(String, Option<i64>)> = build_series(&site, &settings)[0]
        .posts
        .iter()
        .map(|p| (p.path.clone(), p.order))
        .collect();
    assert_eq!(
        parts,
        [
            ("content/posts/setup.md".to_string(), Some(1)),
            ("content/posts/borrowing.md".to_string(), Some(2))
        ]
    );
}

#[test]
fn removing_a_post_that_stays_in_another_series_keeps_its_number_and_other_term() {
    let dir = field_ordered_site();
    let (site, settings) = open(dir.path());
    let changes = remove_post(&site, &settings, "Rust notes", "content/posts/setup.md").unwrap();
    assert_eq!(
        changed_lines(&changes),
        [
            "content/posts/setup.md",
            "-series: [\"Rust notes\", \"Tools\"]",
            "+series: [\"Tools\"]",
            "content/posts/ownership.md",
            "-part = 2",
            "+part = 1",
            "content/posts/borrowing.md",
            "-part: 3",
            "+part: 2",
        ]
    );
    let stray = remove_post(&site, &settings, "Tools", "content/posts/borrowing.md");
    assert_eq!(stray.unwrap_err().code(), "series-not-a-part");
}

#[test]
fn removing_from_a_date_series_drops_a_scalar_field_and_a_block_at_the_end() {
    let ending = "---\ntitle: 末\ndate: 2026-01-20\nseries: 寫作工具\n---\n\n正文。\n\n[//]: # (inkstone:series)\n\n> 本文為系列文第二篇。\n\n[//]: # (/inkstone:series)\n";
    let dir = site_with(&[
        ("content/posts/first.md", FIRST),
        ("content/posts/end.md", ending),
    ]);
    let (site, settings) = open(dir.path());
    let changes = remove_post(&site, &settings, "寫作工具", "content/posts/end.md").unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(
        changes[0].after,
        "---\ntitle: 末\ndate: 2026-01-20\n---\n\n正文。\n"
    );
}
