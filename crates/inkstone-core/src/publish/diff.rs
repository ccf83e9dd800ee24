//! The diff of one changed file, shown on demand in the Publish dialog.

use super::error::PublishError;
use super::outcome::ChangeKind;
use super::status::Snapshot;
use crate::git::diff::diff_against_head;
use crate::git::repo::locate;
use std::path::Path;

/// The unified diff publishing `site_path` (relative to the site root) would commit.
pub fn diff_of_change(site_root: &Path, site_path: &str) -> Result<String, PublishError> {
    let location = locate(site_root)?.ok_or_else(|| PublishError::NotAChange {
        path: site_path.to_string(),
    })?;
    let snapshot = Snapshot::take(&location)?;
    let change = snapshot
        .changes
        .iter()
        .find(|c| c.file.path == site_path)
        .ok_or_else(|| PublishError::NotAChange {
            path: site_path.to_string(),
        })?;
    let path = location.repo_path(site_path);
    let untracked = !change.untracked.is_empty();
    // A rename git has not been told about (the new file is untracked) shows as new text.
    let orig = match change.file.change {
        ChangeKind::Renamed if !untracked => {
            change.file.from.as_deref().map(|f| location.repo_path(f))
        }
        _ => None,
    };
    Ok(diff_against_head(
        &location.git(),
        &path,
        orig.as_deref(),
        untracked,
    )?)
}
