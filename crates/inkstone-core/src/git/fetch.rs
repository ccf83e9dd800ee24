//! `git fetch`: bring the remote's branches into the remote-tracking refs.

use super::{Git, GitError};

/// Fetches `remote` with the writer's configured refspecs; never touches local branches.
pub fn fetch(git: &Git, remote: &str) -> Result<(), GitError> {
    git.run(&["fetch", "--quiet", "--no-recurse-submodules", remote])
        .map(|_| ())
}
