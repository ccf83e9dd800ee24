//! The ways out of "not a repository" and "no remote": initialise, add a remote, and
//! the first publish of a site that was never in git reaches the remote.

mod publish_support;

use inkstone_core::publish::{
    add_remote, initialise_repository, publish_status, PublishOutcome, PublishRequest, StatusReport,
};
use publish_support::*;

#[test]
fn a_site_never_in_git_is_initialised_given_a_remote_and_published_whole() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let site = tmp.path().join("blog");
    write(&site, "hugo.toml", "title = 'Tide notes'\n");
    write(
        &site,
        "content/posts/20260101-tides.md",
        &post("Tides", "The sea keeps time."),
    );
    let files_before = snapshot_files(&site);
    assert_eq!(
        publish_status(&site).expect("status"),
        StatusReport::NotARepository
    );

    initialise_repository(&site).expect("init");
    configure_identity(&site, "Writer");
    let (outcome, _) = publish_all(&site, &PublishRequest::default());
    assert_eq!(outcome, PublishOutcome::NoRemote { commit: None });

    let remote = tmp.path().join("remote.git");
    git(tmp.path(), &["init", "--quiet", "--bare", "remote.git"]);
    add_remote(&site, remote.to_str().expect("utf-8 path")).expect("add remote");
    let (outcome, _) = publish_all(&site, &PublishRequest::default());

    let PublishOutcome::Published { commit, branch, .. } = outcome else {
        panic!("published, got {outcome:?}")
    };
    assert_eq!(branch, "main");
    assert_eq!(git(&remote, &["rev-parse", "main"]).trim(), commit);
    assert_eq!(
        git(&remote, &["ls-tree", "-r", "--name-only", "main"]),
        "content/posts/20260101-tides.md\nhugo.toml\n"
    );
    assert_eq!(subject(&remote, "main"), "Publish: “Tides”, hugo.toml");
    assert_eq!(
        snapshot_files(&site),
        files_before,
        "publishing changed no file of the site"
    );
}
