//! What can stop a series command, written for the writer with the likely fix.

use std::path::PathBuf;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum SeriesError {
    #[error("no series is named `{name}`: run `inkstone series list` to see the names in use")]
    UnknownSeries { name: String },
    #[error("{}: the `series:` section of inkstone.yaml is not valid: {problem}", path.display())]
    InvalidSettings { path: PathBuf, problem: String },
    #[error(
        "{path}: cannot update the front matter: {message}; fix the front matter, then sync again"
    )]
    FrontMatter { path: String, message: String },
    #[error("{path}: {message}: {hint}, then sync again")]
    Unreadable {
        path: String,
        message: String,
        hint: String,
    },
    #[error("{}: cannot write the file: {source}; check that the folder is writable", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: the file changed on disk since the site was read; sync again")]
    ChangedOnDisk { path: String },
}

impl SeriesError {
    /// A stable identifier the UI and JSON output branch on.
    pub fn code(&self) -> &'static str {
        match self {
            SeriesError::UnknownSeries { .. } => "series-unknown",
            SeriesError::InvalidSettings { .. } => "series-settings-invalid",
            SeriesError::FrontMatter { .. } => "series-front-matter",
            SeriesError::Unreadable { .. } => "series-file-unreadable",
            SeriesError::Write { .. } => "series-write-failed",
            SeriesError::ChangedOnDisk { .. } => "series-changed-on-disk",
        }
    }
}
