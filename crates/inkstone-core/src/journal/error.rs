//! Why the recovery journal could not keep or give back a buffer.

use std::io;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("{}: the recovery journal cannot be used ({source}): check that the app's data folder exists and is writable", path.display())]
    Io { path: PathBuf, source: io::Error },

    #[error("{}: a recovery entry is damaged ({source}): it can be deleted; the text it held is lost", path.display())]
    Damaged {
        path: PathBuf,
        source: serde_json::Error,
    },
}

impl JournalError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Io { .. } => "journal-unwritable",
            Self::Damaged { .. } => "journal-damaged",
        }
    }
}
