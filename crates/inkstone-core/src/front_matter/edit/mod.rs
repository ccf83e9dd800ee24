//! Lossless edits of one top-level field: only that field's lines change.
//!
//! Each format's editor rewrites the field's own lines and leaves every other byte
//! alone. The result is then parsed again and must hold exactly the old fields with
//! the one change; if not, the edit is refused rather than written.

mod json;
mod toml;
mod yaml;
mod yaml_render;
mod yaml_style;

use super::error::FrontMatterError;
use super::parse::read;
use super::split::{Format, Split};
use indexmap::IndexMap;
use serde_json::Value;

/// Why a field could not be edited. On error nothing was changed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("the front matter cannot be edited because it does not parse: {0}")]
    Unparsable(FrontMatterError),

    #[error("`{key}` is not a usable field name: {reason}")]
    InvalidKey { key: String, reason: &'static str },

    #[error("`{key}` cannot be edited here: {reason}")]
    Unsupported { key: String, reason: String },

    #[error("changing `{key}` here would also change other fields")]
    WouldChangeOtherFields { key: String },
}

impl EditError {
    /// A stable kebab-case identifier the UI and the CLI branch on.
    pub fn code(&self) -> &'static str {
        match self {
            EditError::Unparsable(inner) => inner.code(),
            EditError::InvalidKey { .. } => "front-matter-invalid-key",
            EditError::Unsupported { .. } => "front-matter-edit-unsupported",
            EditError::WouldChangeOtherFields { .. } => "front-matter-edit-unsafe",
        }
    }

    /// The likely fix, written for the writer.
    pub fn hint(&self) -> String {
        match self {
            EditError::Unparsable(inner) => inner.hint(),
            EditError::InvalidKey { .. } => {
                "use a name of letters, digits, `_` or `-`, such as `source_url`".to_string()
            }
            EditError::Unsupported { .. } | EditError::WouldChangeOtherFields { .. } => {
                "edit this field in the text view instead".to_string()
            }
        }
    }

    /// 1-based file line of the problem (1 when it is not about one place).
    pub fn line(&self) -> u32 {
        match self {
            EditError::Unparsable(inner) => inner.line(),
            _ => 1,
        }
    }

    /// 1-based file column of the problem.
    pub fn column(&self) -> u32 {
        match self {
            EditError::Unparsable(inner) => inner.column(),
            _ => 1,
        }
    }
}

/// Sets top-level `key` to `value`, changing only that field's lines. A new key goes
/// at the end of the block (TOML: after the last plain field, before any `[table]`);
/// a file without front matter gets a new YAML block.
pub fn set_field(text: &str, key: &str, value: &Value) -> Result<String, EditError> {
    check_key(key)?;
    let (split, front_matter) = read(text).map_err(EditError::Unparsable)?;
    let mut expected = front_matter.fields.clone();
    expected.insert(key.to_string(), value.clone());
    let attempts: Vec<String> = match split.format {
        None => vec![yaml::new_block(text, &split, key, value)],
        Some(format) => {
            let block = text.get(split.block.clone()).unwrap_or("");
            let newline = split.line_ending.as_str();
            let blocks = match format {
                Format::Yaml => yaml::set(block, key, value, newline, &front_matter.fields)?,
                Format::Toml => toml::set(block, key, value, newline)?,
                Format::Json => vec![json::set(block, key, value, newline)?],
            };
            blocks
                .iter()
                .map(|new_block| stitch(text, &split, new_block))
                .collect()
        }
    };
    first_verified(attempts, &expected, key)
}

/// Removes top-level `key` and its lines; a missing key leaves the text unchanged.
pub fn unset_field(text: &str, key: &str) -> Result<String, EditError> {
    let (split, front_matter) = read(text).map_err(EditError::Unparsable)?;
    if !front_matter.fields.contains_key(key) {
        return Ok(text.to_string());
    }
    let mut expected = front_matter.fields.clone();
    expected.shift_remove(key);
    let block = text.get(split.block.clone()).unwrap_or("");
    let new_block = match split.format {
        Some(Format::Yaml) => yaml::unset(block, key)?,
        Some(Format::Toml) => toml::unset(block, key)?,
        Some(Format::Json) => json::unset(block, key)?,
        None => return Ok(text.to_string()),
    };
    first_verified(vec![stitch(text, &split, &new_block)], &expected, key)
}

fn check_key(key: &str) -> Result<(), EditError> {
    let reason = if key.trim().is_empty() {
        "it is empty"
    } else if key.contains(['\n', '\r']) {
        "it spans lines"
    } else if key.chars().any(char::is_control) {
        "it contains control characters"
    } else {
        return Ok(());
    };
    Err(EditError::InvalidKey {
        key: key.to_string(),
        reason,
    })
}

fn stitch(text: &str, split: &Split, new_block: &str) -> String {
    let mut out = String::with_capacity(text.len() + new_block.len());
    out.push_str(&text[..split.block.start]);
    out.push_str(new_block);
    out.push_str(&text[split.block.end..]);
    out
}

/// The first candidate text whose front matter parses to exactly `expected`.
fn first_verified(
    candidates: Vec<String>,
    expected: &IndexMap<String, Value>,
    key: &str,
) -> Result<String, EditError> {
    for candidate in candidates {
        if let Ok((_, parsed)) = read(&candidate) {
            if parsed.fields == *expected {
                return Ok(candidate);
            }
        }
    }
    Err(EditError::WouldChangeOtherFields {
        key: key.to_string(),
    })
}
