//! Parsing a front matter block into ordered fields, with each key's line in the file.

mod flat_yaml;

use super::entries::{json_entries, toml_entries, yaml_entries, Entry};
use super::error::FrontMatterError;
use super::split::{split, Format, Split};
use super::text_pos::{column_of, line_of, saturating_u32};
use crate::toml_json::toml_to_json;
use indexmap::IndexMap;
use serde_json::Value;

/// The parsed front matter of one file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FrontMatter {
    pub format: Option<Format>,
    /// File order; dates as strings exactly as written (TOML datetimes as RFC 3339).
    pub fields: IndexMap<String, Value>,
    /// 1-based FILE line of each top-level key.
    pub key_lines: IndexMap<String, u32>,
}

/// Front matter longer than this is not a post's metadata; refusing it keeps a
/// malicious or broken file from costing the index seconds.
pub(crate) const MAX_BLOCK_BYTES: usize = 1024 * 1024;
/// Real front matter rarely uses aliases at all; each one can replay a whole subtree.
pub(crate) const MAX_YAML_ALIASES: usize = 100;
/// Metadata nests two or three levels; a hundred is a broken or hostile file.
pub(crate) const MAX_NESTING: usize = 100;

/// Splits and parses `text` in one call.
pub fn read(text: &str) -> Result<(Split, FrontMatter), FrontMatterError> {
    let split = split(text)?;
    let front_matter = parse(text, &split)?;
    Ok((split, front_matter))
}

/// Parses the block `split` found in `text`.
pub fn parse(text: &str, split: &Split) -> Result<FrontMatter, FrontMatterError> {
    let Some(format) = split.format else {
        return Ok(FrontMatter::default());
    };
    let block = text.get(split.block.clone()).unwrap_or("");
    let first_line = split.block_first_line;
    if block.len() > MAX_BLOCK_BYTES {
        return Err(FrontMatterError::TooLarge {
            bytes: block.len(),
            limit: MAX_BLOCK_BYTES,
            line: first_line,
        });
    }
    let place = BlockPlace {
        first_line,
        first_column: column_of(text, split.block.start),
    };
    if format == Format::Yaml {
        check_yaml_limits(block, &place)?;
        // Most posts are flat: read those directly, exactly as the full parser would.
        if let Some(flat) = flat_yaml::parse_flat_yaml(block, first_line) {
            return Ok(FrontMatter {
                format: Some(format),
                fields: flat.fields,
                key_lines: flat.key_lines,
            });
        }
    }
    let (value, entries) = match format {
        Format::Yaml => (parse_yaml(block, &place)?, yaml_entries(block)),
        Format::Toml => (parse_toml(block, &place)?, toml_entries(block)),
        Format::Json => (parse_json(block, &place)?, json_entries(block)),
    };
    let fields = match value {
        // The TOML table is sorted by key; the line scan gives the file's order back.
        Value::Object(map) if format == Format::Toml => in_file_order(map, &entries),
        Value::Object(map) => map.into_iter().collect::<IndexMap<_, _>>(),
        Value::Null => IndexMap::new(),
        other => {
            return Err(FrontMatterError::NotAMap {
                format,
                found: kind_of(&other),
                line: first_line,
            });
        }
    };
    let key_lines = key_lines(block, &fields, &entries, format, first_line)?;
    Ok(FrontMatter {
        format: Some(format),
        fields,
        key_lines,
    })
}

/// Where the block starts in the file, to turn block positions into file positions.
struct BlockPlace {
    first_line: u32,
    first_column: u32,
}

impl BlockPlace {
    /// File line and column of a 1-based line and column inside the block.
    fn file_position(&self, line: usize, column: usize) -> (u32, u32) {
        let line = saturating_u32(line.max(1));
        let column = saturating_u32(column.max(1));
        let file_column = if line == 1 {
            column.saturating_add(self.first_column - 1)
        } else {
            column
        };
        (self.first_line.saturating_add(line - 1), file_column)
    }
}

/// Refuses alias bombs and very deep nesting before any parser sees the block.
fn check_yaml_limits(block: &str, place: &BlockPlace) -> Result<(), FrontMatterError> {
    let aliases = count_yaml_aliases(block);
    if aliases > MAX_YAML_ALIASES {
        return Err(FrontMatterError::TooManyAliases {
            count: aliases,
            limit: MAX_YAML_ALIASES,
            line: place.first_line,
        });
    }
    if flow_depth(block) > MAX_NESTING {
        return Err(FrontMatterError::TooDeep {
            limit: MAX_NESTING,
            line: place.first_line,
        });
    }
    Ok(())
}

/// The full YAML parser; `check_yaml_limits` has already passed.
fn parse_yaml(block: &str, place: &BlockPlace) -> Result<Value, FrontMatterError> {
    serde_norway::from_str::<Value>(block).map_err(|error| {
        let (line, column) = error
            .location()
            .map_or((1, 1), |at| (at.line(), at.column()));
        let block_line = block.lines().nth(line.saturating_sub(1)).unwrap_or("");
        let message = plain_yaml_message(&without_position(&error.to_string()), block_line);
        let (line, column) = place.file_position(line, column);
        FrontMatterError::Syntax {
            format: Format::Yaml,
            message,
            line,
            column,
        }
    })
}

/// Rewords the libyaml messages writers meet most into what they did.
fn plain_yaml_message(message: &str, offending_line: &str) -> String {
    if message.contains("cannot start any token") && offending_line.contains('\t') {
        "a tab is used for indentation; YAML indents with spaces only".to_string()
    } else if message.contains("invalid type: enum") {
        "a YAML tag such as `!name` is not supported in front matter".to_string()
    } else {
        message.to_string()
    }
}

/// Counts `*name` tokens where an alias may stand: after a space, `[`, `{`, `,`, `-`
/// or `:`. Over-counting a `*` in prose only matters past the generous limit.
fn count_yaml_aliases(block: &str) -> usize {
    let bytes = block.as_bytes();
    memchr::memchr_iter(b'*', bytes)
        .filter(|&i| {
            let before = if i == 0 { b'\n' } else { bytes[i - 1] };
            let after = bytes.get(i + 1).copied().unwrap_or(b' ');
            matches!(
                before,
                b' ' | b'\t' | b'\n' | b'[' | b'{' | b',' | b':' | b'-'
            ) && !matches!(after, b' ' | b'\t' | b'\r' | b'\n' | b'*')
        })
        .count()
}

/// serde_norway and serde_json put "at line L column C" (block coordinates) into
/// their messages; the error carries file coordinates separately, so those would
/// only mislead.
fn without_position(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find(" at line ") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + " at line ".len()..];
        let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let line_digits = digits(tail);
        let after_line = &tail[line_digits..];
        match after_line.strip_prefix(" column ") {
            Some(column) if line_digits > 0 => rest = &column[digits(column)..],
            _ => {
                out.push_str(" at line ");
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// How deep `[`/`{` brackets nest, ignoring brackets inside quotes. libyaml keeps
/// going long after serde_norway's own limit, so very deep blocks are refused first.
fn flow_depth(block: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut quote: Option<u8> = None;
    for &b in block.as_bytes() {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), b'\n') => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'[' | b'{') => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            (None, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

fn parse_toml(block: &str, place: &BlockPlace) -> Result<Value, FrontMatterError> {
    match toml::from_str::<toml::Table>(block) {
        Ok(table) => Ok(Value::Object(
            table
                .into_iter()
                .map(|(k, v)| (k, toml_to_json(v)))
                .collect(),
        )),
        Err(error) => {
            let at = error.span().map_or(0, |span| span.start);
            let (line, column) =
                place.file_position(line_of(block, at) as usize, column_of(block, at) as usize);
            Err(FrontMatterError::Syntax {
                format: Format::Toml,
                message: error.message().trim().to_string(),
                line,
                column,
            })
        }
    }
}

fn parse_json(block: &str, place: &BlockPlace) -> Result<Value, FrontMatterError> {
    serde_json::from_str::<Value>(block).map_err(|error| {
        let (line, column) = place.file_position(error.line(), error.column());
        FrontMatterError::Syntax {
            format: Format::Json,
            message: without_position(&error.to_string()),
            line,
            column,
        }
    })
}

fn in_file_order(
    mut map: serde_json::Map<String, Value>,
    entries: &[Entry],
) -> IndexMap<String, Value> {
    let mut ordered = IndexMap::with_capacity(map.len());
    for entry in entries {
        if let Some(value) = map.remove(&entry.key) {
            ordered.insert(entry.key.clone(), value);
        }
    }
    ordered.extend(map);
    ordered
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Array(_) => "list",
        Value::String(_) => "piece of text",
        Value::Number(_) => "number",
        Value::Bool(_) => "true/false value",
        Value::Null | Value::Object(_) => "map",
    }
}

/// Each field's key line, from the line scan; a field the scan could not place
/// (an unusual layout) gets the block's first line rather than no line at all.
fn key_lines(
    block: &str,
    fields: &IndexMap<String, Value>,
    entries: &[Entry],
    format: Format,
    first_line: u32,
) -> Result<IndexMap<String, u32>, FrontMatterError> {
    let mut lines = IndexMap::with_capacity(fields.len());
    let mut line_cursor = (0usize, first_line);
    for entry in entries {
        // Count newlines incrementally: entries come in block order.
        let (from, line_at_from) = line_cursor;
        let start = entry.key_start.max(from);
        let line = line_at_from
            + saturating_u32(memchr::memchr_iter(b'\n', &block.as_bytes()[from..start]).count());
        line_cursor = (start, line);
        if let Some(&first) = lines.get(&entry.key) {
            // TOML reopens tables (`[params]`, `[params.x]`); its parser rejects real duplicates.
            if format != Format::Toml {
                return Err(FrontMatterError::DuplicateKey {
                    key: entry.key.clone(),
                    line,
                    first_line: first,
                });
            }
            continue;
        }
        if fields.contains_key(&entry.key) {
            lines.insert(entry.key.clone(), line);
        }
    }
    let mut ordered = IndexMap::with_capacity(fields.len());
    for key in fields.keys() {
        ordered.insert(key.clone(), lines.get(key).copied().unwrap_or(first_line));
    }
    Ok(ordered)
}
