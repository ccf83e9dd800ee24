//! Where each top-level field sits in a front matter block, found by scanning lines.
//!
//! The parsers give values but not positions; this scan gives the positions needed
//! for `key_lines`, duplicate-key errors and lossless edits. It never decides values.

mod json;
mod toml;
mod yaml;

pub(crate) use json::json_entries;
pub(crate) use toml::toml_entries;
pub(crate) use yaml::yaml_entries;

use std::ops::Range;

/// One top-level field of a block. Byte ranges are relative to the block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub key: String,
    /// Where the key starts (its first character, quotes included).
    pub key_start: usize,
    /// The whole field: from its first line's start to the end of its last line
    /// (line ending included). JSON: from the key's opening quote to the value's end.
    pub extent: Range<usize>,
    /// The value as written (YAML/TOML: the rest of the key line after the separator,
    /// trailing comment included; JSON: the value's text).
    pub value: Range<usize>,
    /// TOML only: the field is a `[table]` section rather than `key = value`.
    pub is_table: bool,
}
