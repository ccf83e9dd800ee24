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
    #[error("{path} is not a post of this site: pick a post from the post list")]
    NotAPost { path: String },
    #[error(
        "{path} is not a part of the series `{name}`: run `inkstone series list` to see its parts"
    )]
    NotInSeries { path: String, name: String },
    #[error("{path} is already a part of the series `{name}`; reorder the series to move it")]
    AlreadyInSeries { path: String, name: String },
    #[error("the new order of the series `{name}` must name each of its posts once: reload the series and try again")]
    OrderMismatch { name: String },
    #[error("`{name}` cannot name a series: give a name of one line with some text")]
    InvalidName { name: String },
    #[error(
        "a series named `{name}` already exists: choose another name, or move its posts one by one"
    )]
    NameInUse { name: String },
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
            SeriesError::NotAPost { .. } => "series-not-a-post",
            SeriesError::NotInSeries { .. } => "series-not-a-part",
            SeriesError::AlreadyInSeries { .. } => "series-already-a-part",
            SeriesError::OrderMismatch { .. } => "series-order-mismatch",
            SeriesError::InvalidName { .. } => "series-name-invalid",
            SeriesError::NameInUse { .. } => "series-name-in-use",
        }
    }
}
