//! Why a front matter block could not be split or parsed, with its place in the file.

use super::split::Format;

/// A problem with a file's front matter. `Display` is the message; [`hint`] is the fix.
///
/// [`hint`]: FrontMatterError::hint
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrontMatterError {
    #[error("the front matter that opens with `{delimiter}` on line {line} is never closed")]
    Unterminated { delimiter: &'static str, line: u32 },

    #[error("{format} front matter does not parse: {message}")]
    Syntax {
        format: Format,
        message: String,
        line: u32,
        column: u32,
    },

    #[error("the front matter is a {found}, not a list of `key: value` fields")]
    NotAMap {
        format: Format,
        found: &'static str,
        line: u32,
    },

    #[error("the field `{key}` appears twice (first on line {first_line})")]
    DuplicateKey {
        key: String,
        line: u32,
        first_line: u32,
    },

    #[error("the front matter is {bytes} bytes long, more than the {limit} bytes Inkstone reads")]
    TooLarge {
        bytes: usize,
        limit: usize,
        line: u32,
    },

    #[error("the front matter nests lists or maps more than {limit} levels deep")]
    TooDeep { limit: usize, line: u32 },

    #[error("the front matter uses {count} YAML aliases (`*name`), more than the {limit} Inkstone expands")]
    TooManyAliases {
        count: usize,
        limit: usize,
        line: u32,
    },
}

impl FrontMatterError {
    /// 1-based line in the file.
    pub fn line(&self) -> u32 {
        match self {
            Self::Unterminated { line, .. }
            | Self::Syntax { line, .. }
            | Self::NotAMap { line, .. }
            | Self::DuplicateKey { line, .. }
            | Self::TooLarge { line, .. }
            | Self::TooDeep { line, .. }
            | Self::TooManyAliases { line, .. } => *line,
        }
    }

    /// 1-based column in the file, counted in characters.
    pub fn column(&self) -> u32 {
        match self {
            Self::Syntax { column, .. } => *column,
            _ => 1,
        }
    }

    /// A stable kebab-case identifier the UI and `inkstone check` branch on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unterminated { .. } => "front-matter-unterminated",
            Self::Syntax { format, .. } => match format {
                Format::Yaml => "yaml-syntax",
                Format::Toml => "toml-syntax",
                Format::Json => "json-syntax",
            },
            Self::NotAMap { .. } => "front-matter-not-a-map",
            Self::DuplicateKey { .. } => "front-matter-duplicate-key",
            Self::TooLarge { .. } => "front-matter-too-large",
            Self::TooDeep { .. } => "front-matter-too-deep",
            Self::TooManyAliases { .. } => "yaml-too-many-aliases",
        }
    }

    /// The likely fix, written for the writer.
    pub fn hint(&self) -> String {
        match self {
            Self::Unterminated { delimiter, .. } if *delimiter == "{" => {
                "add the closing `}` of the JSON front matter".to_string()
            }
            Self::Unterminated { delimiter, .. } => {
                format!("add a line `{delimiter}` after the last field")
            }
            Self::Syntax { format: Format::Yaml, .. } => {
                "check the quoting and indentation on that line; quote values that contain `: ` or start with a special character".to_string()
            }
            Self::Syntax { format: Format::Toml, .. } => {
                "write each field as `key = value`, with text in double quotes".to_string()
            }
            Self::Syntax { format: Format::Json, .. } => {
                "check the commas and double quotes around that position".to_string()
            }
            Self::NotAMap { format, .. } => match format {
                Format::Yaml => "write one `key: value` field per line".to_string(),
                Format::Toml => "write one `key = value` field per line".to_string(),
                Format::Json => "make the front matter one JSON object `{ \"key\": value }`".to_string(),
            },
            Self::DuplicateKey { key, .. } => {
                format!("keep one `{key}` field and delete the other")
            }
            Self::TooLarge { .. } => {
                "move long content out of the front matter into the body".to_string()
            }
            Self::TooDeep { .. } => "flatten the nested lists and maps".to_string(),
            Self::TooManyAliases { .. } => {
                "write the values out instead of repeating them with aliases".to_string()
            }
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Format::Yaml => "YAML",
            Format::Toml => "TOML",
            Format::Json => "JSON",
        })
    }
}
