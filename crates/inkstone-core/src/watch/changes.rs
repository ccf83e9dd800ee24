//! Turning the platform's raw events into the site changes the app acts on: one entry
//! per path, checked against the disk, without Inkstone's own writes.

use std::fs;
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use notify::event::{ModifyKind, RenameMode};
use notify::EventKind;
use serde::Serialize;
use ts_rs::TS;

use super::own_writes::OwnWrites;
use super::targets::site_relative;

/// One file that changed on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SiteChange {
    /// Site-relative, with `/` on every platform.
    pub path: String,
    /// Flattened: `{ path, kind: "renamed", from }` reads naturally on the UI side.
    #[serde(flatten)]
    #[ts(flatten)]
    pub kind: ChangeKind,
}

/// How a file changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ChangeKind {
    Created,
    Modified,
    /// Gone from disk. For a folder this is the only change reported: everything
    /// that was under `path` is gone too.
    Removed,
    /// Moved here from `from` (site-relative), within the watched folders.
    Renamed {
        from: String,
    },
}

/// What the platform said about one path, reduced to what matters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RawChange {
    Created(PathBuf),
    Modified(PathBuf),
    Removed(PathBuf),
    Renamed { from: PathBuf, to: PathBuf },
}

/// Reads a platform event; access events and unknown kinds say nothing new.
pub(crate) fn raw_changes(kind: &EventKind, paths: &[PathBuf]) -> Vec<RawChange> {
    let each = |make: fn(PathBuf) -> RawChange| paths.iter().cloned().map(make).collect();
    match kind {
        EventKind::Create(_) => each(RawChange::Created),
        EventKind::Remove(_) => each(RawChange::Removed),
        EventKind::Modify(ModifyKind::Name(RenameMode::Both)) if paths.len() == 2 => {
            vec![RawChange::Renamed {
                from: paths[0].clone(),
                to: paths[1].clone(),
            }]
        }
        EventKind::Modify(ModifyKind::Name(RenameMode::From)) => each(RawChange::Removed),
        EventKind::Modify(ModifyKind::Name(RenameMode::To)) => each(RawChange::Created),
        EventKind::Modify(_) | EventKind::Any | EventKind::Other => each(RawChange::Modified),
        EventKind::Access(_) => Vec::new(),
    }
}

/// Coalesces a batch: the last word per path wins, then the disk decides (a path
/// created and removed again within the batch is gone; one removed and recreated is
/// modified), so the app ends consistent with the disk whatever order events came in.
pub(crate) fn site_changes(
    root: &Path,
    folders: &[String],
    raw: Vec<RawChange>,
    own: &OwnWrites,
) -> Vec<SiteChange> {
    let mut by_path: IndexMap<PathBuf, (bool, Option<PathBuf>)> = IndexMap::new();
    for change in raw {
        match change {
            RawChange::Created(path) => {
                by_path.entry(path).or_insert((true, None));
            }
            RawChange::Modified(path) | RawChange::Removed(path) => {
                by_path.entry(path).or_insert((false, None));
            }
            RawChange::Renamed { from, to } => {
                by_path.entry(from.clone()).or_insert((false, None));
                by_path.insert(to, (true, Some(from)));
            }
        }
    }
    let mut changes = Vec::with_capacity(by_path.len());
    let mut renamed_away = Vec::new();
    for (path, (first_created, renamed_from)) in &by_path {
        let Some(rel) = site_relative(root, folders, path) else {
            continue;
        };
        if path.is_dir() {
            if *first_created {
                // Files written into a new folder before its watch was set up send no
                // event of their own (a `git checkout` does this): report them here.
                for file in files_under(path) {
                    if !by_path.contains_key(&file) {
                        if let Some(rel) = site_relative(root, folders, &file) {
                            changes.push(SiteChange {
                                path: rel,
                                kind: ChangeKind::Created,
                            });
                        }
                    }
                }
            }
            continue;
        }
        let exists = path.exists();
        if own.knows(path) {
            let current = if exists { fs::read(path).ok() } else { None };
            if own.is_echo(path, current.as_deref()) {
                continue;
            }
        }
        let from_rel = renamed_from
            .as_ref()
            .and_then(|from| site_relative(root, folders, from))
            .filter(|_| exists);
        let kind = match (exists, from_rel) {
            (true, Some(from)) => {
                renamed_away.push(from.clone());
                ChangeKind::Renamed { from }
            }
            (true, None) if *first_created => ChangeKind::Created,
            (true, None) => ChangeKind::Modified,
            (false, _) => ChangeKind::Removed,
        };
        changes.push(SiteChange { path: rel, kind });
    }
    // A rename already says the old path is gone.
    changes.retain(|change| {
        !(change.kind == ChangeKind::Removed && renamed_away.contains(&change.path))
    });
    changes
}

/// Every file below `folder`, depth-first; unreadable folders are skipped, as they
/// would be by the index.
fn files_under(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            match entry.file_type() {
                Ok(kind) if kind.is_dir() => pending.push(entry.path()),
                Ok(kind) if kind.is_file() => files.push(entry.path()),
                _ => {}
            }
        }
    }
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> (tempfile::TempDir, PathBuf, Vec<String>) {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = fs::canonicalize(dir.path()).expect("canonical");
        fs::create_dir_all(root.join("content")).expect("mkdir");
        (dir, root, vec!["content".to_owned()])
    }

    #[test]
    fn removed_then_recreated_in_one_batch_is_a_modification() {
        let (_dir, root, folders) = site();
        let post = root.join("content/a.md");
        fs::write(&post, "new\n").expect("write");
        let raw = vec![RawChange::Removed(post.clone()), RawChange::Created(post)];
        let changes = site_changes(&root, &folders, raw, &OwnWrites::default());
        assert_eq!(
            changes,
            [SiteChange {
                path: "content/a.md".into(),
                kind: ChangeKind::Modified
            }]
        );
    }

    #[test]
    fn created_then_gone_in_one_batch_ends_as_removed() {
        let (_dir, root, folders) = site();
        let post = root.join("content/brief.md");
        let raw = vec![RawChange::Created(post.clone()), RawChange::Modified(post)];
        let changes = site_changes(&root, &folders, raw, &OwnWrites::default());
        assert_eq!(changes[0].kind, ChangeKind::Removed);
    }

    #[test]
    fn a_rename_reports_the_new_path_only() {
        let (_dir, root, folders) = site();
        let to = root.join("content/b.md");
        fs::write(&to, "moved\n").expect("write");
        let raw = vec![RawChange::Renamed {
            from: root.join("content/a.md"),
            to,
        }];
        let changes = site_changes(&root, &folders, raw, &OwnWrites::default());
        assert_eq!(
            changes,
            [SiteChange {
                path: "content/b.md".into(),
                kind: ChangeKind::Renamed {
                    from: "content/a.md".into()
                }
            }]
        );
    }

    #[test]
    fn an_echo_of_our_own_write_is_dropped_but_a_different_text_is_not() {
        let (_dir, root, folders) = site();
        let post = root.join("content/a.md");
        let own = OwnWrites::default();
        own.record(&post, b"ours\n");
        fs::write(&post, "ours\n").expect("write");
        let echo = site_changes(
            &root,
            &folders,
            vec![RawChange::Modified(post.clone())],
            &own,
        );
        assert_eq!(echo, []);
        fs::write(&post, "theirs\n").expect("write");
        let external = site_changes(&root, &folders, vec![RawChange::Modified(post)], &own);
        assert_eq!(external.len(), 1);
    }
}
