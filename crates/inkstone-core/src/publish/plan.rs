//! What publishing would commit: the changed files under the site folder, with titles.

use super::outcome::{ChangeKind, ChangedFile};
use crate::front_matter;
use crate::git::repo::RepoLocation;
use crate::git::status::{EntryKind, RepoStatus, StatusEntry};
use crate::git::{Git, GitError};
use std::path::Path;

/// Posts bigger than this are not opened just to show a title.
const TITLE_READ_LIMIT: u64 = 4 * 1024 * 1024;

/// A changed file and the repository paths committing it involves.
#[derive(Debug, Clone)]
pub(crate) struct PlannedChange {
    pub file: ChangedFile,
    /// Repo-relative paths to commit (a rename has the new and the old path).
    pub repo_paths: Vec<String>,
    /// Repo-relative paths among them that git does not track yet.
    pub untracked: Vec<String>,
}

/// Turns `status` (already limited to the site folder) into the changes a writer sees.
pub(crate) fn plan_changes(
    location: &RepoLocation,
    status: &RepoStatus,
) -> Result<Vec<PlannedChange>, GitError> {
    let git = location.git();
    let renames = pair_renames(&git, &status.entries)?;
    let mut changes = Vec::new();
    for entry in &status.entries {
        let Some(site_path) = location.site_path(&entry.path) else {
            continue;
        };
        if renames.iter().any(|(_, deleted)| *deleted == entry.path) {
            continue; // shown as the "from" of its rename
        }
        let paired_from = renames
            .iter()
            .find(|(added, _)| *added == entry.path)
            .map(|(_, deleted)| deleted.clone());
        let (change, from_repo) = match (entry.kind, paired_from) {
            (_, Some(deleted)) => (ChangeKind::Renamed, Some(deleted)),
            (EntryKind::Renamed, None) => (ChangeKind::Renamed, entry.orig_path.clone()),
            (EntryKind::Added | EntryKind::Untracked, None) => (ChangeKind::Added, None),
            (EntryKind::Deleted, None) => (ChangeKind::Deleted, None),
            (EntryKind::Modified | EntryKind::Unmerged, None) => (ChangeKind::Modified, None),
        };
        let mut repo_paths = vec![entry.path.clone()];
        repo_paths.extend(from_repo.clone());
        let untracked = if entry.kind == EntryKind::Untracked {
            vec![entry.path.clone()]
        } else {
            Vec::new()
        };
        let (title, draft) = match change {
            ChangeKind::Deleted => (
                entry
                    .head_blob
                    .as_deref()
                    .and_then(|blob| title_in_blob(&git, blob)),
                false,
            ),
            _ => post_title_and_draft(&location.top.join(&entry.path)),
        };
        let from = from_repo
            .as_deref()
            .and_then(|p| location.site_path(p))
            .map(str::to_string);
        changes.push(PlannedChange {
            file: ChangedFile {
                path: site_path.to_string(),
                change,
                from,
                title,
                draft,
            },
            repo_paths,
            untracked,
        });
    }
    changes.sort_by(|a, b| a.file.path.cmp(&b.file.path));
    Ok(changes)
}

/// Pairs each untracked file with a deleted file of identical content: the writer renamed
/// or moved it. Returns `(new path, old path)` pairs.
fn pair_renames(git: &Git, entries: &[StatusEntry]) -> Result<Vec<(String, String)>, GitError> {
    let deleted: Vec<&StatusEntry> = entries
        .iter()
        .filter(|e| e.kind == EntryKind::Deleted && e.head_blob.is_some())
        .collect();
    let untracked: Vec<&str> = entries
        .iter()
        .filter(|e| e.kind == EntryKind::Untracked)
        .map(|e| e.path.as_str())
        .collect();
    if deleted.is_empty() || untracked.is_empty() {
        return Ok(Vec::new());
    }
    let mut pairs: Vec<(String, String)> = Vec::new();
    // Keep each command line short, whatever the number of new files.
    for chunk in untracked.chunks(200) {
        let mut args = vec!["hash-object", "--"];
        args.extend(chunk.iter().copied());
        let ids = git.run(&args)?.stdout;
        for (path, id) in chunk.iter().zip(ids.lines()) {
            let matching = deleted.iter().find(|d| {
                d.head_blob.as_deref() == Some(id) && !pairs.iter().any(|(_, old)| *old == d.path)
            });
            if let Some(old) = matching {
                pairs.push((path.to_string(), old.path.clone()));
            }
        }
    }
    Ok(pairs)
}

/// The `title` and `draft` of a post file; `(None, false)` for anything else.
fn post_title_and_draft(path: &Path) -> (Option<String>, bool) {
    if !is_post(path) || std::fs::metadata(path).map_or(true, |m| m.len() > TITLE_READ_LIMIT) {
        return (None, false);
    }
    match std::fs::read(path)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
    {
        Some(text) => title_and_draft(&text),
        None => (None, false),
    }
}

fn title_in_blob(git: &Git, blob: &str) -> Option<String> {
    let text = git.run(&["cat-file", "blob", blob]).ok()?.stdout;
    title_and_draft(&text).0
}

/// Reads the title and draft flag from a post's front matter, if it parses.
pub(crate) fn title_and_draft(text: &str) -> (Option<String>, bool) {
    let Ok((_, fm)) = front_matter::read(text) else {
        return (None, false);
    };
    let title = fm
        .fields
        .get("title")
        .and_then(|v| v.as_str())
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let draft = match fm.fields.get("draft") {
        Some(serde_json::Value::Bool(flag)) => *flag,
        Some(serde_json::Value::String(text)) => text.eq_ignore_ascii_case("true"),
        _ => false,
    };
    (title.map(str::to_string), draft)
}

/// Content files Hugo renders as pages.
pub(crate) fn is_post(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        ext.as_str(),
        "md" | "markdown" | "mdown" | "html" | "htm" | "adoc" | "org" | "rst"
    )
}
