//! `inkstone series list|sync`: exact stdout, stderr and exit code over fixture sites.

mod support;

use std::path::PathBuf;
use support::{copy_of, fixture, inkstone, text};

#[test]
fn list_text_shows_parts_in_date_order_drafts_and_a_stale_block() {
    let site = fixture("series-zh");
    let out = inkstone(&["series", "list"], &site);
    assert_eq!(text(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "\
寫作工具 (zh-tw)
  1. content/posts/first.md  第一站：打開資料夾
  2. content/posts/second.md  第二站：寫下草稿
  3. draft content/posts/third.md  第三站：發布
  content/posts/second.md:10:1: warning[series-block-stale]: the series block of “寫作工具” is out of date: it says part 3, but this is part 2; it links /posts/first/ as 〈第一站：打開〉, but that part is now titled 〈第一站：打開資料夾〉; it links /posts/gone/, which is no longer a part of the series (moved or removed)
"
    );
}

#[test]
fn list_text_orders_by_the_configured_field_and_reports_duplicate_numbers() {
    let site = fixture("series-en");
    let out = inkstone(
        &["series", "list", site.to_str().expect("utf-8 path")],
        &site,
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "\
Rust notes (en)
  1. content/posts/setup.md  Setting up
  2. content/posts/ownership.md  Ownership
  3. content/posts/borrowing.md  Borrowing
  content/posts/ownership.md:5:1: warning[series-duplicate-part]: part number 3 of series “Rust notes” is also given to content/posts/borrowing.md
  content/posts/ownership.md:10:1: warning[series-block-stale]: the series block of “Rust notes” is out of date: it does not link 〈Borrowing〉 (/posts/borrowing/)
  content/posts/borrowing.md:5:1: warning[series-duplicate-part]: part number 3 of series “Rust notes” is also given to content/posts/ownership.md
"
    );
}

#[test]
fn list_json_gives_each_series_with_posts_gaps_duplicates_dates_and_problems() {
    let site = fixture("series-en");
    let out = inkstone(&["series", "list", "--format", "json"], &site);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let series = &json[0];
    assert_eq!(series["name"], "Rust notes");
    assert_eq!(
        series["ordered_by"],
        serde_json::json!({"by": "field", "field": "part"})
    );
    assert_eq!(
        series["posts"][1],
        serde_json::json!({
            "path": "content/posts/ownership.md", "title": "Ownership", "part": 2,
            "order": 3, "draft": false, "date": "2026-03-01",
            "url": "/posts/ownership/", "lang": "en"
        })
    );
    assert_eq!(series["gaps"], serde_json::json!([2]));
    assert_eq!(series["duplicates"], serde_json::json!([3]));
    assert_eq!(series["first_date"], "2026-03-01");
    assert_eq!(series["last_date"], "2026-03-10");
    let codes: Vec<&str> = series["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter_map(|p| p["code"].as_str())
        .collect();
    assert_eq!(
        codes,
        [
            "series-duplicate-part",
            "series-block-stale",
            "series-duplicate-part"
        ]
    );
}

#[test]
fn sync_dry_run_prints_the_diff_and_writes_nothing() {
    let site = copy_of(&fixture("series-zh"));
    let before =
        std::fs::read_to_string(site.path().join("content/posts/second.md")).expect("read");
    let out = inkstone(&["series", "sync", "寫作工具", "--dry-run"], site.path());
    assert_eq!(text(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "\
--- a/content/posts/first.md
+++ b/content/posts/first.md
@@ -6,5 +6,9 @@
 ---
 
+[//]: # (inkstone:series)
+
 > 本文為系列文第一篇，另見[〈第二站：寫下草稿〉](/posts/second/)。
 
+[//]: # (/inkstone:series)
+
 打開資料夾就能開始寫。
--- a/content/posts/second.md
+++ b/content/posts/second.md
@@ -8,5 +8,5 @@
 [//]: # (inkstone:series)
 
-> 本文為系列文第三篇，另見[〈第一站：打開〉](/posts/first/)及[〈舊的一篇〉](/posts/gone/)。
+> 本文為系列文第二篇，另見[〈第一站：打開資料夾〉](/posts/first/)。
 
 [//]: # (/inkstone:series)
--- a/content/posts/third.md
+++ b/content/posts/third.md
@@ -6,3 +6,9 @@
 ---
 
+[//]: # (inkstone:series)
+
+> 本文為系列文第三篇，另見[〈第一站：打開資料夾〉](/posts/first/)及[〈第二站：寫下草稿〉](/posts/second/)。
+
+[//]: # (/inkstone:series)
+
 還沒寫完。
"
    );
    let after = std::fs::read_to_string(site.path().join("content/posts/second.md")).expect("read");
    assert_eq!(after, before);
}

#[test]
fn sync_renumbers_the_order_field_and_rewrites_only_the_block() {
    let site = copy_of(&fixture("series-en"));
    let out = inkstone(&["series", "sync", "Rust notes"], site.path());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "updated content/posts/setup.md\nupdated content/posts/ownership.md\nupdated content/posts/borrowing.md\n"
    );
    let ownership =
        std::fs::read_to_string(site.path().join("content/posts/ownership.md")).expect("read");
    assert_eq!(
        ownership,
        "\
+++
title = \"Ownership\"
date = 2026-03-01
series = [\"Rust notes\"]
part = 2
+++

[//]: # (inkstone:series)

> This post is part 2 of the series “Rust notes”; see also [Setting up](/posts/setup/) and [Borrowing](/posts/borrowing/).

[//]: # (/inkstone:series)

Who frees the memory.
"
    );
    let check = inkstone(&["check"], site.path());
    assert_eq!(text(&check.stdout), "");
    assert_eq!(
        text(&check.stderr),
        "checked 3 files: 0 errors, 0 warnings\n"
    );
}

#[test]
fn sync_converts_the_demo_sites_hand_written_blocks_and_then_has_nothing_to_do() {
    let demo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../demo-site");
    let site = copy_of(&demo);
    let name = "靜態網站寫作實務";
    let path = "content/posts/20250908-git-as-writing-history.md";
    let before = std::fs::read_to_string(site.path().join(path)).expect("read");
    let out = inkstone(&["series", "sync", name], site.path());
    assert_eq!(out.status.code(), Some(0));
    let after = std::fs::read_to_string(site.path().join(path)).expect("read");
    let quote = "> 本文為系列文第二篇，另見[〈寫作者為什麼又回到靜態網站〉](/posts/20250901-why-writers-return-to-static-sites/)及[〈系列文怎麼設計，讀者才不會迷路〉](/posts/20250915-designing-a-series/)。\n";
    let marked = format!("[//]: # (inkstone:series)\n\n{quote}\n[//]: # (/inkstone:series)\n");
    assert_eq!(after, before.replacen(quote, &marked, 1));
    let again = inkstone(&["series", "sync", name], site.path());
    assert_eq!(
        text(&again.stdout),
        format!("series “{name}” is up to date\n")
    );
}

#[test]
fn sync_of_an_unknown_series_says_how_to_find_the_names() {
    let site = fixture("series-en");
    let out = inkstone(&["series", "sync", "Go notes", "--dry-run"], &site);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        "inkstone: no series is named `Go notes`: run `inkstone series list` to see the names in use\n"
    );
}
