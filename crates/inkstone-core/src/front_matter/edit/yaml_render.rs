//! Writing a JSON value as YAML text in a given style, quoting what YAML would misread.

use super::yaml_style::{ListLayout, Quote, Style};
use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

/// The text after `key:` (leading space included), possibly several lines long.
/// `indent` is the indentation of the key being written.
pub(crate) fn render_field_value(
    value: &Value,
    style: &Style,
    indent: &str,
    newline: &str,
) -> String {
    match value {
        Value::Array(items) if !items.is_empty() => match &style.list {
            ListLayout::Block {
                indent: dash_indent,
            } if items.iter().all(is_scalar) => {
                let mut out = String::new();
                for item in items {
                    out.push_str(newline);
                    out.push_str(indent);
                    out.push_str(dash_indent);
                    out.push_str("- ");
                    out.push_str(&scalar(item, style.item_quote, false));
                }
                out
            }
            _ => format!(" {}", flow(value, style.item_quote)),
        },
        Value::Object(map) if !map.is_empty() => {
            let inner = format!("{indent}{}", style.indent);
            let mut out = String::new();
            for (key, item) in map {
                out.push_str(newline);
                out.push_str(&inner);
                out.push_str(&render_key(key));
                out.push(':');
                out.push_str(&render_field_value(item, style, &inner, newline));
            }
            out
        }
        Value::Array(_) | Value::Object(_) => format!(" {}", flow(value, style.item_quote)),
        _ => format!(" {}", scalar(value, style.scalar_quote, false)),
    }
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

/// A key as YAML needs it: bare when it reads back as itself, double-quoted otherwise.
pub(crate) fn render_key(key: &str) -> String {
    if is_safe_plain(key, false) && !key.contains(':') {
        key.to_string()
    } else {
        double_quoted(key)
    }
}

/// A value on one line: `[a, "b c"]`, `{k: v}` or a scalar.
fn flow(value: &Value, quote: Quote) -> String {
    match value {
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(|item| flow(item, quote)).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Object(map) => {
            let parts: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", double_quoted(k), flow(v, quote)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        _ => scalar(value, quote, true),
    }
}

fn scalar(value: &Value, quote: Quote, in_flow: bool) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => match quote {
            Quote::Plain if is_safe_plain(s, in_flow) => s.clone(),
            Quote::Single if !s.chars().any(|c| c.is_control()) => {
                format!("'{}'", s.replace('\'', "''"))
            }
            _ => double_quoted(s),
        },
        Value::Array(_) | Value::Object(_) => flow(value, quote),
    }
}

/// JSON string syntax is valid YAML double-quoted syntax, except that YAML wants
/// DEL and the Unicode line separators escaped too.
fn double_quoted(s: &str) -> String {
    let json = serde_json::to_string(s).unwrap_or_else(|_| format!("\"{}\"", s.escape_default()));
    json.replace('\u{7f}', "\\x7F")
        .replace('\u{85}', "\\N")
        .replace('\u{2028}', "\\L")
        .replace('\u{2029}', "\\P")
}

/// Whether `s` can be written bare and read back by YAML as the same text.
pub(crate) fn is_safe_plain(s: &str, in_flow: bool) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let last = s.chars().last().unwrap_or(first);
    let starts_badly = matches!(
        first,
        '-' | '?'
            | ':'
            | ','
            | '['
            | ']'
            | '{'
            | '}'
            | '#'
            | '&'
            | '*'
            | '!'
            | '|'
            | '>'
            | '\''
            | '"'
            | '%'
            | '@'
            | '`'
    ) && !(first == '-' && s.len() > 1 && !s[1..].starts_with([' ', '-']));
    if starts_badly || first.is_whitespace() || last.is_whitespace() || last == ':' {
        return false;
    }
    if s.contains(": ") || s.contains(" #") || s.contains(":\t") || s.contains("\t#") {
        return false;
    }
    if s.chars()
        .any(|c| c.is_control() || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}'))
    {
        return false;
    }
    if in_flow && s.contains([',', '[', ']', '{', '}']) {
        return false;
    }
    if is_yaml11_non_string(s) {
        return false;
    }
    // Whatever YAML would read as a number, a boolean, null or a tag stays quoted.
    matches!(serde_norway::from_str::<Value>(s), Ok(Value::String(read)) if read == s)
}

/// Words and numbers that YAML 1.1 readers (many tools besides Hugo) take for
/// booleans, nulls or numbers although YAML 1.2 reads them as text.
fn is_yaml11_non_string(s: &str) -> bool {
    const WORDS: [&str; 22] = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off",
        "OFF", "~", ".inf", ".Inf", ".INF", ".nan", ".NaN",
    ];
    static NUMBER_LIKE: LazyLock<Option<Regex>> = LazyLock::new(|| {
        // Underscored digits (`1_000`), sexagesimal (`1:30`), binary and octal forms.
        Regex::new(r"^[-+]?([0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|[0-9][0-9_]*_[0-9_]*(\.[0-9_]*)?|0b[01_]+|0o?[0-7_]+)$").ok()
    });
    WORDS.contains(&s) || NUMBER_LIKE.as_ref().is_some_and(|re| re.is_match(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_yaml_would_misread_are_quoted() {
        for s in [
            "yes", "No", "null", "~", "12", "1.5", "0x1F", "a: b", "a #b", "*x", "&x", "!x", "- a",
            "", " x",
        ] {
            assert!(!is_safe_plain(s, false), "{s:?} must be quoted");
        }
        for s in [
            "標題",
            "Sam Altman",
            "2026-02-06T09:00:00+08:00",
            "https://x.y/z",
            "-x",
            "a-b",
        ] {
            assert!(is_safe_plain(s, false), "{s:?} can be bare");
        }
        assert!(!is_safe_plain("a, b", true));
    }
}
