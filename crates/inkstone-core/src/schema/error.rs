//! Why a site's `inkstone.yaml` could not be used, written for the writer.

use std::path::PathBuf;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum SchemaError {
    #[error("{}: cannot read the file: {source}; check that it exists and is readable", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: the file is not UTF-8 text; re-save it as UTF-8", path.display())]
    NotUtf8 { path: PathBuf },
    #[error("{}:{line}:{column}: {message}; fix the YAML (see docs/inkstone-yaml.md)", path.display())]
    Yaml {
        path: PathBuf,
        line: u32,
        column: u32,
        message: String,
    },
    #[error("{}: field `{field}`: {problem}", path.display())]
    InvalidField {
        path: PathBuf,
        field: String,
        /// What is wrong and how to fix it.
        problem: String,
    },
}

impl SchemaError {
    /// A stable identifier the UI and JSON output branch on.
    pub fn code(&self) -> &'static str {
        match self {
            SchemaError::Read { .. } => "config-unreadable",
            SchemaError::NotUtf8 { .. } => "config-not-utf8",
            SchemaError::Yaml { .. } => "config-syntax",
            SchemaError::InvalidField { .. } => "config-field-invalid",
        }
    }

    /// The message without the file and position in front, for a diagnostic that
    /// carries those separately.
    pub fn detail(&self) -> String {
        let full = self.to_string();
        match self {
            SchemaError::Yaml { line, column, .. } => {
                let prefix = format!(":{line}:{column}: ");
                full.split_once(&prefix)
                    .map_or(full.clone(), |(_, rest)| rest.to_string())
            }
            _ => full
                .split_once(": ")
                .map_or(full.clone(), |(_, rest)| rest.to_string()),
        }
    }

    /// 1-based line in the file, when the problem has one.
    pub fn line(&self) -> u32 {
        match self {
            SchemaError::Yaml { line, .. } => *line,
            _ => 1,
        }
    }

    /// 1-based column in characters, when the problem has one.
    pub fn column(&self) -> u32 {
        match self {
            SchemaError::Yaml { column, .. } => *column,
            _ => 1,
        }
    }
}
