//! Field validation: pure functions from a front matter value and its schema entry to
//! diagnostics. Nothing here touches the disk (image and ref existence are site checks).

use super::date::parse_hugo_date;
use super::{Diagnostic, Severity};
use crate::schema::{FieldSource, FieldSpec, FieldType, Schema};
use regex::Regex;
use serde_json::Value;

/// Where a field sits: the file and the 1-based line and column of its key.
#[derive(Debug, Clone, Copy)]
pub struct FieldAt<'a> {
    pub path: &'a str,
    pub line: u32,
    pub column: u32,
}

impl FieldAt<'_> {
    /// A diagnostic at this place; the message ends with the fix, which is also the hint.
    pub fn diagnostic(
        &self,
        severity: Severity,
        code: &str,
        problem: String,
        fix: String,
    ) -> Diagnostic {
        Diagnostic {
            path: self.path.to_string(),
            line: self.line,
            column: self.column,
            severity,
            code: code.to_string(),
            message: format!("{problem}: {fix}"),
            hint: fix,
        }
    }
}

pub const DATE_FIX: &str = "use 2026-02-06 or 2026-02-06T09:00:00+08:00";

/// Every problem with one field's value. `pattern` is the field's compiled `pattern`
/// (compiled once per check run, not per value).
pub fn validate_field(
    spec: &FieldSpec,
    pattern: Option<&Regex>,
    key: &str,
    value: &Value,
    at: &FieldAt,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    if is_empty(value) {
        if spec.required {
            found.push(at.diagnostic(
                Severity::Error,
                "field-required",
                format!("`{key}` is required but empty"),
                format!("fill in `{key}`"),
            ));
        }
        return found;
    }
    match spec.field_type {
        FieldType::Date => check_date(spec, key, value, at, &mut found),
        FieldType::Bool if !is_bool_like(value) => {
            found.push(wrong_type(key, "true or false", value, at))
        }
        FieldType::Int if !is_int_like(value) => {
            found.push(wrong_type(key, "a whole number", value, at))
        }
        FieldType::Map if !value.is_object() => {
            found.push(wrong_type(key, "a table of keys", value, at))
        }
        FieldType::List if !is_list_like(value) => found.push(wrong_type(key, "a list", value, at)),
        FieldType::String | FieldType::Text | FieldType::Image | FieldType::Enum
            if !is_scalar(value) =>
        {
            found.push(wrong_type(key, "a single value", value, at))
        }
        FieldType::Url => each_string(value, |s| {
            if !is_absolute_url(s) {
                found.push(at.diagnostic(
                    Severity::Warning,
                    "url-invalid",
                    format!("`{key}` is not a URL (`{}`)", clip(s)),
                    "write the full address, starting with https://".to_string(),
                ));
            }
        }),
        _ => {}
    }
    if spec.item == Some(FieldType::Url) {
        each_string(value, |s| {
            if !is_absolute_url(s) {
                found.push(at.diagnostic(
                    Severity::Warning,
                    "url-invalid",
                    format!("`{key}` holds `{}`, which is not a URL", clip(s)),
                    "write the full address, starting with https://".to_string(),
                ));
            }
        });
    }
    if spec.field_type == FieldType::Enum && !spec.values.is_empty() {
        each_string(value, |s| {
            if !spec.values.iter().any(|v| v == s) {
                found.push(at.diagnostic(
                    Severity::Warning,
                    "enum-value",
                    format!("`{key}` is `{}`, which is not one of its values", clip(s)),
                    format!("use one of {}", spec.values.join(", ")),
                ));
            }
        });
    }
    check_length(spec, key, value, at, &mut found);
    if let Some(pattern) = pattern {
        each_string(value, |s| {
            if !pattern.is_match(s) {
                found.push(at.diagnostic(
                    Severity::Warning,
                    "pattern-mismatch",
                    format!(
                        "`{key}` (`{}`) does not match the pattern `{}`",
                        clip(s),
                        pattern.as_str()
                    ),
                    "change the value or the pattern in inkstone.yaml".to_string(),
                ));
            }
        });
    }
    found
}

/// A key the schema does not know. Only reported when it looks like a typo of a known
/// field: any other new key is the writer's own field, not a mistake.
pub fn unknown_field(schema: &Schema, key: &str, at: &FieldAt) -> Option<Diagnostic> {
    if schema.field(key).is_some() {
        return None;
    }
    let suggestion = schema.suggest(key)?;
    Some(at.diagnostic(
        Severity::Warning,
        "unknown-field",
        format!("`{key}` is not a field this site uses"),
        format!("did you mean `{suggestion}`?"),
    ))
}

/// A required field absent from the front matter. `at` is where the block starts.
pub fn missing_field(spec: &FieldSpec, at: &FieldAt) -> Diagnostic {
    at.diagnostic(
        Severity::Error,
        "field-required",
        format!("`{}` is required but missing", spec.name),
        format!("add `{}:` to the front matter", spec.name),
    )
}

fn check_date(
    spec: &FieldSpec,
    key: &str,
    value: &Value,
    at: &FieldAt,
    found: &mut Vec<Diagnostic>,
) {
    let valid = value.as_str().is_some_and(|s| parse_hugo_date(s).is_ok());
    if !valid {
        // Hugo refuses to build a page whose own date fields do not parse.
        let severity = if spec.source == FieldSource::Hugo {
            Severity::Error
        } else {
            Severity::Warning
        };
        found.push(at.diagnostic(
            severity,
            "date-invalid",
            format!("`{key}` is not a date"),
            DATE_FIX.to_string(),
        ));
    }
}

fn check_length(
    spec: &FieldSpec,
    key: &str,
    value: &Value,
    at: &FieldAt,
    found: &mut Vec<Diagnostic>,
) {
    if spec.min_length.is_none() && spec.max_length.is_none() {
        return;
    }
    let (length, unit) = match value {
        Value::Array(items) => (items.len(), "items"),
        Value::String(s) => (s.chars().count(), "characters"),
        _ => return,
    };
    let length = u32::try_from(length).unwrap_or(u32::MAX);
    if let Some(max) = spec.max_length.filter(|max| length > *max) {
        found.push(at.diagnostic(
            Severity::Warning,
            "too-long",
            format!("`{key}` has {length} {unit}, more than {max}"),
            format!("shorten it by {}", length - max),
        ));
    }
    if let Some(min) = spec.min_length.filter(|min| length < *min) {
        found.push(at.diagnostic(
            Severity::Warning,
            "too-short",
            format!("`{key}` has {length} {unit}, fewer than {min}"),
            format!("add at least {} more", min - length),
        ));
    }
}

fn wrong_type(key: &str, expected: &str, value: &Value, at: &FieldAt) -> Diagnostic {
    at.diagnostic(
        Severity::Warning,
        "field-type",
        format!("`{key}` should be {expected}, not {}", describe(value)),
        format!("write `{key}` as {expected}"),
    )
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "empty",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a table",
    }
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(items) => items.is_empty(),
        _ => false,
    }
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

fn is_bool_like(value: &Value) -> bool {
    value.is_boolean() || matches!(value.as_str(), Some("true" | "false"))
}

fn is_int_like(value: &Value) -> bool {
    value.is_i64()
        || value.is_u64()
        || value
            .as_str()
            .is_some_and(|s| s.trim().parse::<i64>().is_ok())
}

/// A list, or a single string standing for a one-item list (Hugo accepts both).
fn is_list_like(value: &Value) -> bool {
    match value {
        Value::Array(items) => items.iter().all(is_scalar),
        Value::String(_) => true,
        _ => false,
    }
}

fn each_string(value: &Value, mut visit: impl FnMut(&str)) {
    match value {
        Value::String(s) => visit(s),
        Value::Array(items) => items.iter().filter_map(Value::as_str).for_each(visit),
        _ => {}
    }
}

/// `scheme://host…` with no whitespace: what a browser can follow from any page.
pub fn is_absolute_url(s: &str) -> bool {
    if s.chars().any(char::is_whitespace) {
        return false;
    }
    if let Some(rest) = s.strip_prefix("mailto:") {
        return rest.contains('@');
    }
    let Some((scheme, rest)) = s.split_once("://") else {
        return false;
    };
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    scheme_ok && !host.is_empty()
}

/// Long values are cut in messages so a line stays readable.
fn clip(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}…")
    }
}
