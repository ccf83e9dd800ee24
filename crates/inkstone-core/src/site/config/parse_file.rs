//! Reading one config file (TOML, YAML or JSON) into a tree with lowercased keys.

use crate::site::SiteError;
use crate::toml_json::toml_to_json;
use serde_json::{Map, Value};
use std::path::Path;

/// Config files larger than this are refused: no real Hugo config comes close.
const MAX_CONFIG_BYTES: u64 = 8 * 1024 * 1024;

/// Reads and parses `path`, choosing the format by extension. Keys are lowercased at
/// every level, as Hugo treats config keys case-insensitively.
pub(crate) fn read_config_file(path: &Path) -> Result<Value, SiteError> {
    let read_error = |source| SiteError::ConfigRead {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    if size > MAX_CONFIG_BYTES {
        return Err(SiteError::ConfigValue {
            path: path.to_path_buf(),
            key: "(file)".into(),
            problem: format!("is {size} bytes, too large for a site config"),
            hint: "split it into config/_default/ files or remove generated data".into(),
        });
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(
            &String::from_utf8_lossy(e.as_bytes()),
            e.utf8_error().valid_up_to(),
        );
        SiteError::ConfigSyntax {
            path: path.to_path_buf(),
            line,
            column,
            format: "UTF-8",
            message: "invalid UTF-8 byte".into(),
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let tree = parse_config_text(text, extension).map_err(|syntax| SiteError::ConfigSyntax {
        path: path.to_path_buf(),
        line: syntax.line,
        column: syntax.column,
        format: syntax.format,
        message: syntax.message,
    })?;
    Ok(lowercase_keys(tree))
}

/// A syntax error before the file name is attached.
pub(crate) struct SyntaxError {
    pub line: u32,
    pub column: u32,
    pub format: &'static str,
    pub message: String,
}

/// Parses config text of the format named by `extension` (`toml`, `yaml`, `yml`, `json`).
pub(crate) fn parse_config_text(text: &str, extension: &str) -> Result<Value, SyntaxError> {
    match extension {
        "toml" => toml::from_str::<toml::Table>(text)
            .map(|table| toml_to_json(toml::Value::Table(table)))
            .map_err(|e| {
                let (line, column) = e
                    .span()
                    .map(|span| line_column(text, span.start))
                    .unwrap_or((1, 1));
                SyntaxError {
                    line,
                    column,
                    format: "TOML",
                    message: e.message().trim().to_string(),
                }
            }),
        "yaml" | "yml" => {
            if text.trim().is_empty() {
                return Ok(Value::Object(Map::new()));
            }
            serde_norway::from_str::<Value>(text).map_err(|e| {
                let (line, column) = e
                    .location()
                    .map(|l| (to_u32(l.line()), to_u32(l.column())))
                    .unwrap_or((1, 1));
                SyntaxError {
                    line,
                    column,
                    format: "YAML",
                    message: strip_position_suffix(&e.to_string()),
                }
            })
        }
        _ => serde_json::from_str::<Value>(text).map_err(|e| SyntaxError {
            line: to_u32(e.line()),
            column: to_u32(e.column()),
            format: "JSON",
            message: strip_position_suffix(&e.to_string()),
        }),
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX).max(1)
}

/// serde error texts end with " at line X column Y"; we report the position ourselves.
fn strip_position_suffix(message: &str) -> String {
    match message.find(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

/// 1-based line and character column of byte `offset` in `text`.
pub(crate) fn line_column(text: &str, offset: usize) -> (u32, u32) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (to_u32(line), to_u32(column))
}

/// Lowercases every map key, keeping values (and their case) untouched.
pub(crate) fn lowercase_keys(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k.to_lowercase(), lowercase_keys(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(lowercase_keys).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_error_carries_line_and_column() {
        let Err(e) = parse_config_text("title = \"a\"\nbaseURL = \n", "toml") else {
            panic!("expected a syntax error");
        };
        assert_eq!((e.line, e.column, e.format), (2, 11, "TOML"));
    }

    #[test]
    fn yaml_error_carries_line_and_column() {
        let Err(e) = parse_config_text("title: a\nlanguages: [\n", "yaml") else {
            panic!("expected a syntax error");
        };
        assert_eq!(e.format, "YAML");
        assert!(e.line >= 2, "line {}", e.line);
    }

    #[test]
    fn keys_are_lowercased_values_are_not() {
        let tree = parse_config_text("baseURL = \"https://A.org/\"\n", "toml").ok();
        let tree = tree.map(lowercase_keys);
        assert_eq!(tree, Some(serde_json::json!({"baseurl": "https://A.org/"})));
    }

    #[test]
    fn line_column_counts_characters_not_bytes() {
        assert_eq!(line_column("標題\nab標x", 12), (2, 4));
    }
}
