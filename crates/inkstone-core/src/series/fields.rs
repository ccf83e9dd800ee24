//! Reading the front matter fields a series needs, with Hugo's case-insensitive keys.

use crate::front_matter::FrontMatter;
use serde_json::Value;

/// The value of `key`, matching keys without regard to case as Hugo does.
pub fn field<'a>(front_matter: &'a FrontMatter, key: &str) -> Option<&'a Value> {
    front_matter.fields.get(key).or_else(|| {
        front_matter
            .fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    })
}

/// The key as the file spells it, so an edit changes the writer's own line.
pub fn key_as_written<'a>(front_matter: &'a FrontMatter, key: &str) -> Option<&'a str> {
    front_matter
        .fields
        .keys()
        .find(|k| k.eq_ignore_ascii_case(key))
        .map(String::as_str)
}

/// A taxonomy's terms: a list, or one scalar (`series: "Name"`).
pub fn terms(front_matter: &FrontMatter, key: &str) -> Vec<String> {
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let mut terms: Vec<String> = match field(front_matter, key) {
        Some(Value::Array(items)) => items.iter().filter_map(text).collect(),
        Some(value) => text(value).into_iter().collect(),
        None => Vec::new(),
    };
    terms.retain(|t| !t.is_empty());
    terms.dedup();
    terms
}

/// `draft: true`, or the string "true" which Hugo also accepts.
pub fn is_draft(front_matter: &FrontMatter) -> bool {
    match field(front_matter, "draft") {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s.eq_ignore_ascii_case("true"),
        _ => false,
    }
}

/// An order field's number: an integer, or a string holding one.
pub fn order_number(front_matter: &FrontMatter, key: &str) -> Option<i64> {
    match field(front_matter, key)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}
