//! Specs for splitting a content file and parsing its front matter.

use inkstone_core::front_matter::{parse, read, split, Format, FrontMatterError, LineEnding};
use serde_json::json;

fn fields_of(text: &str) -> serde_json::Value {
    let (_, fm) = read(text).expect("front matter should parse");
    serde_json::to_value(&fm.fields).expect("fields serialize")
}

fn error_of(text: &str) -> (String, u32, u32, &'static str) {
    let err = read(text).expect_err("front matter should be refused");
    (err.to_string(), err.line(), err.column(), err.code())
}

#[test]
fn yaml_block_is_split_from_the_body_with_file_lines() {
    let text = "---\ntitle: A\n---\nBody\n";
    let split = split(text).expect("splits");
    assert_eq!(split.format, Some(Format::Yaml));
    assert_eq!(&text[split.block.clone()], "title: A\n");
    assert_eq!(split.block_first_line, 2);
    assert_eq!(&text[split.body.clone()], "Body\n");
    assert_eq!(split.body_first_line, 4);
    assert_eq!(split.line_ending, LineEnding::Lf);
    assert!(!split.bom);
}

#[test]
fn reference_shaped_post_keeps_dates_as_written_and_order() {
    let text = include_str!("fixtures/front_matter/reference-shaped.md");
    let (split, fm) = read(text).expect("parses");
    assert_eq!(split.body_first_line, 14);
    let keys: Vec<&str> = fm.fields.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "title",
            "date",
            "description",
            "tags",
            "categories",
            "image",
            "source_url",
            "source_name",
            "related_places",
            "related_people",
            "draft"
        ]
    );
    assert_eq!(fm.fields["date"], json!("2026-03-14T08:30:00+08:00"));
    assert_eq!(
        fm.fields["tags"],
        json!(["慢旅行", "台灣小鎮", "Travel Notes", "攝影"])
    );
    assert_eq!(fm.fields["draft"], json!(false));
    assert_eq!(fm.key_lines["title"], 2);
    assert_eq!(fm.key_lines["draft"], 12);
}

#[test]
fn bare_dates_and_numbers_keep_their_yaml_meaning() {
    assert_eq!(
        fields_of("---\ndate: 2005-05-18\nweight: 3\nratio: 1.5\nlast: 2026-02-06 09:00:00\n---\n"),
        json!({"date": "2005-05-18", "weight": 3, "ratio": 1.5, "last": "2026-02-06 09:00:00"})
    );
}

#[test]
fn bom_and_crlf_are_recognised() {
    let text = "\u{FEFF}---\r\ntitle: A\r\n---\r\nBody\r\n";
    let split = split(text).expect("splits");
    assert!(split.bom);
    assert_eq!(split.line_ending, LineEnding::CrLf);
    assert_eq!(&text[split.block.clone()], "title: A\r\n");
    assert_eq!(&text[split.body.clone()], "Body\r\n");
    assert_eq!(fields_of(text), json!({"title": "A"}));
}

#[test]
fn empty_front_matter_has_no_fields() {
    let text = "---\n---\nBody";
    let split = split(text).expect("splits");
    assert_eq!(split.block, 4..4);
    assert_eq!(split.body_first_line, 3);
    assert_eq!(fields_of(text), json!({}));
    assert_eq!(fields_of("---\n# just a comment\n---\n"), json!({}));
}

#[test]
fn file_without_front_matter_is_all_body() {
    for text in [
        "# Heading\n\nText",
        "",
        "----\nnot a fence\n",
        "--- title\n",
    ] {
        let split = split(text).expect("splits");
        assert_eq!(split.format, None, "{text:?}");
        assert_eq!(split.body, 0..text.len());
        assert_eq!(split.body_first_line, 1);
    }
    let (_, fm) = read("Just text").expect("reads");
    assert!(fm.fields.is_empty());
}

#[test]
fn blank_lines_before_the_fence_are_allowed_like_hugo() {
    let text = "\n\n---\ntitle: A\n---\n";
    let (split, fm) = read(text).expect("reads");
    assert_eq!(split.block_first_line, 4);
    assert_eq!(fm.key_lines["title"], 4);
}

#[test]
fn unterminated_front_matter_points_at_the_opening_line() {
    assert_eq!(
        error_of("---\ntitle: A\nBody\n"),
        (
            "the front matter that opens with `---` on line 1 is never closed".to_string(),
            1,
            1,
            "front-matter-unterminated"
        )
    );
    let err = read("+++\ntitle = 'A'\n").expect_err("unterminated");
    assert_eq!(err.hint(), "add a line `+++` after the last field");
}

#[test]
fn yaml_syntax_error_has_file_line_and_column() {
    assert_eq!(
        error_of("---\ntitle: ok\ndescription: a: b\n---\n"),
        (
            "YAML front matter does not parse: mapping values are not allowed in this context"
                .to_string(),
            3,
            15,
            "yaml-syntax"
        )
    );
}

#[test]
fn a_block_that_is_not_a_map_is_refused() {
    assert_eq!(
        error_of("---\n- a\n- b\n---\n"),
        (
            "the front matter is a list, not a list of `key: value` fields".to_string(),
            2,
            1,
            "front-matter-not-a-map"
        )
    );
}

#[test]
fn duplicate_yaml_keys_are_refused_with_both_lines() {
    let err = read("---\ntitle: A\ndraft: true\ntitle: B\n---\n").expect_err("duplicate");
    assert_eq!(
        err.to_string(),
        "the field `title` appears twice (first on line 2)"
    );
    assert_eq!((err.line(), err.code()), (4, "front-matter-duplicate-key"));
    assert_eq!(err.hint(), "keep one `title` field and delete the other");
}

#[test]
fn toml_front_matter_keeps_file_order_and_writes_datetimes_as_rfc3339() {
    let text = "+++\ntitle = \"T\"\ndate = 2026-02-06T09:00:00+08:00\nday = 2005-05-18\ndraft = true\n\n[params]\nmood = \"calm\"\n+++\nBody\n";
    let (split, fm) = read(text).expect("parses");
    assert_eq!(split.format, Some(Format::Toml));
    assert_eq!(
        serde_json::to_string(&fm.fields).expect("json"),
        r#"{"title":"T","date":"2026-02-06T09:00:00+08:00","day":"2005-05-18","draft":true,"params":{"mood":"calm"}}"#
    );
    assert_eq!(fm.key_lines["params"], 7);
    assert_eq!(split.body_first_line, 10);
}

#[test]
fn toml_syntax_error_has_file_line() {
    let (message, line, column, code) = error_of("+++\ntitle = \"A\"\ndraft = \n+++\n");
    assert_eq!((line, column, code), (3, 9, "toml-syntax"));
    assert!(
        message.starts_with("TOML front matter does not parse: "),
        "{message}"
    );
}

#[test]
fn json_front_matter_is_the_whole_object() {
    let text = "{\n  \"title\": \"J\",\n  \"tags\": [\"a\"]\n}\nBody {not json}\n";
    let (split, fm) = read(text).expect("parses");
    assert_eq!(split.format, Some(Format::Json));
    assert_eq!(
        &text[split.block.clone()],
        "{\n  \"title\": \"J\",\n  \"tags\": [\"a\"]\n}"
    );
    assert_eq!(&text[split.body.clone()], "Body {not json}\n");
    assert_eq!(split.body_first_line, 5);
    assert_eq!(fm.key_lines["tags"], 3);
}

#[test]
fn json_syntax_error_has_file_line_and_column() {
    let (message, line, column, code) = error_of("{\n  \"title\": \"J\"\n  \"draft\": true\n}\n");
    assert_eq!(
        message,
        "JSON front matter does not parse: expected `,` or `}`"
    );
    assert_eq!((line, column, code), (3, 3, "json-syntax"));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for open in ["[", "{\"a\": "] {
        let text = format!("---\nx: {}1\n---\n", open.repeat(5000));
        assert_eq!(error_of(&text).3, "front-matter-too-deep");
    }
    let text = format!("+++\nx = {}1{}\n+++\n", "[".repeat(5000), "]".repeat(5000));
    assert_eq!(error_of(&text).3, "toml-syntax");
}

#[test]
fn yaml_alias_bomb_is_refused() {
    let mut text = String::from("---\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    let names = [
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
        "s", "t",
    ];
    for pair in names.windows(2) {
        let (prev, name) = (pair[0], pair[1]);
        let refs = vec![format!("*{prev}"); 6].join(", ");
        text.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    text.push_str("---\n");
    assert_eq!(error_of(&text).3, "yaml-too-many-aliases");
}

#[test]
fn a_huge_block_is_refused() {
    let text = format!("---\ndescription: \"{}\"\n---\n", "字".repeat(400_000));
    assert_eq!(error_of(&text).3, "front-matter-too-large");
}

#[test]
fn a_huge_body_is_fine() {
    let text = format!("---\ntitle: A\n---\n{}", "一行文字。\n".repeat(700_000));
    assert_eq!(fields_of(&text), json!({"title": "A"}));
}

#[test]
fn parse_of_no_front_matter_split_is_empty() {
    let text = "plain";
    let split = split(text).expect("splits");
    let fm = parse(text, &split).expect("parses");
    assert_eq!(fm.format, None);
    assert!(fm.key_lines.is_empty());
}

#[test]
fn errors_say_how_to_fix_them() {
    let err: FrontMatterError = read("---\n- a\n---\n").expect_err("not a map");
    assert_eq!(err.hint(), "write one `key: value` field per line");
}

#[test]
fn common_yaml_mistakes_are_worded_for_the_writer() {
    assert_eq!(
        error_of("---\ntags:\n\t- a\n---\n"),
        (
            "YAML front matter does not parse: a tab is used for indentation; YAML indents with spaces only"
                .to_string(),
            3,
            1,
            "yaml-syntax"
        )
    );
    assert_eq!(
        error_of("---\ntitle: !custom x\n---\n").0,
        "YAML front matter does not parse: a YAML tag such as `!name` is not supported in front matter"
    );
}
