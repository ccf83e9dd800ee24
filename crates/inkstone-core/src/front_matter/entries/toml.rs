//! Top-level fields of a TOML block: `key = value` lines and `[table]` sections.

use super::Entry;
use crate::front_matter::text_pos::lines;

/// Scans `block` for top-level fields. A `key = value` field may span lines
/// (multi-line arrays and strings); a `[table]` section runs to the next header.
pub(crate) fn toml_entries(block: &str) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut in_table = false;
    let mut pos = 0;
    while pos < block.len() {
        let Some(line) = lines(&block[pos..]).next() else {
            break;
        };
        let (line_start, line_end) = (pos + line.start, pos + line.end);
        let indent = line.content.len() - line.content.trim_start().len();
        let trimmed = line.content.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            pos = line_end;
            continue;
        }
        if trimmed.starts_with('[') {
            in_table = true;
            let name = trimmed.trim_start_matches('[');
            let key = first_key_segment(name, ']').unwrap_or_default();
            entries.push(Entry {
                key,
                key_start: line_start + indent,
                extent: line_start..line_end,
                value: line_end..line_end,
                is_table: true,
            });
            pos = line_end;
            continue;
        }
        let equals = find_outside_quotes(line.content, b'=');
        let value_start = equals.map_or(line_end, |eq| line_start + eq + 1);
        let value_end = value_line_end(block, value_start);
        if in_table {
            if let Some(table) = entries.last_mut() {
                table.extent.end = value_end;
            }
        } else if let Some(eq) = equals {
            let key = first_key_segment(&line.content[indent..eq], '=').unwrap_or_default();
            let value_text_end = block[..value_end].trim_end_matches(['\n', '\r']).len();
            entries.push(Entry {
                key,
                key_start: line_start + indent,
                extent: line_start..value_end,
                value: value_start..value_text_end.max(value_start),
                is_table: false,
            });
        }
        pos = value_end.max(line_end);
    }
    entries
}

/// The first segment of a (possibly dotted, possibly quoted) key, up to `stop`.
fn first_key_segment(text: &str, stop: char) -> Option<String> {
    let text = text.trim_start();
    if let Some(rest) = text.strip_prefix('"') {
        let end = rest.find('"')?;
        let raw = &text[..end + 2];
        return Some(
            serde_json::from_str::<String>(raw).unwrap_or_else(|_| rest[..end].to_string()),
        );
    }
    if let Some(rest) = text.strip_prefix('\'') {
        return Some(rest[..rest.find('\'')?].to_string());
    }
    let end = text.find(['.', stop]).unwrap_or(text.len());
    Some(text[..end].trim().to_string())
}

fn find_outside_quotes(line: &str, wanted: u8) -> Option<usize> {
    let mut quote = None;
    for (i, b) in line.bytes().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, _) if b == wanted => return Some(i),
            _ => {}
        }
    }
    None
}

/// The end (past its line ending) of the line on which the value starting at `from`
/// ends, following brackets and strings that continue over several lines.
fn value_line_end(block: &str, from: usize) -> usize {
    let bytes = block.as_bytes();
    let mut depth = 0usize;
    let mut i = from;
    while i < bytes.len() {
        let rest = &bytes[i..];
        if rest.starts_with(b"\"\"\"") || rest.starts_with(b"'''") {
            let fence = &rest[..3];
            let close = rest[3..].windows(3).position(|w| w == fence);
            i = close.map_or(bytes.len(), |n| i + 3 + n + 3);
            continue;
        }
        match bytes[i] {
            b'"' => i = skip_basic_string(bytes, i + 1),
            b'\'' => {
                i = memchr::memchr2(b'\'', b'\n', &bytes[i + 1..])
                    .map_or(bytes.len(), |n| i + 1 + n + 1)
            }
            b'#' => i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n),
            b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'\n' if depth == 0 => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn skip_basic_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            b'\n' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_line_arrays_and_tables_are_one_field_each() {
        let block = "title = \"A # b\"\ntags = [\n  \"x\",\n]\n\n[params]\nk = 1\n";
        let got: Vec<_> = toml_entries(block)
            .into_iter()
            .map(|e| (e.key, block[e.extent].to_string(), e.is_table))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "title".to_string(),
                    "title = \"A # b\"\n".to_string(),
                    false
                ),
                (
                    "tags".to_string(),
                    "tags = [\n  \"x\",\n]\n".to_string(),
                    false
                ),
                ("params".to_string(), "[params]\nk = 1\n".to_string(), true),
            ]
        );
    }
}
