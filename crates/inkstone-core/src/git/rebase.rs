//! Rebasing the local commits onto the fetched upstream without ever leaving a
//! half-finished rebase: every commit is replayed in memory (`git merge-tree`) and the
//! branch moves only when all of them applied cleanly.
//!
//! The working tree is then brought to the new commit with `git read-tree -m -u`, which
//! refuses (changing nothing) when the writer has uncommitted edits in a file the
//! upstream changed. Nothing is stashed, reset or checked out over the writer's files.

use super::commit::head;
use super::{Git, GitError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RebaseResult {
    /// The upstream was already part of HEAD: nothing to do.
    UpToDate,
    /// HEAD now points at `head`, holding the upstream followed by the local commits.
    Rebased { head: String },
    /// The local commits and the upstream changed the same lines of these files;
    /// nothing was changed.
    Conflict { files: Vec<String> },
    /// The upstream changed files the writer is still editing (uncommitted); nothing
    /// was changed.
    LocalEditsInTheWay { files: Vec<String> },
    /// The local history contains merge commits, which are not replayed; nothing was changed.
    LocalMerges,
    /// The upstream shares no history with HEAD (a remote created with its own first
    /// commit); nothing was changed.
    Unrelated,
}

/// Replays the commits of HEAD that `upstream` (a commit id) lacks on top of it.
pub fn rebase_onto(git: &Git, upstream: &str) -> Result<RebaseResult, GitError> {
    let old_head = head(git)?;
    if is_ancestor(git, upstream, &old_head)? {
        return Ok(RebaseResult::UpToDate);
    }
    // `merge-base` exits 1 when the two histories have no commit in common.
    let common = git.run_accepting(&["merge-base", upstream, &old_head], &[], &[1])?;
    if common.code == Some(1) {
        return Ok(RebaseResult::Unrelated);
    }
    let range = format!("{upstream}..{old_head}");
    if !git
        .run(&["rev-list", "--merges", &range])?
        .stdout
        .trim()
        .is_empty()
    {
        return Ok(RebaseResult::LocalMerges);
    }
    // Like `git rebase`, skip local commits whose change the upstream already has.
    let symmetric = format!("{upstream}...{old_head}");
    let to_replay = git.run(&[
        "rev-list",
        "--reverse",
        "--right-only",
        "--cherry-pick",
        "--no-merges",
        &symmetric,
    ])?;
    let mut base = upstream.to_string();
    for commit in to_replay.stdout.lines().filter(|l| !l.is_empty()) {
        match replay(git, commit, &base)? {
            Replayed::Commit(id) => base = id,
            Replayed::Empty => {}
            Replayed::Conflict(files) => return Ok(RebaseResult::Conflict { files }),
        }
    }
    move_branch(git, &old_head, &base)
}

enum Replayed {
    Commit(String),
    Empty,
    Conflict(Vec<String>),
}

/// Applies `commit`'s own change on top of `base` in memory and records it as a new commit
/// with the same author, date and message.
fn replay(git: &Git, commit: &str, base: &str) -> Result<Replayed, GitError> {
    let merge_base = format!("--merge-base={commit}^");
    let merged = git.run_accepting(
        &[
            "merge-tree",
            "--write-tree",
            "--name-only",
            "--no-messages",
            &merge_base,
            base,
            commit,
        ],
        &[],
        &[1],
    )?;
    let mut lines = merged.stdout.lines();
    let tree = lines.next().unwrap_or_default().to_string();
    if merged.code == Some(1) {
        let mut files: Vec<String> = lines
            .take_while(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        files.dedup();
        return Ok(Replayed::Conflict(files));
    }
    let base_tree = git
        .run(&["rev-parse", &format!("{base}^{{tree}}")])?
        .stdout
        .trim()
        .to_string();
    if tree == base_tree {
        return Ok(Replayed::Empty);
    }
    let info = git
        .run(&[
            "log",
            "-1",
            "--format=%an%x00%ae%x00%ad%x00%B",
            "--date=raw",
            commit,
        ])?
        .stdout;
    let mut parts = info.splitn(4, '\0');
    let (name, email, date) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    let message = parts.next().unwrap_or("").trim_end();
    let env = [
        ("GIT_AUTHOR_NAME", name),
        ("GIT_AUTHOR_EMAIL", email),
        ("GIT_AUTHOR_DATE", date),
    ];
    let created = git.run_with_env(&["commit-tree", &tree, "-p", base, "-m", message], &env)?;
    Ok(Replayed::Commit(created.stdout.trim().to_string()))
}

/// Brings the index and working tree from `old_head` to `new_head` (keeping every
/// unrelated edit), then points the branch at `new_head`.
fn move_branch(git: &Git, old_head: &str, new_head: &str) -> Result<RebaseResult, GitError> {
    // Stale file timestamps would make read-tree think clean files were edited.
    let _ = git.run(&["update-index", "-q", "--refresh"]);
    let switched =
        git.run_accepting(&["read-tree", "-m", "-u", old_head, new_head], &[], &[128])?;
    if switched.code == Some(128) {
        return Ok(RebaseResult::LocalEditsInTheWay {
            files: files_named_in(&switched.stderr),
        });
    }
    let reason = "inkstone publish: rebase onto upstream";
    if let Err(error) = git.run(&["update-ref", "-m", reason, "HEAD", new_head, old_head]) {
        // Put the files back where HEAD still is, so the tree matches the branch again.
        let _ = git.run(&["read-tree", "-m", "-u", new_head, old_head]);
        return Err(error);
    }
    Ok(RebaseResult::Rebased {
        head: new_head.to_string(),
    })
}

/// True when `ancestor` is part of `descendant`'s history.
pub fn is_ancestor(git: &Git, ancestor: &str, descendant: &str) -> Result<bool, GitError> {
    let out = git.run_accepting(
        &["merge-base", "--is-ancestor", ancestor, descendant],
        &[],
        &[1],
    )?;
    Ok(out.code == Some(0))
}

/// The quoted paths in read-tree's refusal ("Entry 'a.md' not uptodate. Cannot merge.").
fn files_named_in(stderr: &str) -> Vec<String> {
    let mut files = Vec::new();
    for line in stderr.lines() {
        let mut pieces = line.split('\'');
        if let (Some(_), Some(path), Some(_)) = (pieces.next(), pieces.next(), pieces.next()) {
            if !files.iter().any(|f| f == path) {
                files.push(path.to_string());
            }
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusal_names_each_file_once() {
        let stderr = "error: Entry 'content/a.md' not uptodate. Cannot merge.\n\
                      error: Untracked working tree file 'content/b.md' would be overwritten by merge.\n\
                      error: Entry 'content/a.md' not uptodate. Cannot merge.\n";
        assert_eq!(
            files_named_in(stderr),
            vec!["content/a.md".to_string(), "content/b.md".to_string()]
        );
    }
}
