//! Failures publishing did not expect: git or the disk failing. Expected situations
//! (conflict, rejection, no remote …) are `PublishOutcome`s, not errors.

use crate::fsio::ReadError;
use crate::git::GitError;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("{0}")]
    Git(#[from] GitError),
    #[error("{source}: {}", source.hint())]
    Unreadable { source: ReadError },
    #[error("could not write {path}: {source}; check that the folder is writable and the disk is not full")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not set `draft: false` in {path}: {reason}; edit the line by hand, then publish again")]
    Undraft { path: PathBuf, reason: String },
    #[error(
        "{path} is not among the site's unpublished changes: refresh the list and choose again"
    )]
    NotAChange { path: String },
}
