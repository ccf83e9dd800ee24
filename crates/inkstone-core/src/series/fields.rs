//! Reading the front matter fields a series needs (keys match in any case: `FrontMatter::field`).

use crate::front_matter::FrontMatter;
use serde_json::Value;

/// A taxonomy's terms: a list, or one scalar (`series: "Name"`).
pub fn terms(front_matter: &FrontMatter, key: &str) -> Vec<String> {
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let mut terms: Vec<String> = match front_matter.field(key) {
        Some(Value::Array(items)) => items.iter().filter_map(text).collect(),
        Some(value) => text(value).into_iter().collect(),
        None => Vec::new(),
    };
    terms.retain(|t| !t.is_empty());
    terms.dedup();
    terms
}

/// An order field's number: an integer, or a string holding one.
pub fn order_number(front_matter: &FrontMatter, key: &str) -> Option<i64> {
    match front_matter.field(key)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}
