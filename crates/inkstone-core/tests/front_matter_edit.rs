//! Specs for lossless front matter edits: only the edited field's lines change.

use inkstone_core::front_matter::{read, set_field, unset_field, EditError};
use serde_json::{json, Value};

/// Sets `key` and checks both the exact text and that the result re-parses to the
/// old fields with the one change.
fn assert_set(before: &str, key: &str, value: Value, after: &str) {
    let edited = set_field(before, key, &value).expect("edit succeeds");
    assert_eq!(edited, after);
    let mut expected = read(before).expect("before parses").1.fields;
    expected.insert(key.to_string(), value);
    assert_eq!(read(&edited).expect("after parses").1.fields, expected);
}

fn assert_unset(before: &str, key: &str, after: &str) {
    let edited = unset_field(before, key).expect("edit succeeds");
    assert_eq!(edited, after);
    let mut expected = read(before).expect("before parses").1.fields;
    expected.shift_remove(key);
    assert_eq!(read(&edited).expect("after parses").1.fields, expected);
}

const REFERENCE: &str = include_str!("fixtures/front_matter/reference-shaped.md");

#[test]
fn edit_title_keeps_other_lines_byte_identical() {
    let after = REFERENCE.replacen("山間小鎮的三個早晨：慢旅行筆記", "小鎮早晨", 1);
    assert_set(REFERENCE, "title", json!("小鎮早晨"), &after);
}

#[test]
fn edit_tags_keeps_flow_list_with_double_quotes() {
    let after = REFERENCE.replacen(
        "tags: [\"慢旅行\", \"台灣小鎮\", \"Travel Notes\", \"攝影\"]",
        "tags: [\"慢旅行\", \"AI\", \"yes\"]",
        1,
    );
    assert_set(REFERENCE, "tags", json!(["慢旅行", "AI", "yes"]), &after);
}

#[test]
fn new_field_goes_last_in_the_files_style() {
    let after = REFERENCE.replacen(
        "draft: false\n---",
        "draft: false\nseries: [\"小鎮三部曲\"]\nsubtitle: \"早晨\"\n---",
        1,
    );
    let once = set_field(REFERENCE, "series", &json!(["小鎮三部曲"])).expect("set series");
    assert_set(&once, "subtitle", json!("早晨"), &after);
}

#[test]
fn toggling_draft_changes_one_line() {
    let after = REFERENCE.replacen("draft: false", "draft: true", 1);
    assert_set(REFERENCE, "draft", json!(true), &after);
}

#[test]
fn block_list_stays_a_block_list_with_its_indentation() {
    assert_set(
        "---\ntitle: A\ntags:\n    - one\n    - two\ndraft: true\n---\nBody\n",
        "tags",
        json!(["one", "three: four"]),
        "---\ntitle: A\ntags:\n    - one\n    - \"three: four\"\ndraft: true\n---\nBody\n",
    );
}

#[test]
fn new_list_follows_the_files_block_lists() {
    assert_set(
        "---\ntags:\n- a\n---\n",
        "categories",
        json!(["x", "z"]),
        "---\ntags:\n- a\ncategories:\n- x\n- z\n---\n",
    );
}

#[test]
fn plain_file_gets_plain_values_and_quotes_only_what_yaml_would_misread() {
    let before = "---\ntitle: Plain words\n---\n";
    let cases = [
        ("a", json!("no"), "a: \"no\""),
        ("b", json!("null"), "b: \"null\""),
        ("c", json!("a: b"), "c: \"a: b\""),
        ("d", json!("#hash"), "d: \"#hash\""),
        ("e", json!("*star"), "e: \"*star\""),
        ("f", json!("12"), "f: \"12\""),
        ("g", json!("標題"), "g: 標題"),
        (
            "h",
            json!("2026-02-06T09:00:00+08:00"),
            "h: 2026-02-06T09:00:00+08:00",
        ),
        ("i", json!("two\nlines"), "i: \"two\\nlines\""),
        ("j", json!(12), "j: 12"),
        ("k", json!(null), "k: null"),
        ("l", json!([]), "l: []"),
        ("m", json!(["a, b", "c"]), "m: [\"a, b\", c]"),
    ];
    for (key, value, line) in cases {
        let after = format!("---\ntitle: Plain words\n{line}\n---\n");
        assert_set(before, key, value, &after);
    }
}

#[test]
fn single_quoted_value_stays_single_quoted() {
    assert_set(
        "---\ntitle: 'Old'\n---\n",
        "title",
        json!("It's new"),
        "---\ntitle: 'It''s new'\n---\n",
    );
}

#[test]
fn comments_blank_lines_and_trailing_comments_survive() {
    assert_set(
        "---\n# Metadata\ntitle: Old # shown in lists\n\n# visibility\ndraft: true\n---\n",
        "title",
        json!("New"),
        "---\n# Metadata\ntitle: New # shown in lists\n\n# visibility\ndraft: true\n---\n",
    );
}

#[test]
fn crlf_and_bom_are_kept() {
    assert_set(
        "\u{FEFF}---\r\ntitle: Old\r\ntags:\r\n  - a\r\n---\r\nBody\r\n",
        "tags",
        json!(["b", "c"]),
        "\u{FEFF}---\r\ntitle: Old\r\ntags:\r\n  - b\r\n  - c\r\n---\r\nBody\r\n",
    );
    assert_set(
        "---\r\ntitle: Old\r\n---\r\n",
        "draft",
        json!(false),
        "---\r\ntitle: Old\r\ndraft: false\r\n---\r\n",
    );
}

#[test]
fn nested_maps_and_block_scalars_are_replaced_whole() {
    assert_set(
        "---\nparams:\n  a: 1\n  b:\n    - x\nsummary: |\n  line one\n\n  line two\ndraft: true\n---\n",
        "summary",
        json!("short"),
        "---\nparams:\n  a: 1\n  b:\n    - x\nsummary: |-\n  short\ndraft: true\n---\n",
    );
    assert_set(
        "---\nparams:\n  a: 1\n  b:\n    - x\ndraft: true\n---\n",
        "params",
        json!({"a": 2, "mood": "calm"}),
        "---\nparams:\n  a: 2\n  mood: calm\ndraft: true\n---\n",
    );
}

#[test]
fn file_without_front_matter_gets_a_yaml_block() {
    assert_set(
        "Body text\n",
        "title",
        json!("標題"),
        "---\ntitle: 標題\n---\nBody text\n",
    );
    assert_set(
        "\u{FEFF}Body\r\nmore\r\n",
        "tags",
        json!(["AI"]),
        "\u{FEFF}---\r\ntags: [AI]\r\n---\r\nBody\r\nmore\r\n",
    );
}

#[test]
fn empty_front_matter_gets_its_first_field() {
    assert_set(
        "---\n---\nBody\n",
        "title",
        json!("A"),
        "---\ntitle: A\n---\nBody\n",
    );
}

#[test]
fn unset_removes_the_field_and_its_continuation_lines_only() {
    assert_unset(
        "---\ntitle: A\n# tags below\ntags:\n  - a\n  - b\n\ndraft: true\n---\n",
        "tags",
        "---\ntitle: A\n# tags below\n\ndraft: true\n---\n",
    );
    let unchanged = "---\ntitle: A\n---\n";
    assert_eq!(unset_field(unchanged, "missing").expect("no-op"), unchanged);
}

#[test]
fn unparsable_front_matter_is_not_edited() {
    let err = set_field("---\ntitle: a: b\n---\n", "draft", &json!(true)).expect_err("refused");
    assert!(matches!(err, EditError::Unparsable(_)));
    assert_eq!(err.code(), "yaml-syntax");
    assert_eq!(err.line(), 2);
}

#[test]
fn toml_field_is_replaced_in_place_and_new_fields_go_before_tables() {
    let before = "+++\ntitle = \"Old\" # shown\ndate = 2026-02-06T09:00:00+08:00\n\n[params]\nmood = \"calm\"\n+++\nBody\n";
    assert_set(
        before,
        "title",
        json!("新標題"),
        "+++\ntitle = \"新標題\" # shown\ndate = 2026-02-06T09:00:00+08:00\n\n[params]\nmood = \"calm\"\n+++\nBody\n",
    );
    assert_set(
        before,
        "date",
        json!("2026-03-01T10:00:00+08:00"),
        "+++\ntitle = \"Old\" # shown\ndate = 2026-03-01T10:00:00+08:00\n\n[params]\nmood = \"calm\"\n+++\nBody\n",
    );
    assert_set(
        before,
        "tags",
        json!(["AI", "Rust"]),
        "+++\ntitle = \"Old\" # shown\ndate = 2026-02-06T09:00:00+08:00\ntags = [\"AI\", \"Rust\"]\n\n[params]\nmood = \"calm\"\n+++\nBody\n",
    );
    assert_unset(
        before,
        "params",
        "+++\ntitle = \"Old\" # shown\ndate = 2026-02-06T09:00:00+08:00\n\n+++\nBody\n",
    );
}

#[test]
fn toml_has_no_null() {
    let err = set_field("+++\ntitle = \"A\"\n+++\n", "title", &Value::Null).expect_err("refused");
    assert_eq!(err.code(), "front-matter-edit-unsupported");
}

#[test]
fn json_member_is_replaced_added_and_removed_in_place() {
    let before = "{\n  \"title\": \"Old\",\n  \"draft\": true\n}\nBody\n";
    assert_set(
        before,
        "title",
        json!("New"),
        "{\n  \"title\": \"New\",\n  \"draft\": true\n}\nBody\n",
    );
    assert_set(
        before,
        "tags",
        json!(["a"]),
        "{\n  \"title\": \"Old\",\n  \"draft\": true,\n  \"tags\": [\"a\"]\n}\nBody\n",
    );
    assert_unset(before, "title", "{\n  \"draft\": true\n}\nBody\n");
    assert_unset(before, "draft", "{\n  \"title\": \"Old\"\n}\nBody\n");
}

#[test]
fn keys_yaml_would_misread_are_quoted() {
    assert_set(
        "---\ntitle: A\n---\n",
        "odd: key",
        json!(1),
        "---\ntitle: A\n\"odd: key\": 1\n---\n",
    );
    assert_set(
        "---\n\"odd: key\": 1\n---\n",
        "odd: key",
        json!(2),
        "---\n\"odd: key\": 2\n---\n",
    );
}

#[test]
fn empty_or_multi_line_keys_are_refused() {
    for key in ["", "a\nb"] {
        let err = set_field("---\ntitle: A\n---\n", key, &json!(1)).expect_err("refused");
        assert_eq!(err.code(), "front-matter-invalid-key");
    }
}

#[test]
fn toml_dotted_keys_are_removed_together() {
    assert_unset(
        "+++\ntitle = \"A\"\nparams.mood = \"calm\"\nparams.weather = \"rain\"\n+++\n",
        "params",
        "+++\ntitle = \"A\"\n+++\n",
    );
}

#[test]
fn json_empty_object_gets_its_first_member() {
    assert_set(
        "{}\nBody\n",
        "title",
        json!("A"),
        "{\n  \"title\": \"A\"\n}\nBody\n",
    );
}

#[test]
fn multi_line_text_in_a_block_scalar_stays_a_block_scalar() {
    assert_set(
        "---\nsummary: |\n    first\n    second\ndraft: true\n---\n",
        "summary",
        json!("一行\n\n另一行\n"),
        "---\nsummary: |\n    一行\n\n    另一行\ndraft: true\n---\n",
    );
    assert_set(
        "---\nsummary: >-\n  old\ndraft: true\n---\n",
        "summary",
        json!("no trailing newline\nsecond"),
        "---\nsummary: |-\n  no trailing newline\n  second\ndraft: true\n---\n",
    );
    assert_set(
        "---\nsummary: >\n  old\ndraft: true\n---\n",
        "summary",
        json!("one folded line\n"),
        "---\nsummary: >\n  one folded line\ndraft: true\n---\n",
    );
}
