//! The two ways out the Publish dialog offers when there is nowhere to publish yet:
//! making the site folder a repository, and adding the remote to publish to.

use super::error::PublishError;
use crate::git::remote::remotes;
use crate::git::repo::locate;
use crate::git::{Git, GitError};
use std::path::Path;

/// The remote name a first remote gets, as `git clone` names it.
const FIRST_REMOTE: &str = "origin";

/// Makes the site folder a git repository on a `main` branch (no commit yet: the first
/// publish makes it). A folder already inside a repository is left alone.
pub fn initialise_repository(site_root: &Path) -> Result<(), PublishError> {
    if locate(site_root)?.is_some() {
        return Ok(());
    }
    Git::at(site_root).run(&["init", "--quiet", "--initial-branch=main"])?;
    Ok(())
}

/// Adds `url` as the `origin` remote of the site's repository. A repository that already
/// has a remote is refused: publishing would go there, not to `url`.
pub fn add_remote(site_root: &Path, url: &str) -> Result<(), PublishError> {
    let url = url.trim();
    if url.is_empty() || url.starts_with('-') || url.chars().any(char::is_whitespace) {
        return Err(PublishError::BadRemoteUrl {
            url: url.to_string(),
        });
    }
    let location = locate(site_root)?.ok_or(PublishError::NoRepository)?;
    let git = location.git();
    if let Some(existing) = remotes(&git)?.into_iter().next() {
        return Err(PublishError::RemoteExists { name: existing });
    }
    match git.run(&["remote", "add", FIRST_REMOTE, url]) {
        Ok(_) => Ok(()),
        Err(GitError::Failed { stderr, .. }) => Err(PublishError::BadRemoteUrl {
            url: format!("{url} ({})", stderr.trim()),
        }),
        Err(other) => Err(other.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn git_out(dir: &Path, args: &[&str]) -> String {
        Git::at(dir)
            .run(args)
            .expect("git")
            .stdout
            .trim()
            .to_string()
    }

    #[test]
    fn a_plain_folder_becomes_a_repository_on_main_and_keeps_its_files() {
        let tmp = tempfile::tempdir().expect("temp dir");
        std::fs::write(tmp.path().join("hugo.toml"), "title = 'x'\n").expect("config");
        initialise_repository(tmp.path()).expect("init");
        assert!(tmp.path().join(".git").is_dir());
        assert_eq!(
            git_out(tmp.path(), &["symbolic-ref", "--short", "HEAD"]),
            "main"
        );
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("hugo.toml")).expect("config"),
            "title = 'x'\n"
        );
    }

    #[test]
    fn the_first_remote_is_origin_and_a_second_is_refused() {
        let tmp = tempfile::tempdir().expect("temp dir");
        initialise_repository(tmp.path()).expect("init");
        add_remote(tmp.path(), " https://example.invalid/blog.git ").expect("add");
        assert_eq!(
            git_out(tmp.path(), &["remote", "get-url", "origin"]),
            "https://example.invalid/blog.git"
        );
        let again = add_remote(tmp.path(), "https://example.invalid/other.git");
        assert!(
            matches!(again, Err(PublishError::RemoteExists { ref name }) if name == "origin"),
            "{again:?}"
        );
    }

    #[test]
    fn a_blank_or_option_like_url_is_refused_before_git_runs() {
        let tmp = tempfile::tempdir().expect("temp dir");
        initialise_repository(tmp.path()).expect("init");
        for url in ["", "  ", "--upload-pack=x", "a b"] {
            let result = add_remote(tmp.path(), url);
            assert!(
                matches!(result, Err(PublishError::BadRemoteUrl { .. })),
                "{url:?}: {result:?}"
            );
        }
        assert_eq!(git_out(tmp.path(), &["remote"]), "");
    }
}
