//! Property specs: over generated front matter, an edit touches only its field's
//! lines and re-parses to the expected fields; nothing panics on arbitrary text.
//!
//! Runs are deterministic: a fixed seed and a fixed number of cases.

use inkstone_core::front_matter::{read, set_field, split, unset_field};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Value};

const SEED: [u8; 32] = *b"inkstone front matter proptests!";

fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &SEED))
}

/// A scalar a writer might type: words, CJK, dates, URLs and YAML's troublemakers.
fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(vec![
            "Rust",
            "山間小鎮",
            "Sam Altman",
            "yes",
            "no",
            "null",
            "a: b",
            "#tag",
            "*star",
            "- dash",
            "2026-02-06",
            "2026-02-06T09:00:00+08:00",
            "https://example.org/a?b=c#d",
            "它's",
            "12",
            "1.5",
            "[x]",
            "{y}",
            "a, b",
            "",
            " padded ",
            "line\nbreak",
            "tab\there",
            "quote \" inside",
            "~",
        ])
        .prop_map(|s| json!(s)),
        "[a-z標題文字 ]{1,10}".prop_map(|s| json!(s)),
        any::<bool>().prop_map(|b| json!(b)),
        (-1000i64..1000).prop_map(|n| json!(n)),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => scalar(),
        1 => prop::collection::vec(scalar(), 0..4).prop_map(Value::Array),
    ]
}

/// How one field is written in the generated file; the generator's own writer is
/// deliberately simple (JSON strings are valid YAML) and independent of the code tested.
#[derive(Debug, Clone)]
struct FieldText {
    key: String,
    value: Value,
    block_list: bool,
    comment_before: bool,
    blank_after: bool,
}

fn write_value(value: &Value, block_list: bool, newline: &str) -> String {
    match value {
        Value::Array(items) if block_list && !items.is_empty() => items
            .iter()
            .map(|item| {
                format!(
                    "{newline}  - {}",
                    serde_json::to_string(item).unwrap_or_default()
                )
            })
            .collect(),
        _ => format!(" {}", serde_json::to_string(value).unwrap_or_default()),
    }
}

#[derive(Debug, Clone)]
struct Doc {
    fields: Vec<FieldText>,
    crlf: bool,
    bom: bool,
}

impl Doc {
    fn text(&self) -> String {
        let nl = if self.crlf { "\r\n" } else { "\n" };
        let mut out = String::new();
        if self.bom {
            out.push('\u{FEFF}');
        }
        out.push_str("---");
        out.push_str(nl);
        for field in &self.fields {
            if field.comment_before {
                out.push_str(&format!("# about {}{nl}", field.key));
            }
            out.push_str(&format!(
                "{}:{}{nl}",
                field.key,
                write_value(&field.value, field.block_list, nl)
            ));
            if field.blank_after {
                out.push_str(nl);
            }
        }
        out.push_str(&format!("---{nl}Body line{nl}"));
        out
    }
}

fn doc() -> impl Strategy<Value = Doc> {
    let field = (
        "[a-z][a-z_]{0,6}|標題|相關",
        value(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(key, value, block_list, comment_before, blank_after)| FieldText {
                key,
                value,
                block_list,
                comment_before,
                blank_after,
            },
        );
    (
        prop::collection::vec(field, 0..8),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(mut fields, crlf, bom)| {
            let mut seen = std::collections::HashSet::new();
            fields.retain(|f| seen.insert(f.key.clone()));
            Doc { fields, crlf, bom }
        })
}

/// The lines that differ between `before` and `after`, as a range of `before`'s
/// 1-based lines (empty when lines were only inserted).
fn changed_lines(before: &str, after: &str) -> std::ops::Range<usize> {
    let old: Vec<&str> = before.split_inclusive('\n').collect();
    let new: Vec<&str> = after.split_inclusive('\n').collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let max_suffix = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    prefix + 1..old.len() - suffix + 1
}

/// The 1-based lines that belong to `key` in `text`: from its key line up to the
/// next key or the closing delimiter.
fn field_lines(text: &str, key: &str) -> std::ops::Range<usize> {
    let (split, fm) = read(text).expect("generated text parses");
    let start = fm.key_lines[key] as usize;
    let end = fm
        .key_lines
        .values()
        .map(|&l| l as usize)
        .filter(|&l| l > start)
        .min()
        .unwrap_or(split.body_first_line as usize - 1);
    start..end
}

#[test]
fn set_field_changes_only_that_fields_lines_and_reparses_exactly() {
    let strategy = (doc(), any::<prop::sample::Index>(), value(), any::<bool>());
    runner(256)
        .run(&strategy, |(doc, pick, new_value, add_new_key)| {
            let text = doc.text();
            let (_, before) = read(&text).expect("generated text parses");
            let key = if add_new_key || doc.fields.is_empty() {
                "zz_new".to_string()
            } else {
                doc.fields[pick.index(doc.fields.len())].key.clone()
            };
            let edited = set_field(&text, &key, &new_value).expect("edit succeeds");
            let mut expected = before.fields.clone();
            expected.insert(key.clone(), new_value.clone());
            prop_assert_eq!(
                &read(&edited).expect("edited text parses").1.fields,
                &expected
            );
            let changed = changed_lines(&text, &edited);
            if before.fields.contains_key(&key) {
                let own = field_lines(&text, &key);
                prop_assert!(
                    changed.is_empty() || (own.start <= changed.start && changed.end <= own.end),
                    "changed {:?} outside {:?}",
                    changed,
                    own
                );
            } else {
                prop_assert!(
                    changed.is_empty(),
                    "a new key only inserts lines, changed {:?}",
                    changed
                );
            }
            Ok(())
        })
        .expect("property holds");
}

#[test]
fn unset_field_removes_only_that_fields_lines() {
    let strategy = (doc(), any::<prop::sample::Index>());
    runner(256)
        .run(&strategy, |(doc, pick)| {
            if doc.fields.is_empty() {
                return Ok(());
            }
            let text = doc.text();
            let key = doc.fields[pick.index(doc.fields.len())].key.clone();
            let edited = unset_field(&text, &key).expect("edit succeeds");
            let mut expected = read(&text).expect("parses").1.fields;
            expected.shift_remove(&key);
            prop_assert_eq!(
                &read(&edited).expect("edited text parses").1.fields,
                &expected
            );
            let (changed, own) = (changed_lines(&text, &edited), field_lines(&text, &key));
            prop_assert!(
                own.start <= changed.start && changed.end <= own.end,
                "changed {:?} outside {:?}",
                changed,
                own
            );
            Ok(())
        })
        .expect("property holds");
}

/// Fragments that steer random text into the interesting paths of the splitter and
/// the parsers.
fn hostile_text() -> impl Strategy<Value = String> {
    let fragment = prop::sample::select(vec![
        "---", "+++", "{", "}", "[", "]", "\"", "'", ":", ": ", "- ", "\n", "\r\n", "\r",
        "\u{FEFF}", "#", "&a", "*a", "title", "=", "標題", "\\", "|", ">", "  ", "\t", ",",
        "!!str", "...", "\u{0}",
    ]);
    prop_oneof![
        prop::collection::vec(fragment, 0..40).prop_map(|parts| parts.concat()),
        any::<String>()
    ]
}

#[test]
fn nothing_panics_on_arbitrary_text() {
    runner(512)
        .run(&(hostile_text(), value()), |(text, value)| {
            if let Ok(split) = split(&text) {
                let _ = inkstone_core::front_matter::parse(&text, &split);
            }
            if let Ok(edited) = set_field(&text, "title", &value) {
                prop_assert!(read(&edited).is_ok());
            }
            let _ = unset_field(&text, "title");
            Ok(())
        })
        .expect("no panic");
}
