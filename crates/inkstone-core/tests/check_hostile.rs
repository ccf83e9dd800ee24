//! Hostile input never panics the checks: any text, as a buffer, a date or a body.

use inkstone_core::check::date::parse_hugo_date;
use inkstone_core::check::links::body_links;
use inkstone_core::check::{check_file, targets::normalize_url};
use inkstone_core::site::Site;
use proptest::prelude::*;
use std::path::PathBuf;

fn clean_site() -> Site {
    let root =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/sites/check-clean");
    Site::open(&root).expect("the fixture site opens")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, rng_seed: proptest::test_runner::RngSeed::Fixed(7), ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_checked_without_panicking(text in "(?s)(---\n|\\{\\{< ref |\\[|\\]\\(|/|中|%E4|\n|[ -~]){0,80}") {
        let site = clean_site();
        let _ = check_file(&site, "content/posts/any.md", &text);
        let _ = body_links(&text, 1);
        let _ = parse_hugo_date(&text);
        let _ = normalize_url(&text);
    }
}

#[test]
fn a_huge_body_full_of_links_is_checked() {
    let site = clean_site();
    let body = "[x](/posts/nope/) ".repeat(200_000);
    let text = format!("---\ntitle: big\n---\n{body}\n");
    let found = check_file(&site, "content/posts/big.md", &text);
    assert_eq!(found.len(), 200_000);
}

#[test]
fn links_to_other_languages_with_cjk_paths_do_not_panic() {
    let site = clean_site();
    let text =
        "---\ntitle: t\n---\n[a](//中/文/) [b](https://example.org//中文/) [c](/%E4%B8%AD/)\n";
    let _ = check_file(&site, "content/posts/x.md", text);
}
