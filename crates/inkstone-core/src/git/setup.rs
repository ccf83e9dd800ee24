//! Turning a folder into a repository with a local bare `origin`, so publishing works offline.

use super::{Git, GitError};
use std::path::Path;

/// Makes `site` a git repository whose first commit holds every file in it, with the
/// bare repository `remote` (created here) as `origin` and the commit pushed there.
pub fn init_with_local_remote(site: &Path, remote: &Path) -> Result<(), GitError> {
    let repo = Git::at(site);
    repo.run(&["init", "--quiet", "--initial-branch=main"])?;
    repo.run(&["add", "--all"])?;
    // The demo's first commit is made by Inkstone itself, so it must not depend on the
    // writer having set user.name and user.email yet.
    repo.run(&[
        "-c",
        "user.name=Inkstone",
        "-c",
        "user.email=demo@inkstone.invalid",
        "-c",
        "commit.gpgsign=false",
        "commit",
        "--quiet",
        "--message",
        "Demo site as installed by Inkstone",
    ])?;
    let parent = remote.parent().unwrap_or(site);
    std::fs::create_dir_all(parent).map_err(|e| GitError::Io {
        dir: parent.to_path_buf(),
        source: e,
    })?;
    let remote_str = remote.to_string_lossy();
    Git::at(parent).run(&[
        "init",
        "--quiet",
        "--bare",
        "--initial-branch=main",
        &remote_str,
    ])?;
    repo.run(&["remote", "add", "origin", &remote_str])?;
    repo.run(&["push", "--quiet", "--set-upstream", "origin", "main"])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_repository_pushes_its_first_commit_to_the_local_remote() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let site = tmp.path().join("site");
        std::fs::create_dir_all(&site).expect("site dir");
        std::fs::write(site.join("hugo.toml"), "title = 'x'\n").expect("config");
        let remote = tmp.path().join("remote.git");

        init_with_local_remote(&site, &remote).expect("init");

        let local = Git::at(&site)
            .run(&["rev-parse", "HEAD"])
            .expect("local head")
            .stdout;
        let pushed = Git::at(&remote)
            .run(&["rev-parse", "main"])
            .expect("remote main")
            .stdout;
        assert_eq!(local, pushed);
        let status = Git::at(&site)
            .run(&["status", "--porcelain"])
            .expect("status")
            .stdout;
        assert_eq!(status, "", "everything is committed");
    }
}
