//! Integrating the remote: someone else pushed before (or while) the writer publishes.

mod publish_support;

use inkstone_core::publish::{PublishOutcome, PublishProgress, PublishRequest};
use publish_support::*;

const TIDES: &str = "content/posts/20260101-tides.md";
const SALT: &str = "content/posts/20260102-salt.md";

#[test]
fn remote_changes_to_other_files_are_rebased_under_the_new_commit() {
    let repos = Repos::with_site("");
    let other = repos.other_clone("colleague");
    push_from_other(&other, SALT, &post("Salt", "The colleague's salt."));
    write(&repos.writer, TIDES, &post("Tides", "The writer's tides."));
    let unrelated = "notes the writer keeps out of git for now\n";
    write(&repos.writer, "content/drafts-idea.txt", unrelated);

    let (outcome, _) = publish_all(
        &repos.writer,
        &PublishRequest {
            paths: Some(vec![TIDES.into()]),
            ..PublishRequest::default()
        },
    );

    let head = repos.writer_head();
    assert!(
        matches!(outcome, PublishOutcome::Published { ref commit, .. } if *commit == head),
        "{outcome:?}"
    );
    assert_eq!(repos.remote_head(), head);
    assert_eq!(subject(&repos.writer, "HEAD~1"), format!("Edit {SALT}"));
    assert_eq!(
        read(&repos.writer, SALT),
        post("Salt", "The colleague's salt.")
    );
    assert_eq!(
        read(&repos.writer, TIDES),
        post("Tides", "The writer's tides.")
    );
    assert_eq!(read(&repos.writer, "content/drafts-idea.txt"), unrelated);
    assert_eq!(
        git(&repos.writer, &["status", "--porcelain"]),
        "?? content/drafts-idea.txt\n"
    );
}

#[test]
fn the_same_post_changed_on_both_sides_stops_with_a_conflict_and_keeps_the_commit() {
    let repos = Repos::with_site("");
    let other = repos.other_clone("colleague");
    push_from_other(&other, TIDES, &post("Tides", "The colleague rewrote this."));
    let remote_before = repos.remote_head();
    let head_before = repos.writer_head();
    write(
        &repos.writer,
        TIDES,
        &post("Tides", "The writer rewrote this too."),
    );
    let files_before = snapshot_files(&repos.writer);

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    let commit = repos.writer_head();
    assert_eq!(
        outcome,
        PublishOutcome::Conflict {
            files: vec![TIDES.into()],
            commit: commit.clone(),
            branch: "main".into()
        }
    );
    assert_eq!(
        git(&repos.writer, &["rev-parse", "HEAD~1"]).trim(),
        head_before
    );
    assert_eq!(subject(&repos.writer, "HEAD"), "Publish: “Tides”");
    assert!(
        !repos.writer.join(".git/rebase-merge").exists()
            && !repos.writer.join(".git/rebase-apply").exists()
    );
    assert_eq!(git(&repos.writer, &["status", "--porcelain"]), "");
    assert_eq!(snapshot_files(&repos.writer), files_before);
    assert_eq!(repos.remote_head(), remote_before);
}

#[test]
fn uncommitted_edits_in_a_file_the_remote_changed_stop_before_anything_moves() {
    let repos = Repos::with_site("");
    let other = repos.other_clone("colleague");
    push_from_other(&other, SALT, &post("Salt", "The colleague's salt."));
    write(&repos.writer, TIDES, &post("Tides", "Ticked."));
    write(
        &repos.writer,
        SALT,
        &post("Salt", "Unticked, still being written."),
    );
    let files_before = snapshot_files(&repos.writer);

    let (outcome, _) = publish_all(
        &repos.writer,
        &PublishRequest {
            paths: Some(vec![TIDES.into()]),
            ..PublishRequest::default()
        },
    );

    assert_eq!(
        outcome,
        PublishOutcome::LocalEditsInTheWay {
            files: vec![SALT.into()],
            commit: repos.writer_head()
        }
    );
    assert_eq!(snapshot_files(&repos.writer), files_before);
    assert_eq!(
        git(&repos.writer, &["status", "--porcelain"]),
        format!(" M {SALT}\n")
    );
}

#[test]
fn a_push_refused_because_someone_pushed_first_is_integrated_and_retried_once() {
    let repos = Repos::with_site("");
    let other = repos.other_clone("colleague");
    write(&repos.writer, TIDES, &post("Tides", "The writer's tides."));
    let mut pushes = 0;
    let mut steps = Vec::new();

    // The colleague pushes exactly while the writer's push is about to start.
    let outcome = publish_with(&repos.writer, &PublishRequest::default(), &mut |step| {
        if matches!(step, PublishProgress::Pushing { .. }) {
            pushes += 1;
            if pushes == 1 {
                push_from_other(&other, SALT, &post("Salt", "Raced in."));
            }
        }
        steps.push(step);
    });

    assert!(outcome.is_success(), "{outcome:?}");
    assert_eq!(repos.remote_head(), repos.writer_head());
    assert_eq!(read(&repos.writer, SALT), post("Salt", "Raced in."));
    assert!(steps.contains(&PublishProgress::Retrying), "{steps:?}");
}

#[test]
fn a_push_refused_twice_stops_with_a_clear_message_and_keeps_the_commit() {
    let repos = Repos::with_site("");
    let other = repos.other_clone("colleague");
    write(&repos.writer, TIDES, &post("Tides", "The writer's tides."));
    let mut round = 0;

    let outcome = publish_with(&repos.writer, &PublishRequest::default(), &mut |step| {
        if matches!(step, PublishProgress::Pushing { .. }) {
            round += 1;
            push_from_other(
                &other,
                SALT,
                &post("Salt", &format!("Raced in, round {round}.")),
            );
        }
    });

    let PublishOutcome::Rejected { reason, commit } = outcome else {
        panic!("rejected, got {outcome:?}")
    };
    assert_eq!(commit, repos.writer_head());
    assert!(
        reason.contains("someone else keeps pushing to origin/main"),
        "{reason}"
    );
    assert_eq!(subject(&repos.writer, "HEAD"), "Publish: “Tides”");
    assert!(!repos.writer.join(".git/rebase-merge").exists());
}

#[test]
fn staged_and_unstaged_work_outside_the_publication_survives_a_rebase() {
    let repos = Repos::with_site("");
    let other = repos.other_clone("colleague");
    push_from_other(&other, SALT, &post("Salt", "The colleague's salt."));
    write(
        &repos.writer,
        "hugo.toml",
        "title = 'Tide notes, staged edit'\n",
    );
    git(&repos.writer, &["add", "hugo.toml"]);
    write(
        &repos.writer,
        "static/notes.txt",
        "unstaged and untracked\n",
    );
    write(&repos.writer, TIDES, &post("Tides", "Published."));
    let status_before = git(
        &repos.writer,
        &["status", "--porcelain", "--untracked-files=all"],
    );

    let (outcome, _) = publish_all(
        &repos.writer,
        &PublishRequest {
            paths: Some(vec![TIDES.into()]),
            ..PublishRequest::default()
        },
    );

    assert!(outcome.is_success(), "{outcome:?}");
    assert_eq!(
        status_before,
        format!(" M {TIDES}\nM  hugo.toml\n?? static/notes.txt\n")
    );
    assert_eq!(
        git(
            &repos.writer,
            &["status", "--porcelain", "--untracked-files=all"]
        ),
        "M  hugo.toml\n?? static/notes.txt\n"
    );
    assert_eq!(
        read(&repos.writer, "hugo.toml"),
        "title = 'Tide notes, staged edit'\n"
    );
}

#[test]
fn the_first_publish_to_an_empty_remote_pushes_the_branch_and_sets_its_upstream() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let writer = tmp.path().join("writer");
    git(tmp.path(), &["init", "--quiet", "--bare", "remote.git"]);
    std::fs::create_dir_all(&writer).expect("writer dir");
    git(&writer, &["init", "--quiet"]);
    configure_identity(&writer, "Writer");
    write(&writer, "hugo.toml", "title = 'New site'\n");
    git(&writer, &["add", "hugo.toml"]);
    git(&writer, &["commit", "--quiet", "-m", "Config"]);
    let remote = tmp.path().join("remote.git");
    git(
        &writer,
        &["remote", "add", "origin", remote.to_str().expect("utf-8")],
    );
    write(&writer, "content/posts/first.md", &post("First", "Hello."));

    let (outcome, _) = publish_all(&writer, &PublishRequest::default());

    assert!(outcome.is_success(), "{outcome:?}");
    assert_eq!(
        git(&remote, &["log", "--format=%s", "main"]),
        "Publish: “First”\nConfig\n"
    );
    assert_eq!(
        git(&writer, &["rev-parse", "--abbrev-ref", "main@{upstream}"]),
        "origin/main\n"
    );
}

#[test]
fn a_remote_with_an_unrelated_history_stops_without_touching_anything() {
    let repos = Repos::with_site("");
    // The writer points the site at a new hosted repository that was created with a
    // first commit of its own.
    let hosted = repos.tmp.path().join("hosted.git");
    git(
        repos.tmp.path(),
        &["init", "--quiet", "--bare", "hosted.git"],
    );
    let stranger = repos.tmp.path().join("stranger");
    std::fs::create_dir_all(&stranger).expect("dir");
    git(&stranger, &["init", "--quiet"]);
    configure_identity(&stranger, "Stranger");
    write(
        &stranger,
        "README.md",
        "A repository created on a hosting site.\n",
    );
    git(&stranger, &["add", "README.md"]);
    git(&stranger, &["commit", "--quiet", "-m", "Initial commit"]);
    git(
        &stranger,
        &["push", "--quiet", hosted.to_str().expect("utf-8"), "main"],
    );
    git(
        &repos.writer,
        &[
            "remote",
            "set-url",
            "origin",
            hosted.to_str().expect("utf-8"),
        ],
    );
    write(&repos.writer, TIDES, &post("Tides", "Mine."));
    let files_before = snapshot_files(&repos.writer);

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    let PublishOutcome::CannotIntegrate { reason, commit } = outcome else {
        panic!("cannot integrate, got {outcome:?}")
    };
    assert!(
        reason.contains("`git pull --allow-unrelated-histories`"),
        "{reason}"
    );
    assert_eq!(commit, repos.writer_head());
    assert_eq!(snapshot_files(&repos.writer), files_before);
    assert_eq!(subject(&hosted, "main"), "Initial commit");
}
