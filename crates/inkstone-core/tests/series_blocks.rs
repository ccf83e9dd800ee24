//! Series model, block text and sync edits over fixture sites and small texts.

use inkstone_core::series::{
    build_series, find, quote_for, sync, synced_text, BlockPosition, OrderedBy, Series, SeriesPost,
    SeriesSettings,
};
use inkstone_core::site::Site;
use std::path::PathBuf;

fn fixture(name: &str) -> Site {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/sites")
        .join(name);
    Site::open(&root).expect("fixture site opens")
}

fn part(n: usize, title: &str, lang: &str, draft: bool) -> SeriesPost {
    SeriesPost {
        path: format!("content/posts/p{n}.md"),
        title: title.to_string(),
        part: n,
        order: None,
        draft,
        date: None,
        url: format!("/posts/p{n}/"),
        lang: lang.to_string(),
    }
}

fn series_of(posts: Vec<SeriesPost>) -> Series {
    Series {
        name: "長文".into(),
        lang: posts[0].lang.clone(),
        ordered_by: OrderedBy::Date,
        posts,
        gaps: vec![],
        duplicates: vec![],
        first_date: None,
        last_date: None,
    }
}

#[test]
fn scalar_series_is_ordered_by_date_with_drafts_and_first_and_last_dates() {
    let site = fixture("series-zh");
    let all = build_series(&site, &SeriesSettings::default());
    assert_eq!(all.len(), 1);
    let series = &all[0];
    assert_eq!(series.ordered_by, OrderedBy::Date);
    let parts: Vec<(usize, &str, bool)> = series
        .posts
        .iter()
        .map(|p| (p.part, p.path.as_str(), p.draft))
        .collect();
    assert_eq!(
        parts,
        [
            (1, "content/posts/first.md", false),
            (2, "content/posts/second.md", false),
            (3, "content/posts/third.md", true)
        ]
    );
    assert_eq!(
        series.first_date.as_deref(),
        Some("2026-01-01T09:00:00+08:00")
    );
    assert_eq!(
        series.last_date.as_deref(),
        Some("2026-01-15T09:00:00+08:00")
    );
}

#[test]
fn chinese_block_joins_links_with_enumeration_comma_and_the_last_with_ji() {
    let series = series_of(vec![
        part(1, "甲", "zh-tw", false),
        part(2, "乙", "zh-tw", false),
        part(3, "丙", "zh-tw", false),
        part(4, "丁", "zh-tw", false),
    ]);
    assert_eq!(
        quote_for(&SeriesSettings::default(), &series, &series.posts[2]),
        "> 本文為系列文第三篇，另見[〈甲〉](/posts/p1/)、[〈乙〉](/posts/p2/)及[〈丁〉](/posts/p4/)。"
    );
}

#[test]
fn published_post_block_leaves_out_draft_parts_but_a_draft_links_them_all() {
    let series = series_of(vec![
        part(1, "One", "en", false),
        part(2, "Two", "en", true),
    ]);
    let settings = SeriesSettings::default();
    assert_eq!(
        quote_for(&settings, &series, &series.posts[0]),
        "> This post is part 1 of the series “長文”."
    );
    assert_eq!(
        quote_for(&settings, &series, &series.posts[1]),
        "> This post is part 2 of the series “長文”; see also [One](/posts/p1/)."
    );
}

#[test]
fn english_hand_written_leading_blockquote_is_recognised_but_other_quotes_are_not() {
    let settings = SeriesSettings::default();
    let body = "\n> This post is part 2 of a series;\n> see [One](/posts/p1/).\n\nText.\n";
    let found = find(&settings, body).expect("recognised");
    assert!(!found.marked);
    assert_eq!(
        found.quote,
        "> This post is part 2 of a series;\n> see [One](/posts/p1/)."
    );
    assert_eq!(
        &body[found.range.clone()],
        "> This post is part 2 of a series;\n> see [One](/posts/p1/).\n"
    );
    assert_eq!(find(&settings, "\n> A quotation.\n\nText.\n"), None);
}

#[test]
fn sync_keeps_crlf_line_endings_and_can_put_the_block_at_the_end() {
    let series = series_of(vec![
        part(1, "One", "en", false),
        part(2, "Two", "en", false),
    ]);
    let settings = SeriesSettings {
        position: BlockPosition::EndOfBody,
        ..SeriesSettings::default()
    };
    let text = "---\r\ntitle: Two\r\n---\r\n\r\nBody.\r\n";
    let after = synced_text(&settings, &series, &series.posts[1], text).expect("synced");
    assert_eq!(
        after,
        "---\r\ntitle: Two\r\n---\r\n\r\nBody.\r\n\r\n[//]: # (inkstone:series)\r\n\r\n> This post is part 2 of the series “長文”; see also [One](/posts/p1/).\r\n\r\n[//]: # (/inkstone:series)\r\n"
    );
}

#[test]
fn sync_twice_changes_nothing_the_second_time() {
    let site = fixture("series-zh");
    let settings = SeriesSettings::default();
    let changes = sync(&site, &settings, "寫作工具").expect("sync");
    let all = build_series(&site, &settings);
    for change in &changes {
        let part = all[0].part_of(&change.path).expect("a part");
        let again = synced_text(&settings, &all[0], part, &change.after).expect("synced");
        assert_eq!(again, change.after, "{}", change.path);
    }
}

#[test]
fn sync_leaves_a_body_alone_whose_opening_quote_carries_the_series_sentence_after_other_text() {
    let series = series_of(vec![
        part(1, "甲", "zh-tw", false),
        part(2, "乙", "zh-tw", false),
    ]);
    let text = "---\ntitle: 乙\n---\n\n> 本文整理自一場演講。本文為系列文第二篇，另見[〈甲〉](/posts/p1/)。\n\n正文。\n";
    let after =
        synced_text(&SeriesSettings::default(), &series, &series.posts[1], text).expect("synced");
    assert_eq!(after, text);
}
