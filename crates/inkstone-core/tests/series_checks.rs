//! Series warnings over the series-checks fixture: a published part linking a draft.

use inkstone_core::series::check_site;
use inkstone_core::site::Site;
use std::path::PathBuf;

#[test]
fn a_published_part_linking_a_draft_part_is_warned_and_the_draft_is_not() {
    let root =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/sites/series-checks");
    let site = Site::open(&root).expect("fixture opens");
    let lines: Vec<String> = check_site(&site).iter().map(|d| d.to_text_line()).collect();
    assert_eq!(
        lines,
        [
            "content/posts/one.md:9:1: warning[series-links-draft]: this published post links part 2 〈Two〉 of “Draft links”, which is a draft: the link will not work on the site",
            "content/posts/one.md:9:1: warning[series-block-stale]: the series block of “Draft links” is out of date: its wording differs from the series template",
        ]
    );
}
