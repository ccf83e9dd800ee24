//! Specs for the new post's text.

use super::*;
use serde_json::json;

fn fields<'a>(defaults: &'a IndexMap<String, Value>, series: Option<&'a str>) -> PostFields<'a> {
    PostFields {
        title: "寫作工具",
        date: "2026-02-06T09:00:00+08:00",
        series,
        defaults,
    }
}

fn defaults() -> IndexMap<String, Value> {
    let mut defaults = IndexMap::new();
    defaults.insert("categories".to_string(), json!(["AI"]));
    defaults.insert("author".to_string(), json!("Lin"));
    defaults
}

#[test]
fn without_an_archetype_the_reference_field_order_is_used() {
    let none = IndexMap::new();
    assert_eq!(
        fresh(&fields(&none, Some("工具"))).expect("text"),
        "---\ntitle: \"寫作工具\"\ndate: 2026-02-06T09:00:00+08:00\ndescription: \"\"\ntags: []\ncategories: []\nseries: [\"工具\"]\ndraft: true\n---\n"
    );
}

#[test]
fn defaults_take_their_place_in_the_fresh_order() {
    assert_eq!(
        fresh(&fields(&defaults(), None)).expect("text"),
        "---\ntitle: \"寫作工具\"\ndate: 2026-02-06T09:00:00+08:00\ndescription: \"\"\ntags: []\ncategories: [\"AI\"]\nauthor: \"Lin\"\ndraft: true\n---\n"
    );
}

#[test]
fn a_yaml_archetype_keeps_its_lines_and_gets_the_post_fields() {
    let archetype = "---\ntitle: \"20260206 Xie\"\ndate: 2026-02-06T09:00:00+08:00\ndescription: \"\"\ncategories: []\nimage: \"\"\ndraft: false\n---\n\nBody\n";
    assert_eq!(
        from_archetype(archetype, &fields(&defaults(), Some("工具"))).expect("text"),
        "---\ntitle: \"寫作工具\"\ndate: 2026-02-06T09:00:00+08:00\ndescription: \"\"\ncategories: [\"AI\"]\nimage: \"\"\ndraft: true\nseries: [\"工具\"]\nauthor: \"Lin\"\n---\n\nBody\n"
    );
}

#[test]
fn a_toml_archetype_stays_toml() {
    let archetype =
        "+++\ntitle = '20260206 Xie'\ndate = 2026-02-06T09:00:00+08:00\ndraft = true\n+++\n";
    let none = IndexMap::new();
    assert_eq!(
        from_archetype(archetype, &fields(&none, None)).expect("text"),
        "+++\ntitle = \"寫作工具\"\ndate = 2026-02-06T09:00:00+08:00\ndraft = true\n+++\n"
    );
}

#[test]
fn a_value_the_archetype_already_fills_is_not_replaced_by_a_default() {
    let archetype = "---\ntitle: x\ncategories: [\"Notes\"]\n---\n";
    let text = from_archetype(archetype, &fields(&defaults(), None)).expect("text");
    assert!(text.contains("categories: [\"Notes\"]\n"), "{text}");
}

#[test]
fn a_broken_archetype_front_matter_is_an_error_not_a_panic() {
    let none = IndexMap::new();
    let error =
        from_archetype("---\ntitle: [unclosed\n---\n", &fields(&none, None)).expect_err("refused");
    assert!(matches!(error, ContentError::Parse(_)));
}
