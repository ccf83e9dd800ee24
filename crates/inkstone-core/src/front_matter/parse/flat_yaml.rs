//! A fast reader for flat YAML front matter (one `key: value` per line), exact or silent.
//!
//! Almost every post's front matter is a flat list of scalars, quoted strings and
//! one-line lists of strings. libyaml and serde spend most of an index's time on
//! such blocks, so this reader takes them directly. It must give exactly what
//! `serde_norway` gives: anything it is not sure about returns `None`, and the caller
//! falls back to the full parser (which also reports every error).

use indexmap::IndexMap;
use serde_json::Value;

/// The fields of a flat block and each key's 1-based FILE line.
pub(super) struct FlatFields {
    pub fields: IndexMap<String, Value>,
    pub key_lines: IndexMap<String, u32>,
}

/// Reads `block` when every line is blank, a column-0 comment or a one-line
/// `key: value`; `None` for anything else (nesting, block scalars, anchors, tags,
/// multi-line strings, duplicate keys, unusual characters, ...).
pub(super) fn parse_flat_yaml(block: &str, first_line: u32) -> Option<FlatFields> {
    if !has_only_plain_chars(block) {
        return None;
    }
    // One field a line at most: sized once, the maps never grow while filled.
    let lines = memchr::memchr_iter(b'\n', block.as_bytes()).count() + 1;
    let mut fields = IndexMap::with_capacity(lines);
    let mut key_lines = IndexMap::with_capacity(lines);
    for (index, line) in block.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.bytes().all(|b| b == b' ') || line.starts_with('#') {
            continue;
        }
        let (key, value_text) = split_key(line)?;
        let value = parse_value(value_text)?;
        let line_number = first_line.checked_add(u32::try_from(index).ok()?)?;
        if fields.insert(key.to_string(), value).is_some() {
            // Duplicates are an error; the full path reports it with both lines.
            return None;
        }
        key_lines.insert(key.to_string(), line_number);
    }
    // An empty block is YAML's null; the full path handles that rare case.
    (!fields.is_empty()).then_some(FlatFields { fields, key_lines })
}

/// True when every character is one libyaml reads as ordinary text. Tabs, line
/// separators other than `\n`/`\r\n`, control characters, C1 controls, BOMs and
/// U+FFFE/U+FFFF go the careful way. Works on bytes: this runs on every post.
fn has_only_plain_chars(block: &str) -> bool {
    let bytes = block.as_bytes();
    // Two passes the compiler and memchr make fast: no control characters (a count it
    // vectorizes), then a look at the few lead bytes that may start a refused character.
    let is_control = |b: u8| (b < 0x20 && b != b'\n' && b != b'\r') || b == 0x7f;
    if bytes.iter().filter(|&&b| is_control(b)).count() > 0 {
        return false;
    }
    let next = |i: usize| bytes.get(i).copied().unwrap_or(0);
    memchr::memchr3_iter(0xc2, 0xe2, 0xef, bytes).all(|i| match bytes[i] {
        // U+0080..U+009F
        0xc2 => !(0x80..=0x9f).contains(&next(i + 1)),
        // U+2028, U+2029
        0xe2 => !(next(i + 1) == 0x80 && matches!(next(i + 2), 0xa8 | 0xa9)),
        // U+FEFF, U+FFFE, U+FFFF
        _ => !matches!(
            (next(i + 1), next(i + 2)),
            (0xbb, 0xbf) | (0xbf, 0xbe | 0xbf)
        ),
    })
}

/// `key: rest` with a simple key (ASCII letters, digits, `_`, `-`, starting with a
/// letter or `_`) that YAML cannot read as anything but text.
fn split_key(line: &str) -> Option<(&str, &str)> {
    let key_len = line
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
        .count();
    let key = &line[..key_len];
    let first = key.bytes().next()?;
    if !(first.is_ascii_alphabetic() || first == b'_') || is_special_word(key) {
        return None;
    }
    let after_colon = line[key_len..].strip_prefix(':')?;
    if !(after_colon.is_empty() || after_colon.starts_with(' ')) {
        return None;
    }
    if line.contains('\r') {
        return None;
    }
    Some((key, after_colon.trim_start_matches(' ')))
}

fn is_special_word(word: &str) -> bool {
    matches!(
        word,
        "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
    )
}

/// The value after `key: ` (leading spaces already gone).
fn parse_value(text: &str) -> Option<Value> {
    if text.is_empty() || text.starts_with('#') {
        return Some(Value::Null);
    }
    let (value, rest) = match text.as_bytes()[0] {
        b'"' => double_quoted(text)?,
        b'\'' => single_quoted(text)?,
        b'[' => flow_list(text)?,
        _ => return plain_block_scalar(text),
    };
    only_comment(rest).then_some(value)
}

/// True when `rest` (what follows a closed value) is nothing or spaces and a comment.
fn only_comment(rest: &str) -> bool {
    let trimmed = rest.trim_start_matches(' ');
    trimmed.is_empty() || (trimmed.starts_with('#') && trimmed.len() < rest.len())
}

/// A plain scalar that ends the line, with an optional ` # comment`.
fn plain_block_scalar(text: &str) -> Option<Value> {
    if starts_with_indicator(text) {
        return None;
    }
    let text = text.find(" #").map_or(text, |at| &text[..at]);
    let text = text.trim_end_matches(' ');
    if text.contains(": ") || text.ends_with(':') {
        return None;
    }
    resolve_plain(text)
}

/// Characters that give a plain scalar's first character another meaning.
fn starts_with_indicator(text: &str) -> bool {
    text.starts_with([
        '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@',
        '`',
    ])
}

/// `"…"` on one line, with YAML's escapes; the value and what follows the quote.
fn double_quoted(text: &str) -> Option<(Value, &str)> {
    let inner = &text[1..];
    // The common case, no escapes: one copy of the text between the quotes.
    let stop = memchr::memchr2(b'"', b'\\', inner.as_bytes())?;
    if inner.as_bytes()[stop] == b'"' {
        return Some((Value::String(inner[..stop].to_string()), &inner[stop + 1..]));
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = inner.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((Value::String(out), &inner[at + 1..])),
            '\\' => {
                let (_, escape) = chars.next()?;
                let decoded = match escape {
                    '0' => '\0',
                    'a' => '\u{7}',
                    'b' => '\u{8}',
                    't' => '\t',
                    'n' => '\n',
                    'v' => '\u{b}',
                    'f' => '\u{c}',
                    'r' => '\r',
                    'e' => '\u{1b}',
                    ' ' => ' ',
                    '"' => '"',
                    '/' => '/',
                    '\\' => '\\',
                    'N' => '\u{85}',
                    '_' => '\u{a0}',
                    'L' => '\u{2028}',
                    'P' => '\u{2029}',
                    'x' => hex_char(&mut chars, 2)?,
                    'u' => hex_char(&mut chars, 4)?,
                    'U' => hex_char(&mut chars, 8)?,
                    _ => return None,
                };
                out.push(decoded);
            }
            _ => out.push(c),
        }
    }
    // Unterminated on this line: a multi-line string (or an error) for the full parser.
    None
}

fn hex_char(chars: &mut std::str::CharIndices<'_>, digits: usize) -> Option<char> {
    let mut code = 0u32;
    for _ in 0..digits {
        code = code * 16 + chars.next()?.1.to_digit(16)?;
    }
    char::from_u32(code)
}

/// `'…'` on one line, where `''` is a quote.
fn single_quoted(text: &str) -> Option<(Value, &str)> {
    let mut out = String::with_capacity(text.len());
    let mut rest = &text[1..];
    loop {
        let quote = rest.find('\'')?;
        out.push_str(&rest[..quote]);
        rest = &rest[quote + 1..];
        match rest.strip_prefix('\'') {
            Some(after) => {
                out.push('\'');
                rest = after;
            }
            None => return Some((Value::String(out), rest)),
        }
    }
}

/// `[a, "b", 'c']` on one line, items being scalars.
fn flow_list(text: &str) -> Option<(Value, &str)> {
    let mut items = Vec::new();
    let mut rest = text[1..].trim_start_matches(' ');
    if let Some(after) = rest.strip_prefix(']') {
        return Some((Value::Array(items), after));
    }
    loop {
        let (item, after) = match rest.as_bytes().first()? {
            b'"' => double_quoted(rest)?,
            b'\'' => single_quoted(rest)?,
            _ => {
                let end = rest.find([',', ']'])?;
                let raw = rest[..end].trim_end_matches(' ');
                if raw.is_empty()
                    || starts_with_indicator(raw)
                    || raw.contains([':', '#', '[', '{', '}'])
                {
                    return None;
                }
                (resolve_plain(raw)?, &rest[end..])
            }
        };
        items.push(item);
        let after = after.trim_start_matches(' ');
        match after.as_bytes().first()? {
            b']' => return Some((Value::Array(items), &after[1..])),
            b',' => rest = after[1..].trim_start_matches(' '),
            _ => return None,
        }
        if rest.starts_with(']') {
            // A trailing comma: rare enough to leave to the full parser.
            return None;
        }
    }
}

/// What a plain scalar means to serde_norway: null, a boolean, a number, or text.
/// `None` for integers past 64 bits, which take another route there.
fn resolve_plain(text: &str) -> Option<Value> {
    if matches!(text, "" | "~" | "null" | "Null" | "NULL") {
        return Some(Value::Null);
    }
    match text {
        "true" | "True" | "TRUE" => return Some(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Value::Bool(false)),
        _ => {}
    }
    if let Some(n) = unsigned_int(text) {
        return u64::try_from(n).ok().map(Value::from);
    }
    if let Some(n) = negative_int(text) {
        return i64::try_from(n).ok().map(Value::from);
    }
    if !leading_zero_digits(text) {
        if let Some(float) = yaml_float(text) {
            return Some(serde_json::Number::from_f64(float).map_or(Value::Null, Value::Number));
        }
    }
    Some(Value::String(text.to_string()))
}

/// `0x1F`, `0o17`, `0b101` or decimal digits, with an optional `+`.
fn unsigned_int(text: &str) -> Option<u128> {
    let unsigned = text.strip_prefix('+').unwrap_or(text);
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(digits) = unsigned.strip_prefix(prefix) {
            if digits.starts_with(['+', '-']) {
                return None;
            }
            if let Ok(n) = u128::from_str_radix(digits, radix) {
                return Some(n);
            }
        }
    }
    if unsigned.starts_with(['+', '-']) || leading_zero_digits(text) {
        return None;
    }
    unsigned.parse::<u128>().ok()
}

/// `-0x1F`, `-0o17`, `-0b101` or signed decimal digits.
fn negative_int(text: &str) -> Option<i128> {
    for (prefix, radix) in [("-0x", 16), ("-0o", 8), ("-0b", 2)] {
        if let Some(digits) = text.strip_prefix(prefix) {
            if let Ok(n) = i128::from_str_radix(&format!("-{digits}"), radix) {
                return Some(n);
            }
        }
    }
    if leading_zero_digits(text) {
        return None;
    }
    text.parse::<i128>().ok()
}

/// `007`: YAML 1.2 reads a leading zero followed by digits as text.
fn leading_zero_digits(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    digits.len() > 1 && digits.starts_with('0') && digits[1..].bytes().all(|b| b.is_ascii_digit())
}

/// `1.5`, `1e3`, `.inf`, `-.Inf`, `.nan`; non-finite spellings Rust accepts
/// (`inf`, `NaN`) stay text, as in YAML 1.2.
fn yaml_float(text: &str) -> Option<f64> {
    let unsigned = match text.strip_prefix('+') {
        Some(rest) if rest.starts_with(['+', '-']) => return None,
        Some(rest) => rest,
        None => text,
    };
    if matches!(unsigned, ".inf" | ".Inf" | ".INF") {
        return Some(f64::INFINITY);
    }
    if matches!(text, "-.inf" | "-.Inf" | "-.INF") {
        return Some(f64::NEG_INFINITY);
    }
    if matches!(text, ".nan" | ".NaN" | ".NAN") {
        return Some(f64::NAN);
    }
    unsigned.parse::<f64>().ok().filter(|f| f.is_finite())
}

#[cfg(test)]
mod tests;
