//! Field validation, as a spec: one value in, the exact diagnostics out.

use inkstone_core::check::field::{unknown_field, validate_field, FieldAt};
use inkstone_core::check::{Diagnostic, Severity};
use inkstone_core::schema::{FieldSource, FieldSpec, FieldType, InkstoneConfig, Schema};
use regex::Regex;
use serde_json::{json, Value};

const AT: FieldAt = FieldAt {
    path: "content/posts/a.md",
    line: 3,
    column: 1,
};

fn hugo_schema() -> Schema {
    Schema::build(
        &["tags".to_string(), "categories".to_string()],
        &InkstoneConfig::default(),
        [],
    )
}

fn check(name: &str, value: Value) -> Vec<Diagnostic> {
    let schema = hugo_schema();
    let spec = schema.field(name).expect("a Hugo field");
    validate_field(spec, None, name, &value, &AT)
}

fn site_field(field_type: FieldType) -> FieldSpec {
    FieldSpec::new("level", field_type, FieldSource::Site)
}

fn lines(found: &[Diagnostic]) -> Vec<String> {
    found.iter().map(Diagnostic::to_text_line).collect()
}

#[test]
fn dates_in_every_form_hugo_accepts_are_valid() {
    for date in [
        "2005-05-18",
        "2026-02-06T09:00:00+08:00",
        "2026-02-06 09:00",
        "2026-02-06T09:00:00",
    ] {
        assert_eq!(check("date", json!(date)), [], "{date}");
    }
}

#[test]
fn an_unreadable_date_is_an_error_that_says_how_to_write_one() {
    let found = check("date", json!("Feb 30th"));
    assert_eq!(
        lines(&found),
        ["content/posts/a.md:3:1: error[date-invalid]: `date` is not a date: use 2026-02-06 or 2026-02-06T09:00:00+08:00"]
    );
    assert_eq!(found[0].hint, "use 2026-02-06 or 2026-02-06T09:00:00+08:00");
}

#[test]
fn a_number_is_not_a_date() {
    assert_eq!(check("publishDate", json!(2026))[0].code, "date-invalid");
}

#[test]
fn a_site_date_field_that_does_not_parse_only_warns() {
    let spec = site_field(FieldType::Date);
    let found = validate_field(&spec, None, "level", &json!("soon"), &AT);
    assert_eq!(found[0].severity, Severity::Warning);
}

#[test]
fn length_is_counted_in_characters_not_bytes() {
    let mut spec = site_field(FieldType::Text);
    spec.max_length = Some(4);
    assert_eq!(
        validate_field(&spec, None, "level", &json!("奧特曼說"), &AT),
        []
    );
    assert_eq!(
        lines(&validate_field(&spec, None, "level", &json!("奧特曼說了"), &AT)),
        ["content/posts/a.md:3:1: warning[too-long]: `level` has 5 characters, more than 4: shorten it by 1"]
    );
}

#[test]
fn a_required_field_left_empty_is_an_error() {
    let mut spec = site_field(FieldType::String);
    spec.required = true;
    assert_eq!(
        lines(&validate_field(&spec, None, "level", &json!(""), &AT)),
        ["content/posts/a.md:3:1: error[field-required]: `level` is required but empty: fill in `level`"]
    );
}

#[test]
fn an_enum_value_outside_its_values_lists_them() {
    let mut spec = site_field(FieldType::Enum);
    spec.values = vec!["intro".into(), "deep".into()];
    assert_eq!(
        lines(&validate_field(&spec, None, "level", &json!("expert"), &AT)),
        ["content/posts/a.md:3:1: warning[enum-value]: `level` is `expert`, which is not one of its values: use one of intro, deep"]
    );
}

#[test]
fn a_pattern_applies_to_every_list_item() {
    let spec = site_field(FieldType::List);
    let slug = Regex::new("^[a-z-]+$").expect("valid");
    let found = validate_field(
        &spec,
        Some(&slug),
        "level",
        &json!(["sam-altman", "Sam Altman"]),
        &AT,
    );
    assert_eq!(
        lines(&found),
        ["content/posts/a.md:3:1: warning[pattern-mismatch]: `level` (`Sam Altman`) does not match the pattern `^[a-z-]+$`: change the value or the pattern in inkstone.yaml"]
    );
}

#[test]
fn a_url_field_wants_a_full_address() {
    let spec = site_field(FieldType::Url);
    assert_eq!(
        validate_field(
            &spec,
            None,
            "level",
            &json!("https://www.youtube.com/watch?v=x"),
            &AT
        ),
        []
    );
    assert_eq!(
        lines(&validate_field(&spec, None, "level", &json!("www.youtube.com"), &AT)),
        ["content/posts/a.md:3:1: warning[url-invalid]: `level` is not a URL (`www.youtube.com`): write the full address, starting with https://"]
    );
}

#[test]
fn a_scalar_series_is_a_valid_list_as_in_hugo() {
    assert_eq!(check("tags", json!("Rust")), []);
    assert_eq!(check("series", json!(["Altman at Cisco"])), []);
}

#[test]
fn draft_that_is_not_a_boolean_warns() {
    assert_eq!(
        lines(&check("draft", json!("maybe"))),
        ["content/posts/a.md:3:1: warning[field-type]: `draft` should be true or false, not text: write `draft` as true or false"]
    );
}

#[test]
fn a_misspelled_key_gets_a_suggestion() {
    let schema = hugo_schema();
    let found = unknown_field(&schema, "descripton", &AT).expect("a typo");
    assert_eq!(
        found.to_text_line(),
        "content/posts/a.md:3:1: warning[unknown-field]: `descripton` is not a field this site uses: did you mean `description`?"
    );
    assert_eq!(found.hint, "did you mean `description`?");
}

#[test]
fn a_new_key_unlike_any_field_is_the_writers_own() {
    assert_eq!(unknown_field(&hugo_schema(), "reading_time", &AT), None);
    assert_eq!(unknown_field(&hugo_schema(), "Title", &AT), None);
}
