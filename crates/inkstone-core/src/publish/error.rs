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
    #[error("the site folder is not in a git repository: initialise one first")]
    NoRepository,
    #[error("`{url}` is not a remote address git can use: paste the repository's URL, such as https://github.com/you/blog.git or git@github.com:you/blog.git")]
    BadRemoteUrl { url: String },
    #[error("the repository already has the remote `{name}`: publishing goes there; change it with `git remote set-url {name} URL`")]
    RemoteExists { name: String },
}

impl PublishError {
    /// A stable kebab-case identifier the UI branches on.
    pub fn code(&self) -> &'static str {
        match self {
            PublishError::Git(GitError::NotInstalled) => "git-missing",
            PublishError::Git(GitError::TimedOut { .. }) => "git-timed-out",
            PublishError::Git(GitError::Cancelled { .. }) => "publish-cancelled",
            PublishError::Git(_) => "git-failed",
            PublishError::Unreadable { .. } => "file-unreadable",
            PublishError::Write { .. } => "file-unwritable",
            PublishError::Undraft { .. } => "undraft-failed",
            PublishError::NotAChange { .. } => "not-a-change",
            PublishError::NoRepository => "not-a-repository",
            PublishError::BadRemoteUrl { .. } => "bad-remote-url",
            PublishError::RemoteExists { .. } => "remote-exists",
        }
    }

    /// The file the error is about, when there is one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            PublishError::Unreadable { source } => Some(source.path()),
            PublishError::Write { path, .. } | PublishError::Undraft { path, .. } => Some(path),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_draft_flip_names_the_file_and_the_fix() {
        let error = PublishError::Undraft {
            path: PathBuf::from("content/posts/a.md"),
            reason: "no".into(),
        };
        assert_eq!(error.code(), "undraft-failed");
        assert_eq!(
            error.path(),
            Some(std::path::Path::new("content/posts/a.md"))
        );
        assert_eq!(
            error.to_string(),
            "could not set `draft: false` in content/posts/a.md: no; edit the line by hand, then publish again"
        );
    }
}
