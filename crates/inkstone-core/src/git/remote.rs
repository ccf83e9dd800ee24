//! Remotes and upstreams: where a branch publishes to.

use super::{Git, GitError};

/// Where a branch is published: a remote and the branch name on that remote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishTarget {
    pub remote: String,
    pub branch: String,
    /// False when the branch tracks nothing yet: the first push sets the upstream.
    pub configured: bool,
}

impl PublishTarget {
    /// The remote-tracking ref `fetch` updates for the target (`refs/remotes/origin/main`).
    pub fn tracking_ref(&self) -> String {
        format!("refs/remotes/{}/{}", self.remote, self.branch)
    }

    /// `origin/main`, as a writer knows it.
    pub fn display(&self) -> String {
        format!("{}/{}", self.remote, self.branch)
    }
}

/// Every remote's name.
pub fn remotes(git: &Git) -> Result<Vec<String>, GitError> {
    Ok(git
        .run(&["remote"])?
        .stdout
        .lines()
        .map(str::to_string)
        .filter(|r| !r.is_empty())
        .collect())
}

/// Where `branch` publishes: its configured upstream, else the same name on `origin`
/// (or the only remote). None when the repository has no remote at all.
pub fn publish_target(git: &Git, branch: &str) -> Result<Option<PublishTarget>, GitError> {
    let remote = config_value(git, &format!("branch.{branch}.remote"))?;
    let merge = config_value(git, &format!("branch.{branch}.merge"))?;
    // A remote of "." means the branch tracks another local branch: not a publish target.
    if let (Some(remote), Some(merge)) = (remote, merge) {
        if remote != "." {
            let branch = merge
                .strip_prefix("refs/heads/")
                .unwrap_or(&merge)
                .to_string();
            return Ok(Some(PublishTarget {
                remote,
                branch,
                configured: true,
            }));
        }
    }
    let all = remotes(git)?;
    let chosen = if all.iter().any(|r| r == "origin") {
        Some("origin".to_string())
    } else {
        all.first().cloned()
    };
    Ok(chosen.map(|remote| PublishTarget {
        remote,
        branch: branch.to_string(),
        configured: false,
    }))
}

/// The URL of `remote`, for messages.
pub fn remote_url(git: &Git, remote: &str) -> Option<String> {
    config_value(git, &format!("remote.{remote}.url"))
        .ok()
        .flatten()
}

fn config_value(git: &Git, key: &str) -> Result<Option<String>, GitError> {
    // `git config --get` exits 1 when the key is not set.
    let out = git.run_accepting(&["config", "--get", key], &[], &[1])?;
    Ok((out.code == Some(0))
        .then(|| out.stdout.trim().to_string())
        .filter(|v| !v.is_empty()))
}
