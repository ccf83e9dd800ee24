//! `git commit --only`: a commit of exactly the chosen paths, leaving every other
//! staged or unstaged change of the writer as it was.

use super::{Git, GitError};
use std::path::Path;

/// Commits the working-tree state of `paths` (repo-relative; new, changed or deleted)
/// with `message`, and returns the new commit's id.
///
/// `untracked` lists the paths among them git does not know yet: they are added first,
/// and taken out of the index again if the commit fails, so a failure leaves the index
/// as it was. The path lists go to git through files in `git_dir`, so thousands of
/// paths never overflow a command line.
pub fn commit_only(
    git: &Git,
    git_dir: &Path,
    message: &str,
    paths: &[String],
    untracked: &[String],
) -> Result<String, GitError> {
    let untracked_list = PathList::write(git_dir, "inkstone-publish-new", untracked)?;
    let paths_list = PathList::write(git_dir, "inkstone-publish-paths", paths)?;
    if !untracked.is_empty() {
        git.run(&[
            "--literal-pathspecs",
            "add",
            &untracked_list.arg(),
            "--pathspec-file-nul",
        ])?;
    }
    let committed = git.run(&[
        "--literal-pathspecs",
        "commit",
        "--quiet",
        "--only",
        "--message",
        message,
        &paths_list.arg(),
        "--pathspec-file-nul",
    ]);
    if let Err(error) = committed {
        if !untracked.is_empty() {
            // Undo the add even when the failure was a cancellation: a plain handle
            // ignores the cancel flag.
            let _ = Git::at(git.dir()).run(&[
                "--literal-pathspecs",
                "rm",
                "--cached",
                "--quiet",
                &untracked_list.arg(),
                "--pathspec-file-nul",
            ]);
        }
        return Err(error);
    }
    head(git)
}

/// A NUL-separated list of paths in a file that is removed when dropped.
struct PathList {
    file: std::path::PathBuf,
}

impl PathList {
    fn write(git_dir: &Path, name: &str, paths: &[String]) -> Result<PathList, GitError> {
        let file = git_dir.join(name);
        let mut bytes = Vec::new();
        for path in paths {
            bytes.extend_from_slice(path.as_bytes());
            bytes.push(0);
        }
        std::fs::write(&file, bytes).map_err(|source| GitError::Io {
            dir: git_dir.to_path_buf(),
            source,
        })?;
        Ok(PathList { file })
    }

    fn arg(&self) -> String {
        format!("--pathspec-from-file={}", self.file.display())
    }
}

impl Drop for PathList {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.file);
    }
}

/// The id of the commit HEAD points at.
pub fn head(git: &Git) -> Result<String, GitError> {
    Ok(git
        .run(&["rev-parse", "--verify", "HEAD^{commit}"])?
        .stdout
        .trim()
        .to_string())
}

/// The id of `rev` as a commit, or None when there is no such commit.
pub fn resolve(git: &Git, rev: &str) -> Result<Option<String>, GitError> {
    let spec = format!("{rev}^{{commit}}");
    let out = git.run_accepting(&["rev-parse", "--quiet", "--verify", &spec], &[], &[1])?;
    Ok((out.code == Some(0)).then(|| out.stdout.trim().to_string()))
}
