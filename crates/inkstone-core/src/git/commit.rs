//! `git commit --only`: a commit of exactly the chosen paths, leaving every other
//! staged or unstaged change of the writer as it was.

use super::{Git, GitError};

/// Commits the working-tree state of `paths` (repo-relative; new, changed or deleted)
/// with `message`, and returns the new commit's id.
///
/// `untracked` lists the paths among them git does not know yet: they are added first,
/// and taken out of the index again if the commit fails, so a failure leaves the index
/// as it was.
pub fn commit_only(
    git: &Git,
    message: &str,
    paths: &[String],
    untracked: &[String],
) -> Result<String, GitError> {
    if !untracked.is_empty() {
        let mut add = vec!["--literal-pathspecs", "add", "--"];
        add.extend(untracked.iter().map(String::as_str));
        git.run(&add)?;
    }
    let mut commit = vec![
        "--literal-pathspecs",
        "commit",
        "--quiet",
        "--only",
        "--message",
        message,
        "--",
    ];
    commit.extend(paths.iter().map(String::as_str));
    if let Err(error) = git.run(&commit) {
        if !untracked.is_empty() {
            let mut unadd = vec!["--literal-pathspecs", "rm", "--cached", "--quiet", "--"];
            unadd.extend(untracked.iter().map(String::as_str));
            let _ = git.run(&unadd);
        }
        return Err(error);
    }
    head(git)
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
