//! The data publishing hands to the UI: what will be published, each step as it
//! happens, and how it ended. Every outcome a writer must handle is a variant here.

use crate::check::Diagnostic;
use crate::git::repo::OperationKind;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What happened to a file since the last commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ChangeKind {
    Added,
    Modified,
    Deleted,
    Renamed,
}

/// One file of the site that publishing would commit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChangedFile {
    /// Relative to the site root, `/` separated (the path the writer ticks).
    pub path: String,
    pub change: ChangeKind,
    /// The old path of a renamed file, relative to the site root.
    pub from: Option<String>,
    /// The post's title, when the file is a post with one.
    pub title: Option<String>,
    /// True for a post still marked `draft: true`: publishing it should ask to flip it.
    pub draft: bool,
}

/// Where the repository stands, for the status view and before publishing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PublishStatus {
    /// The current branch; None when HEAD is detached.
    pub branch: Option<String>,
    /// `origin/main` style; None when nothing is configured and no remote exists.
    pub upstream: Option<String>,
    /// Commits not yet on the upstream, as of the last fetch.
    pub ahead: u32,
    /// Upstream commits not yet here, as of the last fetch.
    pub behind: u32,
    pub remote: Option<String>,
    /// A merge, rebase or similar the writer left unfinished.
    pub operation: Option<OperationKind>,
    /// Unpublished changes under the site folder.
    pub changes: Vec<ChangedFile>,
}

/// The status view's answer: a status, or why there is none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "camelCase")]
pub enum StatusReport {
    Ready { status: PublishStatus },
    NotARepository,
    GitMissing,
}

/// One step of the pipeline, sent as it starts (and a final `Done`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "step", rename_all = "camelCase")]
pub enum PublishProgress {
    Checking,
    /// Setting `draft: false` in the posts the writer chose to publish.
    Undrafting {
        files: Vec<String>,
    },
    Committing {
        files: usize,
    },
    Fetching {
        remote: String,
    },
    Integrating {
        onto: String,
    },
    Pushing {
        remote: String,
        branch: String,
    },
    /// The push was refused because someone pushed first; integrating once more.
    Retrying,
    Done,
}

/// How publishing ended. The UI branches on `outcome`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "camelCase")]
pub enum PublishOutcome {
    /// The commit is on the remote.
    Published {
        commit: String,
        branch: String,
        remote: String,
        files: Vec<String>,
    },
    /// No changed file under the site folder (or none ticked).
    NothingToPublish,
    /// The checks found errors in what would be published; nothing was committed.
    Blocked {
        diagnostics: Vec<Diagnostic>,
    },
    /// The site folder is not in a git repository: offer to initialise one.
    NotARepository,
    /// The repository has no remote: offer to add one. A commit, if made, stays local.
    NoRemote {
        commit: Option<String>,
    },
    /// The remote wanted credentials git could not supply without asking.
    AuthenticationFailed {
        remote: String,
        hint: String,
        commit: Option<String>,
    },
    /// The remote could not be reached (network, address).
    Unreachable {
        remote: String,
        message: String,
        commit: Option<String>,
    },
    /// The remote refused the push; the commit stays local and nothing else changed.
    Rejected {
        reason: String,
        commit: String,
    },
    /// The local commit and the remote changed the same files; the repository is back
    /// exactly where it was after the local commit (no rebase in progress).
    Conflict {
        files: Vec<String>,
        commit: String,
        branch: String,
    },
    /// The remote changed files that have uncommitted edits here; nothing was changed.
    LocalEditsInTheWay {
        files: Vec<String>,
        commit: String,
    },
    /// The local history cannot be replayed onto the upstream automatically (it has
    /// merge commits); nothing was changed.
    CannotIntegrate {
        reason: String,
        commit: String,
    },
    DetachedHead,
    /// A merge, rebase, cherry-pick, revert or bisect is unfinished: finish it first.
    OperationInProgress {
        kind: OperationKind,
    },
    GitMissing,
    /// Stopped on request between two steps; `commit` is the local commit, if one was made.
    Cancelled {
        commit: Option<String>,
    },
}

impl PublishOutcome {
    /// True for the outcome that means "done, the remote has it" (and "nothing to do").
    pub fn is_success(&self) -> bool {
        matches!(
            self,
            PublishOutcome::Published { .. } | PublishOutcome::NothingToPublish
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_serialize_with_a_camel_case_outcome_tag() {
        let outcome = PublishOutcome::Conflict {
            files: vec!["content/posts/a.md".into()],
            commit: "abc".into(),
            branch: "main".into(),
        };
        assert_eq!(
            serde_json::to_string(&outcome).expect("json"),
            r#"{"outcome":"conflict","files":["content/posts/a.md"],"commit":"abc","branch":"main"}"#
        );
        let in_progress = PublishOutcome::OperationInProgress {
            kind: OperationKind::CherryPick,
        };
        assert_eq!(
            serde_json::to_string(&in_progress).expect("json"),
            r#"{"outcome":"operationInProgress","kind":"cherryPick"}"#
        );
        assert_eq!(
            serde_json::to_string(&PublishOutcome::NothingToPublish).expect("json"),
            r#"{"outcome":"nothingToPublish"}"#
        );
    }

    #[test]
    fn typescript_names_the_same_tags() {
        let declaration = PublishOutcome::decl(&ts_rs::Config::default());
        assert!(
            declaration.contains(r#""outcome": "published""#),
            "{declaration}"
        );
        assert!(
            declaration.contains(r#""outcome": "localEditsInTheWay""#),
            "{declaration}"
        );
        let progress = PublishProgress::decl(&ts_rs::Config::default());
        assert!(progress.contains(r#""step": "pushing""#), "{progress}");
    }
}
