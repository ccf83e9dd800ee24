//! `git diff`: what one file's publication would change, as a unified diff.

use super::{Git, GitError};

/// The unified diff of one path against HEAD, run at the top of the working tree.
///
/// `orig_path` is the old name of a renamed file; `untracked` files (never added) are
/// shown as wholly new. Nothing in the index or working tree is touched.
pub fn diff_against_head(
    git: &Git,
    path: &str,
    orig_path: Option<&str>,
    untracked: bool,
) -> Result<String, GitError> {
    let common = [
        "-c",
        "core.quotepath=off",
        "--literal-pathspecs",
        "diff",
        "--no-color",
        "--no-ext-diff",
    ];
    if untracked {
        let mut args = common.to_vec();
        args.extend(["--no-index", "--", "/dev/null", path]);
        // `--no-index` exits 1 when the files differ, which for a new file they always do.
        return Ok(git.run_accepting(&args, &[], &[1])?.stdout);
    }
    let mut args = common.to_vec();
    args.extend(["--find-renames", "HEAD", "--", path]);
    if let Some(orig) = orig_path {
        args.push(orig);
    }
    Ok(git.run(&args)?.stdout)
}
