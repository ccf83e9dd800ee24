//! Top-level fields of a YAML block: a key at column 0 and its continuation lines.

use super::Entry;
use crate::front_matter::text_pos::lines;

/// Scans `block` for top-level `key: value` lines. A field runs until the next
/// top-level key; blank and comment lines between two fields belong to neither,
/// unless the field's own indented lines continue after them.
pub(crate) fn yaml_entries(block: &str) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    for line in lines(block) {
        if let Some((key, value_offset)) = top_level_key(line.content) {
            entries.push(Entry {
                key,
                key_start: line.start,
                extent: line.start..line.end,
                value: line.start + value_offset..line.start + line.content.len(),
                is_table: false,
            });
            continue;
        }
        let content = line.content;
        let is_blank = content.trim().is_empty();
        let is_column0_comment = content.starts_with('#');
        if is_blank || is_column0_comment {
            continue;
        }
        // Indented lines, `- item` lines at column 0 and anything else that is not a
        // key continue the current field, with any blank lines in between.
        if let Some(current) = entries.last_mut() {
            current.extent.end = line.end;
        }
    }
    entries
}

/// The key of a line that starts a top-level field, and the byte offset just after
/// its `:`. `None` for list items, comments, document markers and continuations.
pub(crate) fn top_level_key(line: &str) -> Option<(String, usize)> {
    let first = line.chars().next()?;
    if matches!(
        first,
        ' ' | '\t' | '#' | '[' | '{' | ']' | '}' | '?' | '|' | '>' | '%' | '@' | '`' | ','
    ) {
        return None;
    }
    if first == '-'
        && (line.len() == 1 || line[1..].starts_with([' ', '\t']) || line.starts_with("---"))
    {
        return None;
    }
    if line.starts_with("...") {
        return None;
    }
    let (key, after_key) = match first {
        '"' => {
            let end = closing_double_quote(line)?;
            let raw = &line[..=end];
            let key =
                serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw[1..end].to_string());
            (key, end + 1)
        }
        '\'' => {
            let end = closing_single_quote(line)?;
            (line[1..end].replace("''", "'"), end + 1)
        }
        _ => {
            let colon = plain_key_colon(line)?;
            (line[..colon].trim_end().to_string(), colon)
        }
    };
    let rest = &line[after_key..];
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let rest = &rest[spaces..];
    let after_colon = rest.strip_prefix(':')?;
    if !(after_colon.is_empty() || after_colon.starts_with([' ', '\t'])) {
        return None;
    }
    Some((key, after_key + spaces + 1))
}

/// The first `:` followed by a space or the line's end, before any ` #` comment.
fn plain_key_colon(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'#' && i > 0 && matches!(bytes[i - 1], b' ' | b'\t') {
            return None;
        }
        if b == b':' && matches!(bytes.get(i + 1), None | Some(b' ') | Some(b'\t')) {
            return Some(i);
        }
    }
    None
}

fn closing_double_quote(line: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, b) in line.bytes().enumerate().skip(1) {
        match b {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'"' => return Some(i),
            _ => {}
        }
    }
    None
}

fn closing_single_quote(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut i = 1;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            if bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Some(i);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(block: &str) -> Vec<(String, String)> {
        yaml_entries(block)
            .into_iter()
            .map(|e| (e.key, block[e.extent].to_string()))
            .collect()
    }

    #[test]
    fn block_lists_and_nested_maps_belong_to_their_key() {
        let block = "title: A\ntags:\n  - a\n- b\n\n# about params\nparams:\n  x: 1\n\n  y: 2\ndraft: true\n";
        assert_eq!(
            summary(block),
            vec![
                ("title".to_string(), "title: A\n".to_string()),
                ("tags".to_string(), "tags:\n  - a\n- b\n".to_string()),
                (
                    "params".to_string(),
                    "params:\n  x: 1\n\n  y: 2\n".to_string()
                ),
                ("draft".to_string(), "draft: true\n".to_string()),
            ]
        );
    }

    #[test]
    fn quoted_keys_and_urls_in_values_are_read_correctly() {
        assert_eq!(top_level_key("\"a b\": 1"), Some(("a b".to_string(), 6)));
        assert_eq!(top_level_key("'it''s': 1"), Some(("it's".to_string(), 8)));
        assert_eq!(
            top_level_key("url: https://x.y/z"),
            Some(("url".to_string(), 4))
        );
        assert_eq!(top_level_key("- item: 1"), None);
        assert_eq!(top_level_key("just text"), None);
    }
}
