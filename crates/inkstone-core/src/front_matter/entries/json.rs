//! Top-level members of a JSON object block: each key string and its value's span.

use super::Entry;

/// Scans the object in `block` for its members at depth 1. Stops quietly at the
/// first thing that is not well-formed; the parser reports the real error.
pub(crate) fn json_entries(block: &str) -> Vec<Entry> {
    let bytes = block.as_bytes();
    let mut entries = Vec::new();
    let Some(open) = memchr::memchr(b'{', bytes) else {
        return entries;
    };
    let mut i = open + 1;
    loop {
        i = skip_whitespace(bytes, i);
        if bytes.get(i) != Some(&b'"') {
            return entries;
        }
        let key_start = i;
        let key_end = string_end(bytes, i + 1);
        let key = serde_json::from_str::<String>(&block[key_start..key_end]).unwrap_or_default();
        i = skip_whitespace(bytes, key_end);
        if bytes.get(i) != Some(&b':') {
            return entries;
        }
        let value_start = skip_whitespace(bytes, i + 1);
        let value_end = value_end(bytes, value_start);
        entries.push(Entry {
            key,
            key_start,
            extent: key_start..value_end,
            value: value_start..value_end,
            is_table: false,
        });
        i = skip_whitespace(bytes, value_end);
        if bytes.get(i) != Some(&b',') {
            return entries;
        }
        i += 1;
    }
}

fn skip_whitespace(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\r' | b'\n') {
        i += 1;
    }
    i
}

/// Position just past the closing quote of the string whose content starts at `i`.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Position just past the value starting at `i`: a string, a nested container, or
/// a bare literal (number, `true`, `null`) that ends at `,`, `}` or whitespace.
fn value_end(bytes: &[u8], i: usize) -> usize {
    let mut depth = 0usize;
    let mut j = i;
    while j < bytes.len() {
        match bytes[j] {
            b'"' => {
                j = string_end(bytes, j + 1);
                if depth == 0 {
                    return j;
                }
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth == 0 => return j,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            b',' | b' ' | b'\t' | b'\r' | b'\n' if depth == 0 => return j,
            _ => {}
        }
        j += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_give_key_and_value_spans() {
        let block = "{\n  \"title\": \"a}\",\n  \"tags\": [\"x\", {\"y\": 1}],\n  \"n\": 3\n}";
        let got: Vec<_> = json_entries(block)
            .into_iter()
            .map(|e| (e.key, block[e.value].to_string()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("title".to_string(), "\"a}\"".to_string()),
                ("tags".to_string(), "[\"x\", {\"y\": 1}]".to_string()),
                ("n".to_string(), "3".to_string()),
            ]
        );
    }
}
