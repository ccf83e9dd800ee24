//! Where a folder sits in git: its repository's top, its path inside it, and any
//! merge, rebase or cherry-pick the writer left unfinished.

use super::{Git, GitError};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// A folder located inside a working tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoLocation {
    /// The working tree's top folder.
    pub top: PathBuf,
    /// The folder's path relative to `top` with `/` separators: empty at the top,
    /// otherwise ending with `/` (`blog/`).
    pub prefix: String,
    /// The repository's `.git` folder (absolute), where in-progress operations leave marks.
    pub git_dir: PathBuf,
}

impl RepoLocation {
    /// The path of a site-relative file relative to the top of the repository.
    pub fn repo_path(&self, site_path: &str) -> String {
        format!("{}{}", self.prefix, site_path)
    }

    /// The site-relative path of a repository path, if it lies inside the site folder.
    pub fn site_path<'a>(&self, repo_path: &'a str) -> Option<&'a str> {
        repo_path.strip_prefix(self.prefix.as_str())
    }

    /// A pathspec that matches exactly the site folder.
    pub fn pathspec(&self) -> String {
        if self.prefix.is_empty() {
            ".".to_string()
        } else {
            self.prefix.trim_end_matches('/').to_string()
        }
    }

    /// git, run at the top of the working tree (so every path git prints is repo-relative).
    pub fn git(&self) -> Git {
        Git::at(&self.top)
    }
}

/// Finds the working tree `dir` belongs to; `Ok(None)` when it is not inside one.
pub fn locate(dir: &Path) -> Result<Option<RepoLocation>, GitError> {
    let answer = Git::at(dir).run_accepting(
        &[
            "rev-parse",
            "--show-toplevel",
            "--show-prefix",
            "--absolute-git-dir",
        ],
        &[],
        &[128],
    )?;
    if answer.code == Some(128) {
        return Ok(None);
    }
    let mut lines = answer.stdout.lines();
    let (Some(top), Some(prefix), Some(git_dir)) = (lines.next(), lines.next(), lines.next())
    else {
        // A bare repository has no top level: git prints nothing for it.
        return Ok(None);
    };
    Ok(Some(RepoLocation {
        top: PathBuf::from(top),
        prefix: prefix.to_string(),
        git_dir: PathBuf::from(git_dir),
    }))
}

/// An operation git is in the middle of, which publishing must not run into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum OperationKind {
    Merge,
    Rebase,
    CherryPick,
    Revert,
    Bisect,
}

impl OperationKind {
    /// How the writer finishes or abandons it in a terminal.
    pub fn how_to_finish(self) -> &'static str {
        match self {
            OperationKind::Merge => "finish it with `git commit` or abandon it with `git merge --abort`",
            OperationKind::Rebase => "finish it with `git rebase --continue` or abandon it with `git rebase --abort`",
            OperationKind::CherryPick => {
                "finish it with `git cherry-pick --continue` or abandon it with `git cherry-pick --abort`"
            }
            OperationKind::Revert => "finish it with `git revert --continue` or abandon it with `git revert --abort`",
            OperationKind::Bisect => "end it with `git bisect reset`",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            OperationKind::Merge => "merge",
            OperationKind::Rebase => "rebase",
            OperationKind::CherryPick => "cherry-pick",
            OperationKind::Revert => "revert",
            OperationKind::Bisect => "bisect",
        }
    }
}

/// The unfinished operation git recorded in `git_dir`, if any.
pub fn operation_in_progress(git_dir: &Path) -> Option<OperationKind> {
    let marks = [
        ("rebase-merge", OperationKind::Rebase),
        ("rebase-apply", OperationKind::Rebase),
        ("MERGE_HEAD", OperationKind::Merge),
        ("CHERRY_PICK_HEAD", OperationKind::CherryPick),
        ("REVERT_HEAD", OperationKind::Revert),
        ("BISECT_LOG", OperationKind::Bisect),
    ];
    marks
        .iter()
        .find(|(name, _)| git_dir.join(name).exists())
        .map(|(_, kind)| *kind)
}
