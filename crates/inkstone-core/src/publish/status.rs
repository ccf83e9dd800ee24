//! The status view: branch, distance from the upstream, unfinished operations and the
//! unpublished changes of the site. Reads only; never fetches.

use super::error::PublishError;
use super::outcome::{PublishStatus, StatusReport};
use super::plan::{plan_changes, PlannedChange};
use crate::git::remote::publish_target;
use crate::git::repo::{locate, operation_in_progress, RepoLocation};
use crate::git::status::{status as git_status, RepoStatus};
use crate::git::GitError;
use std::path::Path;

/// Where the site's repository stands right now.
pub fn publish_status(site_root: &Path) -> Result<StatusReport, PublishError> {
    let location = match locate(site_root) {
        Ok(Some(location)) => location,
        Ok(None) => return Ok(StatusReport::NotARepository),
        Err(GitError::NotInstalled) => return Ok(StatusReport::GitMissing),
        Err(error) => return Err(error.into()),
    };
    let snapshot = Snapshot::take(&location)?;
    Ok(StatusReport::Ready {
        status: snapshot.to_status(&location)?,
    })
}

/// The repository as read at one moment, shared by the status view and the pipeline.
pub(crate) struct Snapshot {
    pub status: RepoStatus,
    pub changes: Vec<PlannedChange>,
}

impl Snapshot {
    pub fn take(location: &RepoLocation) -> Result<Snapshot, PublishError> {
        let status = git_status(&location.git(), &location.pathspec())?;
        let changes = plan_changes(location, &status)?;
        Ok(Snapshot { status, changes })
    }

    fn to_status(&self, location: &RepoLocation) -> Result<PublishStatus, PublishError> {
        let git = location.git();
        let branch = self.status.branch.head.clone();
        let target = match &branch {
            Some(name) => publish_target(&git, name)?,
            None => None,
        };
        Ok(PublishStatus {
            branch,
            upstream: target.as_ref().map(|t| t.display()),
            ahead: self.status.branch.ahead,
            behind: self.status.branch.behind,
            remote: target.map(|t| t.remote),
            operation: operation_in_progress(&location.git_dir),
            changes: self.changes.iter().map(|c| c.file.clone()).collect(),
        })
    }
}
