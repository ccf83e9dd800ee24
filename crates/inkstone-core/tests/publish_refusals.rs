//! Situations where publishing must refuse or stop, leaving every file of the writer
//! byte-identical to before.

mod publish_support;

use inkstone_core::publish::{OperationKind, PublishOutcome, PublishRequest};
use publish_support::*;

const TIDES: &str = "content/posts/20260101-tides.md";

#[test]
fn a_remote_hook_refusing_the_push_is_reported_with_its_reason() {
    let repos = Repos::with_site("");
    write_script(
        &repos.remote.join("hooks/pre-receive"),
        "echo 'pushes are closed for the holidays' >&2\nexit 1",
    );
    let remote_before = repos.remote_head();
    write(&repos.writer, TIDES, &post("Tides", "Edited."));
    let files_before = snapshot_files(&repos.writer);

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    let PublishOutcome::Rejected { reason, commit } = outcome else {
        panic!("rejected, got {outcome:?}")
    };
    assert_eq!(
        reason,
        "[remote rejected] (pre-receive hook declined): pushes are closed for the holidays: \
         the remote's rules refused the commit; ask whoever runs the remote what it expects"
    );
    assert_eq!(commit, repos.writer_head());
    assert_eq!(repos.remote_head(), remote_before);
    assert_eq!(snapshot_files(&repos.writer), files_before);
}

#[test]
fn no_remote_at_all_commits_nothing() {
    let repos = Repos::with_site("");
    git(&repos.writer, &["remote", "remove", "origin"]);
    write(&repos.writer, TIDES, &post("Tides", "Edited."));
    let (head, files_before) = (repos.writer_head(), snapshot_files(&repos.writer));

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    assert_eq!(outcome, PublishOutcome::NoRemote { commit: None });
    assert_eq!(repos.writer_head(), head);
    assert_eq!(snapshot_files(&repos.writer), files_before);
}

#[test]
fn a_remote_folder_that_vanished_is_unreachable_and_commits_nothing() {
    let repos = Repos::with_site("");
    std::fs::remove_dir_all(&repos.remote).expect("remove remote");
    write(&repos.writer, TIDES, &post("Tides", "Edited."));
    let (head, files_before) = (repos.writer_head(), snapshot_files(&repos.writer));

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    assert!(
        matches!(outcome, PublishOutcome::Unreachable { ref remote, commit: None, .. } if remote == "origin"),
        "{outcome:?}"
    );
    assert_eq!(repos.writer_head(), head);
    assert_eq!(snapshot_files(&repos.writer), files_before);
}

#[test]
fn a_refused_connection_is_unreachable() {
    let repos = Repos::with_site("");
    // Port 1 on the loopback interface has no git daemon behind it.
    git(
        &repos.writer,
        &["remote", "set-url", "origin", "git://127.0.0.1:1/site.git"],
    );
    write(&repos.writer, TIDES, &post("Tides", "Edited."));

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    let PublishOutcome::Unreachable { message, .. } = outcome else {
        panic!("unreachable, got {outcome:?}")
    };
    assert!(
        message.ends_with("check the network and the remote's address, then publish again"),
        "{message}"
    );
}

#[cfg(unix)]
#[test]
fn an_ssh_key_the_remote_refuses_is_an_authentication_failure_naming_the_remote() {
    let repos = Repos::with_site("");
    let fake_ssh = repos.tmp.path().join("fake-ssh");
    write_script(
        &fake_ssh,
        "echo 'git@example.invalid: Permission denied (publickey).' >&2\nexit 255",
    );
    git(
        &repos.writer,
        &[
            "config",
            "core.sshCommand",
            fake_ssh.to_str().expect("utf-8"),
        ],
    );
    git(
        &repos.writer,
        &[
            "remote",
            "set-url",
            "origin",
            "git@example.invalid:writer/site.git",
        ],
    );
    write(&repos.writer, TIDES, &post("Tides", "Edited."));
    let (head, files_before) = (repos.writer_head(), snapshot_files(&repos.writer));

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    let PublishOutcome::AuthenticationFailed {
        remote,
        hint,
        commit,
    } = outcome
    else {
        panic!("authentication failed, got {outcome:?}")
    };
    assert_eq!((remote.as_str(), commit), ("origin", None));
    assert!(
        hint.starts_with(
            "git could not sign in to git@example.invalid:writer/site.git without asking"
        ),
        "{hint}"
    );
    assert_eq!(repos.writer_head(), head);
    assert_eq!(snapshot_files(&repos.writer), files_before);
}

#[test]
fn a_repository_in_the_middle_of_a_rebase_is_left_alone() {
    let repos = Repos::with_site("");
    let other = repos.other_clone("colleague");
    push_from_other(&other, TIDES, &post("Tides", "Theirs."));
    write(&repos.writer, TIDES, &post("Tides", "Mine."));
    git(&repos.writer, &["commit", "--quiet", "-am", "Mine"]);
    assert!(
        !git_may_fail(&repos.writer, &["pull", "--quiet", "--rebase"]),
        "the rebase stops on the conflict"
    );
    let files_before = snapshot_files(&repos.writer);
    let status_before = git(&repos.writer, &["status", "--porcelain"]);

    let (outcome, steps) = publish_all(&repos.writer, &PublishRequest::default());

    assert_eq!(
        outcome,
        PublishOutcome::OperationInProgress {
            kind: OperationKind::Rebase
        }
    );
    assert_eq!(steps, vec![]);
    assert_eq!(snapshot_files(&repos.writer), files_before);
    assert_eq!(
        git(&repos.writer, &["status", "--porcelain"]),
        status_before
    );
    assert!(repos.writer.join(".git/rebase-merge").exists());
}

#[test]
fn a_detached_head_is_refused() {
    let repos = Repos::with_site("");
    git(&repos.writer, &["checkout", "--quiet", "--detach"]);
    write(&repos.writer, TIDES, &post("Tides", "Edited."));
    let files_before = snapshot_files(&repos.writer);

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    assert_eq!(outcome, PublishOutcome::DetachedHead);
    assert_eq!(snapshot_files(&repos.writer), files_before);
}

#[test]
fn a_folder_outside_any_repository_is_not_a_repository() {
    let tmp = tempfile::tempdir().expect("temp dir");
    write(tmp.path(), "hugo.toml", "title = 'x'\n");
    let files_before = snapshot_files(tmp.path());

    let (outcome, _) = publish_all(tmp.path(), &PublishRequest::default());

    assert_eq!(outcome, PublishOutcome::NotARepository);
    assert_eq!(snapshot_files(tmp.path()), files_before);
}

#[cfg(unix)]
#[test]
fn a_pre_commit_hook_refusing_leaves_the_index_and_files_as_they_were() {
    let repos = Repos::with_site("");
    write_script(
        &repos.writer.join(".git/hooks/pre-commit"),
        "echo 'lint failed' >&2\nexit 1",
    );
    write(&repos.writer, TIDES, &post("Tides", "Edited."));
    write(
        &repos.writer,
        "content/posts/20260108-new.md",
        &post("New", "Brand new."),
    );
    let (head, files_before) = (repos.writer_head(), snapshot_files(&repos.writer));
    let status_before = git(
        &repos.writer,
        &["status", "--porcelain", "--untracked-files=all"],
    );

    let error = inkstone_core::publish::publish(
        &repos.writer,
        &PublishRequest::default(),
        &Vec::new,
        &mut |_| {},
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    )
    .expect_err("the hook refuses the commit");

    assert!(error.to_string().contains("lint failed"), "{error}");
    assert_eq!(repos.writer_head(), head);
    assert_eq!(snapshot_files(&repos.writer), files_before);
    assert_eq!(
        git(
            &repos.writer,
            &["status", "--porcelain", "--untracked-files=all"]
        ),
        status_before
    );
}
