//! Steps 4 and 5: fetch, rebase the local commit onto the upstream, push; a push refused
//! because someone pushed first integrates once more, then gives up.

use super::outcome::{PublishOutcome, PublishProgress};
use crate::git::commit::{head, resolve};
use crate::git::failure::{is_authentication_failure, is_unreachable};
use crate::git::fetch::fetch;
use crate::git::push::{push, PushResult};
use crate::git::rebase::{rebase_onto, RebaseResult};
use crate::git::remote::{remote_url, PublishTarget};
use crate::git::repo::RepoLocation;
use crate::git::{Git, GitError};

/// How many times a push refused as stale is retried after integrating again.
const STALE_PUSH_RETRIES: usize = 1;

/// Fetches the target's remote; an authentication or network failure becomes its outcome.
pub(crate) fn fetch_target(
    git: &Git,
    target: &PublishTarget,
    commit: Option<&str>,
    progress: &mut dyn FnMut(PublishProgress),
) -> Result<Option<PublishOutcome>, GitError> {
    progress(PublishProgress::Fetching {
        remote: target.remote.clone(),
    });
    match fetch(git, &target.remote) {
        Ok(()) => Ok(None),
        Err(error) => remote_failure(git, target, commit, error).map(Some),
    }
}

/// Integrates the upstream and pushes, retrying once when someone pushed in between.
pub(crate) fn integrate_and_push(
    location: &RepoLocation,
    git: &Git,
    target: &PublishTarget,
    files: Vec<String>,
    progress: &mut dyn FnMut(PublishProgress),
) -> Result<PublishOutcome, GitError> {
    let mut retries_left = STALE_PUSH_RETRIES;
    loop {
        if let Some(stop) = integrate(location, git, target, progress)? {
            return Ok(stop);
        }
        let commit = head(git)?;
        progress(PublishProgress::Pushing {
            remote: target.remote.clone(),
            branch: target.branch.clone(),
        });
        let pushed = match push(git, &target.remote, &target.branch, !target.configured) {
            Ok(pushed) => pushed,
            Err(error) => return remote_failure(git, target, Some(&commit), error),
        };
        match pushed {
            PushResult::Pushed => {
                return Ok(PublishOutcome::Published {
                    commit,
                    branch: target.branch.clone(),
                    remote: target.remote.clone(),
                    files,
                })
            }
            PushResult::Rejected { stale: true, .. } if retries_left > 0 => {
                retries_left -= 1;
                progress(PublishProgress::Retrying);
                if let Some(stop) = fetch_target(git, target, Some(&commit), progress)? {
                    return Ok(stop);
                }
            }
            PushResult::Rejected { stale, reason } => {
                let reason = if stale {
                    format!(
                        "{reason}: someone else keeps pushing to {}; wait a moment and publish again",
                        target.display()
                    )
                } else {
                    format!("{reason}: the remote's rules refused the commit; ask whoever runs the remote what it expects")
                };
                return Ok(PublishOutcome::Rejected { reason, commit });
            }
        }
    }
}

/// Rebases HEAD onto the fetched upstream; an outcome when it cannot be done cleanly.
fn integrate(
    location: &RepoLocation,
    git: &Git,
    target: &PublishTarget,
    progress: &mut dyn FnMut(PublishProgress),
) -> Result<Option<PublishOutcome>, GitError> {
    // A remote without the branch yet (a first publish) has nothing to integrate.
    let Some(upstream) = resolve(git, &target.tracking_ref())? else {
        return Ok(None);
    };
    progress(PublishProgress::Integrating {
        onto: target.display(),
    });
    let commit = head(git)?;
    let site_relative = |files: Vec<String>| -> Vec<String> {
        files
            .into_iter()
            .map(|f| location.site_path(&f).map(str::to_string).unwrap_or(f))
            .collect()
    };
    Ok(match rebase_onto(git, &upstream)? {
        RebaseResult::UpToDate | RebaseResult::Rebased { .. } => None,
        RebaseResult::Conflict { files } => {
            Some(PublishOutcome::Conflict { files: site_relative(files), commit, branch: target.branch.clone() })
        }
        RebaseResult::LocalEditsInTheWay { files } => {
            Some(PublishOutcome::LocalEditsInTheWay { files: site_relative(files), commit })
        }
        RebaseResult::LocalMerges => Some(PublishOutcome::CannotIntegrate {
            reason: format!(
                "the branch has merge commits that {} does not have; integrate it in a terminal with `git pull`, then publish again",
                target.display()
            ),
            commit,
        }),
        RebaseResult::Unrelated => Some(PublishOutcome::CannotIntegrate {
            reason: format!(
                "{} has a history of its own that shares nothing with yours (a remote created with its own \
                 first commit?); combine them in a terminal with `git pull --allow-unrelated-histories`, \
                 then publish again",
                target.display()
            ),
            commit,
        }),
    })
}

/// Turns a failed fetch or push into the outcome the writer can act on.
fn remote_failure(
    git: &Git,
    target: &PublishTarget,
    commit: Option<&str>,
    error: GitError,
) -> Result<PublishOutcome, GitError> {
    let commit = commit.map(str::to_string);
    match &error {
        GitError::Failed { stderr, .. } if is_authentication_failure(stderr) => {
            let url = remote_url(git, &target.remote).unwrap_or_else(|| target.remote.clone());
            Ok(PublishOutcome::AuthenticationFailed {
                remote: target.remote.clone(),
                hint: format!(
                    "git could not sign in to {url} without asking: for https set up a credential helper \
                     (`git config --global credential.helper` or your keychain), for ssh add your key to the agent \
                     (`ssh-add`); check with `git fetch {}` in a terminal, then publish again",
                    target.remote
                ),
                commit,
            })
        }
        GitError::Failed { stderr, .. } if is_unreachable(stderr) => {
            Ok(PublishOutcome::Unreachable {
                remote: target.remote.clone(),
                message: format!(
                    "{}: check the network and the remote's address, then publish again",
                    stderr.trim()
                ),
                commit,
            })
        }
        GitError::Cancelled { .. } => Ok(PublishOutcome::Cancelled { commit }),
        _ => Err(error),
    }
}
