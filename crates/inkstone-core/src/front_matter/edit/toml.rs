//! Setting and removing one top-level field of a TOML block, line by line.

use super::EditError;
use crate::front_matter::entries::{toml_entries, Entry};
use serde_json::Value;

/// Candidate blocks with `key` set to `value`, best first: a text that looks like a
/// date is tried as a bare TOML datetime before as a quoted string.
pub(crate) fn set(
    block: &str,
    key: &str,
    value: &Value,
    newline: &str,
) -> Result<Vec<String>, EditError> {
    let entries = toml_entries(block);
    let mut own = entries.iter().filter(|e| e.key == key);
    let existing = own.next();
    if own.next().is_some() || existing.is_some_and(|e| e.is_table) {
        return Err(unsupported(
            key,
            "it is a `[table]` or is spread over several dotted keys",
        ));
    }
    let was_quoted =
        existing.is_some_and(|e| block[e.value.clone()].trim_start().starts_with(['"', '\'']));
    let mut renderings = Vec::new();
    if let Value::String(s) = value {
        if !was_quoted && s.parse::<toml::value::Datetime>().is_ok() {
            renderings.push(s.clone());
        }
    }
    renderings
        .push(render(value).ok_or_else(|| {
            unsupported(key, "TOML has no empty value; remove the field instead")
        })?);

    Ok(renderings
        .into_iter()
        .map(|rendered| with_value(block, &entries, existing, key, &rendered, newline))
        .collect())
}

/// The block without `key`: every line of it, dotted keys and `[key…]` tables included.
pub(crate) fn unset(block: &str, key: &str) -> Result<String, EditError> {
    let mut out = String::with_capacity(block.len());
    let mut at = 0;
    for entry in toml_entries(block).iter().filter(|e| e.key == key) {
        out.push_str(&block[at..entry.extent.start]);
        at = entry.extent.end;
    }
    out.push_str(&block[at..]);
    Ok(out)
}

fn with_value(
    block: &str,
    entries: &[Entry],
    existing: Option<&Entry>,
    key: &str,
    rendered: &str,
    newline: &str,
) -> String {
    let mut out = String::with_capacity(block.len() + rendered.len() + key.len() + 8);
    match existing {
        Some(entry) => {
            let old = &block[entry.value.clone()];
            let spacing = &old[..old.len() - old.trim_start().len()];
            let comment = trailing_comment(old).filter(|_| !old.contains('\n'));
            out.push_str(&block[..entry.value.start]);
            out.push_str(if spacing.is_empty() { " " } else { spacing });
            out.push_str(rendered);
            out.push_str(comment.unwrap_or(""));
            out.push_str(&block[entry.value.end..]);
        }
        None => {
            // After the last plain field: keys after a `[table]` header would belong to it.
            let last_plain = entries.iter().take_while(|e| !e.is_table).last();
            let at = match (last_plain, entries.first()) {
                (Some(entry), _) => entry.extent.end,
                (None, Some(table)) => table.extent.start,
                (None, None) => block.len(),
            };
            out.push_str(&block[..at]);
            if at > 0 && !block[..at].ends_with('\n') {
                out.push_str(newline);
            }
            out.push_str(&render_key(key));
            out.push_str(" = ");
            out.push_str(rendered);
            out.push_str(newline);
            out.push_str(&block[at..]);
        }
    }
    out
}

/// ` # comment` at the end of a one-line value, outside strings.
fn trailing_comment(value: &str) -> Option<&str> {
    let mut quote = None;
    let bytes = value.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match (quote, b) {
            (Some(b'"'), b'\\') => {}
            (Some(q), _) if b == q && !(q == b'"' && i > 0 && bytes[i - 1] == b'\\') => {
                quote = None
            }
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'#') => {
                let start = value[..i].trim_end().len();
                return Some(&value[start..]);
            }
            _ => {}
        }
    }
    None
}

fn render_key(key: &str) -> String {
    if key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        key.to_string()
    } else {
        basic_string(key)
    }
}

/// TOML text for `value`; `None` for null, which TOML cannot hold.
fn render(value: &Value) -> Option<String> {
    Some(match value {
        Value::Null => return None,
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => basic_string(s),
        Value::Array(items) => {
            let parts: Option<Vec<String>> = items.iter().map(render).collect();
            format!("[{}]", parts?.join(", "))
        }
        Value::Object(map) if map.is_empty() => "{}".to_string(),
        Value::Object(map) => {
            let parts: Option<Vec<String>> = map
                .iter()
                .map(|(k, v)| Some(format!("{} = {}", render_key(k), render(v)?)))
                .collect();
            format!("{{ {} }}", parts?.join(", "))
        }
    })
}

/// A TOML basic string: JSON's escapes are TOML's, except that TOML forbids a raw DEL.
fn basic_string(s: &str) -> String {
    let json = serde_json::to_string(s).unwrap_or_else(|_| format!("\"{}\"", s.escape_default()));
    json.replace('\u{7f}', "\\u007F")
}

fn unsupported(key: &str, reason: &str) -> EditError {
    EditError::Unsupported {
        key: key.to_string(),
        reason: reason.to_string(),
    }
}
