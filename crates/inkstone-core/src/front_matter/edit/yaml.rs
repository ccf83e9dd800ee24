//! Setting and removing one top-level field of a YAML block, line by line.

use super::yaml_render::{render_field_value, render_key};
use super::yaml_style::{infer, written, ListLayout, Quote, Style, Written};
use super::EditError;
use crate::front_matter::entries::{yaml_entries, Entry};
use crate::front_matter::split::Split;
use indexmap::IndexMap;
use serde_json::Value;

/// The block with `key` set to `value`: the field's lines replaced in place, or a
/// new field appended at the end of the block.
pub(crate) fn set(
    block: &str,
    key: &str,
    value: &Value,
    newline: &str,
    fields: &IndexMap<String, Value>,
) -> Result<Vec<String>, EditError> {
    let entries = yaml_entries(block);
    let is_text = |k: &str| matches!(fields.get(k), Some(Value::String(_)));
    let file_style = infer(block, &entries, &is_text);
    let Some(entry) = entries.iter().find(|e| e.key == key) else {
        if fields.contains_key(key) {
            return Err(unplaceable(key));
        }
        let mut out = String::with_capacity(block.len() + 64);
        out.push_str(block);
        if !block.is_empty() && !block.ends_with('\n') {
            out.push_str(newline);
        }
        out.push_str(&render_key(key));
        out.push(':');
        out.push_str(&render_field_value(value, &file_style, "", newline));
        out.push_str(newline);
        return Ok(vec![out]);
    };
    let field_newline = if block[entry.extent.clone()].contains("\r\n") {
        "\r\n"
    } else {
        newline
    };
    let style = own_style(block, entry, file_style);
    let before_value = &block[entry.extent.start..entry.value.start];
    let old_inline = &block[entry.value.clone()];
    let (_, comment) = split_trailing_comment(old_inline);
    let rendered = render_field_value(value, &style, "", field_newline);
    let mut field = String::with_capacity(rendered.len() + before_value.len() + 16);
    field.push_str(before_value);
    // Keep the writer's spacing after the colon (`title:   x`).
    let spacing = &old_inline[..old_inline.len() - old_inline.trim_start().len()];
    match rendered.strip_prefix(' ') {
        Some(inline) if !spacing.is_empty() && !spacing.contains('#') => {
            field.push_str(spacing);
            field.push_str(inline);
        }
        _ => field.push_str(&rendered),
    }
    let single_line_before = block[entry.value.end..entry.extent.end].trim().is_empty();
    if let Some(comment) = comment.filter(|_| single_line_before && !rendered.contains('\n')) {
        field.push_str(comment);
    }
    field.push_str(field_newline);
    let mut candidates = Vec::with_capacity(2);
    // Multi-line text written as a `|` block stays one, if YAML can hold it that way.
    if let (Written::BlockScalar { indent, folded }, Value::String(text)) =
        (written(block, entry), value)
    {
        // One line of text reads the same folded or literal: keep the writer's `>`.
        let folded = folded && !text.trim_end_matches('\n').contains('\n');
        if let Some(literal) = literal_block(text, &indent, folded, field_newline) {
            candidates.push(replace(
                block,
                entry,
                &format!("{before_value}{literal}{field_newline}"),
            ));
        }
    }
    candidates.push(replace(block, entry, &field));
    Ok(candidates)
}

/// ` |` (or ` >` for one folded line) and the text's lines indented by `indent`, with the chomping indicator that
/// keeps its trailing newlines; `None` when a block scalar cannot hold the text.
fn literal_block(text: &str, indent: &str, folded: bool, newline: &str) -> Option<String> {
    let body = text.trim_end_matches('\n');
    let trailing = text.len() - body.len();
    let unsafe_start = body.starts_with([' ', '\t']) || body.is_empty();
    if unsafe_start || text.chars().any(|c| c.is_control() && c != '\n') {
        return None;
    }
    let chomp = match trailing {
        0 => "-",
        1 => "",
        _ => "+",
    };
    let mut out = format!(" {}{chomp}", if folded { '>' } else { '|' });
    for line in body
        .split('\n')
        .chain(std::iter::repeat_n("", trailing.saturating_sub(1)))
    {
        out.push_str(newline);
        if !line.is_empty() {
            out.push_str(indent);
            out.push_str(line);
        }
    }
    Some(out)
}

/// The block without `key`'s lines.
pub(crate) fn unset(block: &str, key: &str) -> Result<String, EditError> {
    let entries = yaml_entries(block);
    let entry = entries
        .iter()
        .find(|e| e.key == key)
        .ok_or_else(|| unplaceable(key))?;
    Ok(replace(block, entry, ""))
}

/// A whole new YAML block at the top of a file that had no front matter.
pub(crate) fn new_block(text: &str, split: &Split, key: &str, value: &Value) -> String {
    let newline = split.line_ending.as_str();
    let style = Style {
        list: ListLayout::Flow,
        scalar_quote: Quote::Plain,
        ..Style::default()
    };
    let body = &text[split.body.clone()];
    let mut out = String::with_capacity(text.len() + 64);
    if split.bom {
        out.push('\u{FEFF}');
    }
    out.push_str("---");
    out.push_str(newline);
    out.push_str(&render_key(key));
    out.push(':');
    out.push_str(&render_field_value(value, &style, "", newline));
    out.push_str(newline);
    out.push_str("---");
    out.push_str(newline);
    out.push_str(body);
    out
}

/// The file's style, overridden by how this field itself is already written.
fn own_style(block: &str, entry: &Entry, mut style: Style) -> Style {
    match written(block, entry) {
        Written::Scalar(quote) => style.scalar_quote = quote,
        Written::Flow(item_quote) => {
            style.list = ListLayout::Flow;
            style.item_quote = item_quote.unwrap_or(style.item_quote);
        }
        Written::Block { indent, item_quote } => {
            style.list = ListLayout::Block { indent };
            style.item_quote = item_quote.unwrap_or(style.item_quote);
        }
        Written::BlockScalar { .. } | Written::Other => {}
    }
    style
}

/// Splits `value # comment` into the value and ` # comment` (space included),
/// ignoring `#` inside quotes.
fn split_trailing_comment(inline: &str) -> (&str, Option<&str>) {
    let bytes = inline.as_bytes();
    let mut quote: Option<u8> = None;
    for (i, &b) in bytes.iter().enumerate() {
        match (quote, b) {
            (Some(b'"'), b'\\') => {}
            (Some(q), _) if b == q && !(q == b'"' && i > 0 && bytes[i - 1] == b'\\') => {
                quote = None
            }
            (None, b'"' | b'\'')
                if i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'[' | b',') =>
            {
                quote = Some(b)
            }
            (None, b'#') if i > 0 && matches!(bytes[i - 1], b' ' | b'\t') => {
                let start = inline[..i].trim_end().len();
                return (&inline[..start], Some(&inline[start..]));
            }
            _ => {}
        }
    }
    (inline, None)
}

fn replace(block: &str, entry: &Entry, field: &str) -> String {
    let mut out = String::with_capacity(block.len() + field.len());
    out.push_str(&block[..entry.extent.start]);
    out.push_str(field);
    out.push_str(&block[entry.extent.end..]);
    out
}

fn unplaceable(key: &str) -> EditError {
    EditError::Unsupported {
        key: key.to_string(),
        reason: "its line could not be found, the front matter is laid out in a way Inkstone does not edit".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_comments_are_found_outside_quotes_only() {
        assert_eq!(split_trailing_comment(" x # c"), (" x", Some(" # c")));
        assert_eq!(split_trailing_comment(" \"a # b\""), (" \"a # b\"", None));
        assert_eq!(split_trailing_comment(" a#b"), (" a#b", None));
    }
}
