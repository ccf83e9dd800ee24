//! `git status`: the branch, how far it is from its upstream, and every changed file.

use super::{Git, GitError};

/// What happened to one path since the last commit (index and working tree together).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Added,
    Modified,
    Deleted,
    /// Staged as a rename (`git mv`): `orig_path` holds the old path.
    Renamed,
    /// New and never added.
    Untracked,
    /// Left conflicted by a merge.
    Unmerged,
}

/// One changed path, relative to the top of the repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusEntry {
    pub path: String,
    pub orig_path: Option<String>,
    pub kind: EntryKind,
    /// The blob the path has in HEAD (deleted and modified files), to pair renames.
    pub head_blob: Option<String>,
}

/// The branch git status reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BranchInfo {
    /// None when HEAD is detached.
    pub head: Option<String>,
    /// None before the first commit.
    pub oid: Option<String>,
    /// `origin/main` style, when the branch tracks one.
    pub upstream: Option<String>,
    pub ahead: u32,
    pub behind: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RepoStatus {
    pub branch: BranchInfo,
    pub entries: Vec<StatusEntry>,
}

/// Status of the paths matching `pathspec` (literal), run at the top of the working tree.
/// Ignored files are never listed.
pub fn status(git: &Git, pathspec: &str) -> Result<RepoStatus, GitError> {
    let out = git.run(&[
        "--literal-pathspecs",
        "status",
        "--porcelain=v2",
        "-z",
        "--branch",
        "--untracked-files=all",
        "--ignore-submodules=all",
        "--",
        pathspec,
    ])?;
    Ok(parse_porcelain_v2(&out.stdout))
}

/// Parses `git status --porcelain=v2 -z --branch` output.
pub fn parse_porcelain_v2(text: &str) -> RepoStatus {
    let mut status = RepoStatus::default();
    let mut records = text.split('\0');
    while let Some(record) = records.next() {
        if let Some(header) = record.strip_prefix("# ") {
            read_branch_header(header, &mut status.branch);
        } else if let Some(rest) = record.strip_prefix("1 ") {
            // XY sub mH mI mW hH hI path
            let fields: Vec<&str> = rest.splitn(8, ' ').collect();
            if let [xy, _, _, _, _, head_blob, _, path] = fields[..] {
                if let Some(kind) = ordinary_kind(xy) {
                    status.entries.push(entry(path, None, kind, head_blob));
                }
            }
        } else if let Some(rest) = record.strip_prefix("2 ") {
            // XY sub mH mI mW hH hI score path, then the original path as the next record.
            let fields: Vec<&str> = rest.splitn(9, ' ').collect();
            let orig = records.next().unwrap_or_default();
            if let [xy, _, _, _, _, head_blob, _, score, path] = fields[..] {
                let kind = if score.starts_with('C') {
                    EntryKind::Added
                } else {
                    EntryKind::Renamed
                };
                let orig = (kind == EntryKind::Renamed).then(|| orig.to_string());
                if xy.as_bytes().get(1) == Some(&b'D') {
                    // Renamed in the index, then deleted from the working tree: the old
                    // path is what is gone.
                    status.entries.push(entry(
                        orig.as_deref().unwrap_or(path),
                        None,
                        EntryKind::Deleted,
                        head_blob,
                    ));
                } else {
                    status.entries.push(entry(path, orig, kind, head_blob));
                }
            }
        } else if let Some(rest) = record.strip_prefix("u ") {
            if let Some(path) = rest.splitn(10, ' ').nth(9) {
                status
                    .entries
                    .push(entry(path, None, EntryKind::Unmerged, "0"));
            }
        } else if let Some(path) = record.strip_prefix("? ") {
            status
                .entries
                .push(entry(path, None, EntryKind::Untracked, "0"));
        }
    }
    status
}

fn read_branch_header(header: &str, branch: &mut BranchInfo) {
    if let Some(oid) = header.strip_prefix("branch.oid ") {
        branch.oid = (oid != "(initial)").then(|| oid.to_string());
    } else if let Some(head) = header.strip_prefix("branch.head ") {
        branch.head = (head != "(detached)").then(|| head.to_string());
    } else if let Some(upstream) = header.strip_prefix("branch.upstream ") {
        branch.upstream = Some(upstream.to_string());
    } else if let Some(ab) = header.strip_prefix("branch.ab ") {
        let mut parts = ab.split(' ');
        branch.ahead = parts
            .next()
            .and_then(|a| a.trim_start_matches('+').parse().ok())
            .unwrap_or(0);
        branch.behind = parts
            .next()
            .and_then(|b| b.trim_start_matches('-').parse().ok())
            .unwrap_or(0);
    }
}

/// The combined change of an ordinary entry from its `XY` (index, working tree) code;
/// None when nothing differs from HEAD in the end (added, then deleted again).
fn ordinary_kind(xy: &str) -> Option<EntryKind> {
    let bytes = xy.as_bytes();
    let (index, worktree) = (bytes.first().copied()?, bytes.get(1).copied()?);
    match (index, worktree) {
        (b'A', b'D') => None,
        (b'A', _) => Some(EntryKind::Added),
        (b'D', _) | (_, b'D') => Some(EntryKind::Deleted),
        _ => Some(EntryKind::Modified),
    }
}

fn entry(path: &str, orig_path: Option<String>, kind: EntryKind, head_blob: &str) -> StatusEntry {
    // An all-zero id means "not in HEAD".
    let head_blob = (!head_blob.bytes().all(|b| b == b'0')).then(|| head_blob.to_string());
    StatusEntry {
        path: path.to_string(),
        orig_path,
        kind,
        head_blob,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn porcelain_v2_reports_branch_and_every_kind_of_change() {
        let zero = "0000000000000000000000000000000000000000";
        let blob = "78981922613b2afb6025042ff6bd878ac1994e85";
        let text = format!(
            "# branch.oid abc\0# branch.head main\0# branch.upstream origin/main\0# branch.ab +2 -1\0\
             1 .M N... 100644 100644 100644 {blob} {blob} site/a b.md\0\
             1 .D N... 100644 100644 000000 {blob} {blob} site/gone.md\0\
             1 A. N... 000000 100644 100644 {zero} {blob} site/staged.md\0\
             2 R. N... 100644 100644 100644 {blob} {blob} R100 site/new.md\0site/old.md\0\
             ? site/fresh.md\0"
        );
        let status = parse_porcelain_v2(&text);
        assert_eq!(
            status.branch,
            BranchInfo {
                head: Some("main".into()),
                oid: Some("abc".into()),
                upstream: Some("origin/main".into()),
                ahead: 2,
                behind: 1
            }
        );
        let kinds: Vec<(&str, EntryKind, Option<&str>)> = status
            .entries
            .iter()
            .map(|e| (e.path.as_str(), e.kind, e.orig_path.as_deref()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("site/a b.md", EntryKind::Modified, None),
                ("site/gone.md", EntryKind::Deleted, None),
                ("site/staged.md", EntryKind::Added, None),
                ("site/new.md", EntryKind::Renamed, Some("site/old.md")),
                ("site/fresh.md", EntryKind::Untracked, None),
            ]
        );
        assert_eq!(status.entries[1].head_blob.as_deref(), Some(blob));
        assert_eq!(status.entries[2].head_blob, None);
    }

    #[test]
    fn detached_head_and_first_commit_have_no_names() {
        let status = parse_porcelain_v2("# branch.oid (initial)\0# branch.head (detached)\0");
        assert_eq!(status.branch.head, None);
        assert_eq!(status.branch.oid, None);
    }
}
