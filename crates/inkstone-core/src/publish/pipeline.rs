//! The publish pipeline behind the Publish button and `inkstone publish`: check, choose,
//! commit only the chosen files, fetch, rebase, push, reporting each step.

use super::draft::flip_drafts_to_published;
use super::error::PublishError;
use super::integrate::{fetch_target, integrate_and_push};
use super::message::{default_message, UiLanguage};
use super::outcome::{PublishOutcome, PublishProgress};
use super::plan::PlannedChange;
use super::status::Snapshot;
use crate::check::{Diagnostic, Severity};
use crate::git::commit::{commit_only, resolve};
use crate::git::rebase::is_ancestor;
use crate::git::remote::publish_target;
use crate::git::repo::{locate, operation_in_progress, RepoLocation};
use crate::git::GitError;
use serde::Deserialize;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use ts_rs::TS;

/// What the writer chose in the Publish dialog.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
pub struct PublishRequest {
    /// Site-relative paths of the ticked files; None publishes every change.
    pub paths: Option<Vec<String>>,
    /// The commit message; None or blank uses `default_message`.
    pub message: Option<String>,
    /// Ticked posts to flip from `draft: true` to `draft: false` before committing.
    pub undraft: Vec<String>,
    /// Also written as `date` into each undrafted post, for sites that date a post by
    /// its publication (as the writer's offset shows it: `2026-02-06T09:00:00+08:00`).
    /// None leaves the dates alone.
    pub undraft_date: Option<String>,
    pub language: UiLanguage,
}

/// Publishes the site at `site_root` as `request` says.
///
/// `checks` runs the site checks (errors block, except in files the writer left
/// unticked); `progress` hears each step as it starts; setting `cancel` stops the
/// pipeline at the next step (and kills a running git command).
pub fn publish(
    site_root: &Path,
    request: &PublishRequest,
    checks: &dyn Fn() -> Vec<Diagnostic>,
    progress: &mut dyn FnMut(PublishProgress),
    cancel: Arc<AtomicBool>,
) -> Result<PublishOutcome, PublishError> {
    let location = match locate(site_root) {
        Ok(Some(location)) => location,
        Ok(None) => return Ok(PublishOutcome::NotARepository),
        Err(GitError::NotInstalled) => return Ok(PublishOutcome::GitMissing),
        Err(error) => return Err(error.into()),
    };
    if let Some(kind) = operation_in_progress(&location.git_dir) {
        return Ok(PublishOutcome::OperationInProgress { kind });
    }
    let head_at_start = resolve(&location.git(), "HEAD")?;
    match run_steps(&location, request, checks, progress, cancel) {
        // A cancelled git command ends the pipeline; say whether a commit was made.
        Err(PublishError::Git(GitError::Cancelled { .. })) => {
            let head_now = resolve(&location.git(), "HEAD")?;
            let commit = if head_now != head_at_start {
                head_now
            } else {
                None
            };
            Ok(PublishOutcome::Cancelled { commit })
        }
        other => other,
    }
}

fn run_steps(
    location: &RepoLocation,
    request: &PublishRequest,
    checks: &dyn Fn() -> Vec<Diagnostic>,
    progress: &mut dyn FnMut(PublishProgress),
    cancel: Arc<AtomicBool>,
) -> Result<PublishOutcome, PublishError> {
    let git = location.git().with_cancel(cancel.clone());
    let snapshot = Snapshot::take(location)?;
    let Some(branch) = snapshot.status.branch.head.clone() else {
        return Ok(PublishOutcome::DetachedHead);
    };
    let Some(target) = publish_target(&git, &branch)? else {
        return Ok(PublishOutcome::NoRemote { commit: None });
    };
    let chosen = choose(&snapshot.changes, request.paths.as_deref())?;
    if chosen.is_empty()
        && !has_unpushed_commits(&git, &target, snapshot.status.branch.oid.as_deref())?
    {
        return Ok(PublishOutcome::NothingToPublish);
    }

    progress(PublishProgress::Checking);
    let blocking = blocking_errors(checks(), &snapshot.changes, &chosen);
    if !blocking.is_empty() {
        return Ok(PublishOutcome::Blocked {
            diagnostics: blocking,
        });
    }
    let cancelled = || cancel.load(Ordering::SeqCst);
    if cancelled() {
        return Ok(PublishOutcome::Cancelled { commit: None });
    }
    // Fetch before committing: a wrong password or a dead network then leaves no trace.
    if let Some(stop) = fetch_target(&git, &target, None, progress)? {
        return Ok(stop);
    }
    if cancelled() {
        return Ok(PublishOutcome::Cancelled { commit: None });
    }
    let files: Vec<String> = chosen.iter().map(|c| c.file.path.clone()).collect();
    if !chosen.is_empty() {
        commit_chosen(location, &git, request, &chosen, progress)?;
    }
    if cancelled() {
        // The cancellable handle refuses to run now; ask git through a plain one.
        let commit = if chosen.is_empty() {
            None
        } else {
            resolve(&location.git(), "HEAD")?
        };
        return Ok(PublishOutcome::Cancelled { commit });
    }
    let outcome = integrate_and_push(location, &git, &target, files, progress)?;
    progress(PublishProgress::Done);
    Ok(outcome)
}

/// The changes the writer ticked; every ticked path must be one of the changes.
fn choose<'a>(
    changes: &'a [PlannedChange],
    paths: Option<&[String]>,
) -> Result<Vec<&'a PlannedChange>, PublishError> {
    let Some(paths) = paths else {
        return Ok(changes.iter().collect());
    };
    paths
        .iter()
        .map(|path| {
            changes
                .iter()
                .find(|c| c.file.path == *path)
                .ok_or_else(|| PublishError::NotAChange { path: path.clone() })
        })
        .collect()
}

/// Errors block publishing, except those in changed files the writer left unticked
/// (they are not being published).
fn blocking_errors(
    diagnostics: Vec<Diagnostic>,
    changes: &[PlannedChange],
    chosen: &[&PlannedChange],
) -> Vec<Diagnostic> {
    let unticked = |path: &str| {
        changes.iter().any(|c| c.file.path == path) && !chosen.iter().any(|c| c.file.path == path)
    };
    diagnostics
        .into_iter()
        .filter(|d| d.severity == Severity::Error && !unticked(&d.path))
        .collect()
}

/// True when HEAD has commits the remote has not seen (as of the last fetch).
fn has_unpushed_commits(
    git: &crate::git::Git,
    target: &crate::git::remote::PublishTarget,
    head: Option<&str>,
) -> Result<bool, GitError> {
    let Some(head) = head else { return Ok(false) };
    match resolve(git, &target.tracking_ref())? {
        Some(tracking) => Ok(!is_ancestor(git, head, &tracking)?),
        None => Ok(true),
    }
}

/// Flips the chosen drafts and commits the chosen files; if the commit fails the
/// drafts are put back exactly as they were.
fn commit_chosen(
    location: &RepoLocation,
    git: &crate::git::Git,
    request: &PublishRequest,
    chosen: &[&PlannedChange],
    progress: &mut dyn FnMut(PublishProgress),
) -> Result<String, PublishError> {
    let site_root = &location.top.join(&location.prefix);
    let undraft: Vec<String> = request
        .undraft
        .iter()
        .filter(|p| chosen.iter().any(|c| c.file.path == **p))
        .cloned()
        .collect();
    let originals: Vec<(std::path::PathBuf, Vec<u8>)> = undraft
        .iter()
        .filter_map(|p| {
            std::fs::read(site_root.join(p))
                .ok()
                .map(|b| (site_root.join(p), b))
        })
        .collect();
    if !undraft.is_empty() {
        progress(PublishProgress::Undrafting {
            files: undraft.clone(),
        });
        flip_drafts_to_published(site_root, &undraft, request.undraft_date.as_deref())?;
    }
    let message = match request.message.as_deref().map(str::trim) {
        Some(text) if !text.is_empty() => text.to_string(),
        _ => {
            let files: Vec<_> = chosen.iter().map(|c| c.file.clone()).collect();
            default_message(&files, request.language)
        }
    };
    progress(PublishProgress::Committing {
        files: chosen.len(),
    });
    let paths: Vec<String> = chosen
        .iter()
        .flat_map(|c| c.repo_paths.iter().cloned())
        .collect();
    let untracked: Vec<String> = chosen
        .iter()
        .flat_map(|c| c.untracked.iter().cloned())
        .collect();
    commit_only(git, &location.git_dir, &message, &paths, &untracked).map_err(|error| {
        for (path, bytes) in &originals {
            let _ = crate::fsio::write_atomic(path, bytes);
        }
        PublishError::from(error)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_from_the_ui_may_leave_fields_out() {
        let request: PublishRequest = serde_json::from_str(
            r#"{"paths":["content/posts/a.md"],"undraftDate":"2026-02-06","language":"zh-TW"}"#,
        )
        .expect("parses");
        assert_eq!(
            request,
            PublishRequest {
                paths: Some(vec!["content/posts/a.md".into()]),
                message: None,
                undraft: vec![],
                undraft_date: Some("2026-02-06".into()),
                language: UiLanguage::ZhTw,
            }
        );
    }
}
