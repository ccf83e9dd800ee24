//! Plain-English sentences for every outcome and step, each ending with what to do
//! next: what `inkstone publish` prints (the app translates from the variant instead).

use super::outcome::{PublishOutcome, PublishProgress};

/// At most this many commit id characters are shown to the writer.
const SHORT_ID: usize = 10;

fn short(commit: &str) -> &str {
    commit.get(..SHORT_ID).unwrap_or(commit)
}

fn kept_locally(commit: &Option<String>) -> String {
    match commit {
        Some(id) => format!(" (your commit {} is kept locally)", short(id)),
        None => String::new(),
    }
}

impl PublishOutcome {
    /// One or more lines saying how publishing ended and what to do next.
    pub fn explain(&self) -> String {
        match self {
            PublishOutcome::Published { commit, branch, remote, files } => format!(
                "published {} to {remote}/{branch} ({} file{})",
                short(commit),
                files.len(),
                if files.len() == 1 { "" } else { "s" }
            ),
            PublishOutcome::NothingToPublish => "nothing to publish: every change of the site is already on the remote".into(),
            PublishOutcome::Blocked { diagnostics } => {
                let mut text = format!(
                    "not published: {} error{} must be fixed first (run `inkstone check` to see them all)",
                    diagnostics.len(),
                    if diagnostics.len() == 1 { "" } else { "s" }
                );
                for d in diagnostics {
                    text.push('\n');
                    text.push_str(&d.to_text_line());
                }
                text
            }
            PublishOutcome::NotARepository => {
                "the site is not in a git repository: run `git init` in the site folder and add a remote, then publish".into()
            }
            PublishOutcome::NoRemote { commit } => format!(
                "the repository has no remote to publish to{}: add one with `git remote add origin URL`, then publish again",
                kept_locally(commit)
            ),
            PublishOutcome::AuthenticationFailed { remote, hint, commit } => {
                format!("{remote} refused to let git in{}: {hint}", kept_locally(commit))
            }
            PublishOutcome::Unreachable { remote, message, commit } => {
                format!("could not reach {remote}{}: {message}", kept_locally(commit))
            }
            PublishOutcome::Rejected { reason, commit } => {
                format!("the remote refused the push{}: {reason}", kept_locally(&Some(commit.clone())))
            }
            PublishOutcome::Conflict { files, commit, branch } => format!(
                "not published: the remote changed the same lines of {} (your commit {} is kept on {branch}, nothing \
                 else changed): run `git pull --rebase` in a terminal, resolve the conflict, then publish again",
                files.join(", "),
                short(commit)
            ),
            PublishOutcome::LocalEditsInTheWay { files, commit } => format!(
                "not published: the remote changed {}, which you are still editing (your commit {} is kept, nothing \
                 else changed): publish those files too, or save them elsewhere and revert them, then publish again",
                files.join(", "),
                short(commit)
            ),
            PublishOutcome::CannotIntegrate { reason, commit } => {
                format!("not published{}: {reason}", kept_locally(&Some(commit.clone())))
            }
            PublishOutcome::DetachedHead => {
                "git is not on a branch (detached HEAD): switch to your branch with `git switch main`, then publish again"
                    .into()
            }
            PublishOutcome::OperationInProgress { kind } => format!(
                "a git {} is unfinished in this repository: {}, then publish again",
                kind.as_str(),
                kind.how_to_finish()
            ),
            PublishOutcome::GitMissing => {
                "git is not installed or not on PATH: install git (https://git-scm.com), then publish again".into()
            }
            PublishOutcome::Cancelled { commit } => {
                format!("publishing was cancelled{}: publish again when ready", kept_locally(commit))
            }
        }
    }
}

impl PublishProgress {
    /// What the step is doing, as a short line.
    pub fn explain(&self) -> String {
        match self {
            PublishProgress::Checking => "checking the site".into(),
            PublishProgress::Undrafting { files } => {
                format!("setting draft: false in {}", files.join(", "))
            }
            PublishProgress::Committing { files } => {
                format!(
                    "committing {files} file{}",
                    if *files == 1 { "" } else { "s" }
                )
            }
            PublishProgress::Fetching { remote } => format!("fetching {remote}"),
            PublishProgress::Integrating { onto } => format!("rebasing onto {onto}"),
            PublishProgress::Pushing { remote, branch } => format!("pushing to {remote}/{branch}"),
            PublishProgress::Retrying => {
                "someone pushed in between: integrating their work and trying once more".into()
            }
            PublishProgress::Done => "done".into(),
        }
    }
}
