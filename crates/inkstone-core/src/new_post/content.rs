//! The new post's text: the archetype filled in, or fresh YAML front matter, with
//! title, date, draft, series and defaults set through the lossless field editor so
//! the archetype's own formatting survives.

use crate::front_matter::{parse, set_field, split, EditError, FrontMatterError};
use indexmap::IndexMap;
use serde_json::Value;

/// Fields a fresh post starts with, in the order the project's posts write them;
/// `description`, `tags` and `categories` appear even when empty so the writer sees
/// where they go.
const FRESH_ORDER: &[&str] = &[
    "title",
    "date",
    "description",
    "tags",
    "categories",
    "series",
    "image",
];
const ALWAYS_PRESENT: &[&str] = &["description", "tags", "categories"];

/// What every new post must say about itself.
pub(crate) struct PostFields<'a> {
    pub title: &'a str,
    /// RFC 3339 with the site's offset.
    pub date: &'a str,
    pub series: Option<&'a str>,
    /// Schema defaults and `new_post.defaults`, later entries winning.
    pub defaults: &'a IndexMap<String, Value>,
}

/// Why the text could not be made: the front matter of the filled-in archetype.
#[derive(Debug)]
pub(crate) enum ContentError {
    Parse(FrontMatterError),
    Edit(EditError),
}

/// The filled-in archetype `text` with the post's fields set.
pub(crate) fn from_archetype(text: &str, fields: &PostFields<'_>) -> Result<String, ContentError> {
    let mut text = text.to_string();
    let existing = parse(&text, &split(&text).map_err(ContentError::Parse)?)
        .map_err(ContentError::Parse)?
        .fields;
    let lookup = |key: &str| {
        existing
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(k, v)| (k.clone(), v))
    };
    for (key, value) in required_values(fields) {
        match lookup(&key) {
            Some((_, current)) if same_value(current, &value) => {}
            Some((written_key, _)) => text = set(&text, &written_key, &value)?,
            None => text = set(&text, &key, &value)?,
        }
    }
    for (key, value) in fields.defaults {
        match lookup(key) {
            Some((written_key, current)) if is_empty(current) => {
                text = set(&text, &written_key, value)?
            }
            Some(_) => {}
            None => text = set(&text, key, value)?,
        }
    }
    Ok(text)
}

/// A post made without an archetype: YAML front matter in the project's field order.
pub(crate) fn fresh(fields: &PostFields<'_>) -> Result<String, ContentError> {
    let mut values: IndexMap<String, Value> = IndexMap::new();
    for (key, value) in required_values(fields) {
        values.insert(key, value);
    }
    for key in ALWAYS_PRESENT {
        let empty = if *key == "description" {
            Value::from("")
        } else {
            Value::Array(Vec::new())
        };
        values.insert((*key).to_string(), empty);
    }
    for (key, value) in fields.defaults {
        values.insert(key.clone(), value.clone());
    }
    let draft = values.shift_remove("draft").unwrap_or(Value::Bool(true));
    let mut ordered: Vec<(String, Value)> = Vec::with_capacity(values.len() + 1);
    for key in FRESH_ORDER {
        if let Some(value) = values.shift_remove(*key) {
            ordered.push(((*key).to_string(), value));
        }
    }
    ordered.extend(values);
    ordered.push(("draft".to_string(), draft));
    // The seed's quoted title makes the editor write strings double-quoted and its
    // plain date keeps the date unquoted, the way the project's posts are written.
    let mut text = String::from("---\ntitle: \"\"\ndate: 2000-01-01T00:00:00+00:00\n---\n");
    for (key, value) in &ordered {
        text = set(&text, key, value)?;
    }
    Ok(text)
}

fn required_values(fields: &PostFields<'_>) -> Vec<(String, Value)> {
    let mut values = vec![
        ("title".to_string(), Value::from(fields.title)),
        ("date".to_string(), Value::from(fields.date)),
        ("draft".to_string(), Value::Bool(true)),
    ];
    if let Some(series) = fields.series {
        values.push((
            "series".to_string(),
            Value::Array(vec![Value::from(series)]),
        ));
    }
    values
}

fn set(text: &str, key: &str, value: &Value) -> Result<String, ContentError> {
    set_field(text, key, value).map_err(ContentError::Edit)
}

/// Whether a parsed value already says what we would write; such a line is left
/// exactly as the archetype wrote it (an archetype's `date: {{ .Date }}` usually is).
fn same_value(current: &Value, wanted: &Value) -> bool {
    current == wanted
}

pub(crate) fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(map) => map.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
#[path = "content_tests.rs"]
mod tests;
