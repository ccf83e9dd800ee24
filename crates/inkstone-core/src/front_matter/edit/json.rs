//! Setting and removing one top-level member of a JSON front matter object.

use super::EditError;
use crate::front_matter::entries::json_entries;
use serde_json::Value;

/// The block with `key`'s value replaced in place, or a new member added last with
/// the same indentation as the members before it.
pub(crate) fn set(
    block: &str,
    key: &str,
    value: &Value,
    newline: &str,
) -> Result<String, EditError> {
    let rendered = serde_json::to_string(value).map_err(|e| EditError::Unsupported {
        key: key.to_string(),
        reason: e.to_string(),
    })?;
    let entries = json_entries(block);
    let rendered_key = serde_json::to_string(key).unwrap_or_default();
    let mut out = String::with_capacity(block.len() + rendered.len() + key.len() + 8);
    if let Some(entry) = entries.iter().find(|e| e.key == key) {
        out.push_str(&block[..entry.value.start]);
        out.push_str(&rendered);
        out.push_str(&block[entry.value.end..]);
        return Ok(out);
    }
    match entries.last() {
        Some(last) => {
            // The whitespace before the last key (`\n  `) separates members in this file.
            let before_last = &block[..last.key_start];
            let separator = &before_last[before_last.trim_end().len()..];
            let separator = if separator.is_empty() { " " } else { separator };
            out.push_str(&block[..last.extent.end]);
            out.push(',');
            out.push_str(separator);
            out.push_str(&format!("{rendered_key}: {rendered}"));
            out.push_str(&block[last.extent.end..]);
        }
        None => {
            let open = block.find('{').unwrap_or(0);
            out.push_str(&block[..open]);
            out.push_str(&format!(
                "{{{newline}  {rendered_key}: {rendered}{newline}}}"
            ));
        }
    }
    Ok(out)
}

/// The block without `key` and the comma that joined it to its neighbour.
pub(crate) fn unset(block: &str, key: &str) -> Result<String, EditError> {
    let entries = json_entries(block);
    let Some(index) = entries.iter().position(|e| e.key == key) else {
        return Ok(block.to_string());
    };
    let entry = &entries[index];
    let removed = if index > 0 {
        entries[index - 1].extent.end..entry.extent.end
    } else if let Some(next) = entries.get(index + 1) {
        entry.extent.start..next.key_start
    } else {
        let close = block.rfind('}').unwrap_or(block.len());
        let open = block.find('{').map_or(0, |i| i + 1);
        open..close
    };
    let mut out = String::with_capacity(block.len());
    out.push_str(&block[..removed.start]);
    out.push_str(&block[removed.end..]);
    Ok(out)
}
