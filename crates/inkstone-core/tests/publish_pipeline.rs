//! The publish pipeline against real repositories: what gets committed, and that the
//! remote receives it.

mod publish_support;

use inkstone_core::check::{Diagnostic, Severity};
use inkstone_core::publish::{
    publish, publish_status, ChangeKind, PublishOutcome, PublishProgress, PublishRequest,
    StatusReport, UiLanguage,
};
use publish_support::*;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

#[test]
fn publish_commits_changed_and_new_posts_and_pushes_them() {
    let repos = Repos::with_site("");
    write(
        &repos.writer,
        "content/posts/20260101-tides.md",
        &post("Tides", "The sea keeps better time."),
    );
    write(
        &repos.writer,
        "content/posts/20260103-fog.md",
        &post("Fog", "Fog rolls in."),
    );

    let (outcome, steps) = publish_all(&repos.writer, &PublishRequest::default());

    let head = repos.writer_head();
    assert_eq!(
        outcome,
        PublishOutcome::Published {
            commit: head.clone(),
            branch: "main".into(),
            remote: "origin".into(),
            files: vec![
                "content/posts/20260101-tides.md".into(),
                "content/posts/20260103-fog.md".into()
            ],
        }
    );
    assert_eq!(repos.remote_head(), head);
    assert_eq!(subject(&repos.writer, "HEAD"), "Publish: “Tides”, “Fog”");
    assert_eq!(
        changed_in(&repos.writer, "HEAD"),
        "M\tcontent/posts/20260101-tides.md\nA\tcontent/posts/20260103-fog.md\n"
    );
    assert_eq!(
        steps,
        vec![
            PublishProgress::Checking,
            PublishProgress::Fetching {
                remote: "origin".into()
            },
            PublishProgress::Committing { files: 2 },
            PublishProgress::Integrating {
                onto: "origin/main".into()
            },
            PublishProgress::Pushing {
                remote: "origin".into(),
                branch: "main".into()
            },
            PublishProgress::Done,
        ]
    );
    assert_eq!(git(&repos.writer, &["status", "--porcelain"]), "");
}

#[test]
fn chinese_interface_names_posts_in_angle_brackets() {
    let repos = Repos::with_site("");
    write(
        &repos.writer,
        "content/posts/20260104-ink.md",
        &post("硯台與墨", "磨墨需要耐心。"),
    );
    let request = PublishRequest {
        language: UiLanguage::ZhTw,
        ..PublishRequest::default()
    };

    let (outcome, _) = publish_all(&repos.writer, &request);

    assert!(outcome.is_success(), "{outcome:?}");
    assert_eq!(subject(&repos.writer, "HEAD"), "Publish: 〈硯台與墨〉");
}

#[test]
fn the_writers_own_message_is_used_as_written() {
    let repos = Repos::with_site("");
    write(
        &repos.writer,
        "content/posts/20260102-salt.md",
        &post("Salt", "More salt."),
    );
    let request = PublishRequest {
        message: Some("Fix a typo in Salt".into()),
        ..PublishRequest::default()
    };

    publish_all(&repos.writer, &request);

    assert_eq!(subject(&repos.remote, "main"), "Fix a typo in Salt");
}

#[test]
fn unticked_files_stay_uncommitted_and_untouched() {
    let repos = Repos::with_site("");
    let unticked = post("Salt", "Half a thought, not ready.");
    write(
        &repos.writer,
        "content/posts/20260101-tides.md",
        &post("Tides", "Ready."),
    );
    write(&repos.writer, "content/posts/20260102-salt.md", &unticked);
    let request = PublishRequest {
        paths: Some(vec!["content/posts/20260101-tides.md".into()]),
        ..PublishRequest::default()
    };

    let (outcome, _) = publish_all(&repos.writer, &request);

    assert!(outcome.is_success(), "{outcome:?}");
    assert_eq!(
        changed_in(&repos.remote, "main"),
        "M\tcontent/posts/20260101-tides.md\n"
    );
    assert_eq!(
        read(&repos.writer, "content/posts/20260102-salt.md"),
        unticked
    );
    assert_eq!(
        git(&repos.writer, &["status", "--porcelain"]),
        " M content/posts/20260102-salt.md\n"
    );
}

#[test]
fn a_renamed_post_is_one_change_and_commits_both_paths() {
    let repos = Repos::with_site("");
    std::fs::rename(
        repos.writer.join("content/posts/20260102-salt.md"),
        repos.writer.join("content/posts/20260102-sea-salt.md"),
    )
    .expect("rename");

    let StatusReport::Ready { status } = publish_status(&repos.writer).expect("status") else {
        panic!("a repository")
    };
    assert_eq!(status.changes.len(), 1);
    assert_eq!(status.changes[0].change, ChangeKind::Renamed);
    assert_eq!(
        status.changes[0].from.as_deref(),
        Some("content/posts/20260102-salt.md")
    );
    assert_eq!(status.changes[0].title.as_deref(), Some("Salt"));

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    assert!(outcome.is_success(), "{outcome:?}");
    assert_eq!(
        changed_in(&repos.remote, "main"),
        "D\tcontent/posts/20260102-salt.md\nA\tcontent/posts/20260102-sea-salt.md\n"
    );
}

#[test]
fn a_deleted_post_is_published_with_its_old_title() {
    let repos = Repos::with_site("");
    std::fs::remove_file(repos.writer.join("content/posts/20260101-tides.md")).expect("delete");

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    assert!(outcome.is_success(), "{outcome:?}");
    assert_eq!(subject(&repos.remote, "main"), "Publish: “Tides”");
    assert_eq!(
        changed_in(&repos.remote, "main"),
        "D\tcontent/posts/20260101-tides.md\n"
    );
}

#[test]
fn nothing_changed_means_nothing_to_publish() {
    let repos = Repos::with_site("");
    let head = repos.writer_head();

    let (outcome, steps) = publish_all(&repos.writer, &PublishRequest::default());

    assert_eq!(outcome, PublishOutcome::NothingToPublish);
    assert_eq!(steps, vec![]);
    assert_eq!(repos.writer_head(), head);
}

#[test]
fn an_earlier_unpushed_commit_is_pushed_even_without_new_changes() {
    let repos = Repos::with_site("");
    write(
        &repos.writer,
        "content/posts/20260102-salt.md",
        &post("Salt", "Committed by hand."),
    );
    git(&repos.writer, &["commit", "--quiet", "-am", "By hand"]);

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    assert!(
        matches!(outcome, PublishOutcome::Published { ref files, .. } if files.is_empty()),
        "{outcome:?}"
    );
    assert_eq!(repos.remote_head(), repos.writer_head());
}

#[test]
fn errors_in_published_files_block_and_warnings_do_not() {
    let repos = Repos::with_site("");
    write(
        &repos.writer,
        "content/posts/20260101-tides.md",
        &post("Tides", "Edited."),
    );
    let before = snapshot_files(&repos.writer);
    let head = repos.writer_head();
    let diagnostic = |severity| Diagnostic {
        path: "content/posts/20260101-tides.md".into(),
        line: 3,
        column: 7,
        severity,
        code: "date-invalid".into(),
        message: "`date` is not a date".into(),
        hint: "use 2026-02-06".into(),
    };
    let error = diagnostic(Severity::Error);
    let mut steps = Vec::new();

    let outcome = publish(
        &repos.writer,
        &PublishRequest::default(),
        &|| vec![error.clone()],
        &mut |p| steps.push(p),
        Arc::new(AtomicBool::new(false)),
    )
    .expect("publish runs");

    assert_eq!(
        outcome,
        PublishOutcome::Blocked {
            diagnostics: vec![error.clone()]
        }
    );
    assert_eq!(repos.writer_head(), head);
    assert_eq!(snapshot_files(&repos.writer), before);

    let warning = diagnostic(Severity::Warning);
    let outcome = publish(
        &repos.writer,
        &PublishRequest::default(),
        &|| vec![warning.clone()],
        &mut |_| {},
        Arc::new(AtomicBool::new(false)),
    )
    .expect("publish runs");
    assert!(outcome.is_success(), "{outcome:?}");
}

#[test]
fn errors_in_unticked_files_do_not_block() {
    let repos = Repos::with_site("");
    write(
        &repos.writer,
        "content/posts/20260101-tides.md",
        &post("Tides", "Edited."),
    );
    write(
        &repos.writer,
        "content/posts/20260102-salt.md",
        &post("Salt", "Broken, not ticked."),
    );
    let broken = Diagnostic {
        path: "content/posts/20260102-salt.md".into(),
        line: 1,
        column: 1,
        severity: Severity::Error,
        code: "yaml-syntax".into(),
        message: "broken".into(),
        hint: "fix it".into(),
    };
    let request = PublishRequest {
        paths: Some(vec!["content/posts/20260101-tides.md".into()]),
        ..PublishRequest::default()
    };

    let outcome = publish(
        &repos.writer,
        &request,
        &|| vec![broken.clone()],
        &mut |_| {},
        Arc::new(AtomicBool::new(false)),
    )
    .expect("publish runs");

    assert!(outcome.is_success(), "{outcome:?}");
}

#[test]
fn a_path_that_is_not_a_change_is_refused() {
    let repos = Repos::with_site("");
    write(
        &repos.writer,
        "content/posts/20260101-tides.md",
        &post("Tides", "Edited."),
    );
    let request = PublishRequest {
        paths: Some(vec!["content/posts/nope.md".into()]),
        ..PublishRequest::default()
    };

    let error = publish(
        &repos.writer,
        &request,
        &Vec::new,
        &mut |_| {},
        Arc::new(AtomicBool::new(false)),
    )
    .expect_err("refused");

    assert_eq!(
        error.to_string(),
        "content/posts/nope.md is not among the site's unpublished changes: refresh the list and choose again"
    );
}

#[test]
fn cancelling_before_the_start_commits_nothing() {
    let repos = Repos::with_site("");
    write(
        &repos.writer,
        "content/posts/20260101-tides.md",
        &post("Tides", "Edited."),
    );
    let before = snapshot_files(&repos.writer);
    let head = repos.writer_head();

    let outcome = publish(
        &repos.writer,
        &PublishRequest::default(),
        &Vec::new,
        &mut |_| {},
        Arc::new(AtomicBool::new(true)),
    )
    .expect("publish runs");

    assert_eq!(outcome, PublishOutcome::Cancelled { commit: None });
    assert_eq!(repos.writer_head(), head);
    assert_eq!(snapshot_files(&repos.writer), before);
}

#[test]
fn status_reports_branch_distance_and_changes() {
    let repos = Repos::with_site("");
    write(
        &repos.writer,
        "content/posts/20260102-salt.md",
        &post("Salt", "Committed by hand."),
    );
    git(&repos.writer, &["commit", "--quiet", "-am", "By hand"]);
    write(
        &repos.writer,
        "content/posts/20260105-reef.md",
        &post("Reef", "New."),
    );

    let StatusReport::Ready { status } = publish_status(&repos.writer).expect("status") else {
        panic!("a repository")
    };

    assert_eq!(status.branch.as_deref(), Some("main"));
    assert_eq!(status.upstream.as_deref(), Some("origin/main"));
    assert_eq!((status.ahead, status.behind), (1, 0));
    assert_eq!(status.operation, None);
    assert_eq!(status.changes.len(), 1);
    assert_eq!(status.changes[0].path, "content/posts/20260105-reef.md");
    assert_eq!(status.changes[0].change, ChangeKind::Added);
    assert_eq!(status.changes[0].title.as_deref(), Some("Reef"));
}

#[test]
fn status_of_a_plain_folder_says_it_is_not_a_repository() {
    let tmp = tempfile::tempdir().expect("temp dir");
    write(tmp.path(), "hugo.toml", "title = 'x'\n");

    assert_eq!(
        publish_status(tmp.path()).expect("status"),
        StatusReport::NotARepository
    );
}

#[test]
fn cancelling_while_fetching_stops_before_the_commit() {
    let repos = Repos::with_site("");
    write(
        &repos.writer,
        "content/posts/20260101-tides.md",
        &post("Tides", "Edited."),
    );
    let (head, before) = (repos.writer_head(), snapshot_files(&repos.writer));
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = cancel.clone();

    let outcome = publish(
        &repos.writer,
        &PublishRequest::default(),
        &Vec::new,
        &mut |step| {
            if matches!(step, PublishProgress::Fetching { .. }) {
                flag.store(true, std::sync::atomic::Ordering::SeqCst);
            }
        },
        cancel,
    )
    .expect("publish runs");

    assert_eq!(outcome, PublishOutcome::Cancelled { commit: None });
    assert_eq!(repos.writer_head(), head);
    assert_eq!(snapshot_files(&repos.writer), before);
}

#[test]
fn cancelling_after_the_commit_keeps_it_and_says_so() {
    let repos = Repos::with_site("");
    let remote_before = repos.remote_head();
    write(
        &repos.writer,
        "content/posts/20260101-tides.md",
        &post("Tides", "Edited."),
    );
    let files_before = snapshot_files(&repos.writer);
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = cancel.clone();

    let outcome = publish(
        &repos.writer,
        &PublishRequest::default(),
        &Vec::new,
        &mut |step| {
            if matches!(step, PublishProgress::Integrating { .. }) {
                flag.store(true, std::sync::atomic::Ordering::SeqCst);
            }
        },
        cancel,
    )
    .expect("publish runs");

    assert_eq!(
        outcome,
        PublishOutcome::Cancelled {
            commit: Some(repos.writer_head())
        }
    );
    assert_eq!(subject(&repos.writer, "HEAD"), "Publish: “Tides”");
    assert_eq!(repos.remote_head(), remote_before);
    assert_eq!(snapshot_files(&repos.writer), files_before);
    assert!(!repos.writer.join(".git/rebase-merge").exists());
    assert!(!repos.writer.join(".git/rebase-apply").exists());
}

#[test]
fn the_diff_of_a_changed_post_is_a_unified_diff_against_the_last_commit() {
    let repos = Repos::with_site("");
    write(
        &repos.writer,
        "content/posts/20260102-salt.md",
        &post("Salt", "Salt forgets."),
    );

    let diff =
        inkstone_core::publish::diff_of_change(&repos.writer, "content/posts/20260102-salt.md")
            .expect("diff");

    let changed: Vec<&str> = diff.lines().filter(|l| l.starts_with(['+', '-'])).collect();
    assert_eq!(
        changed,
        vec![
            "--- a/content/posts/20260102-salt.md",
            "+++ b/content/posts/20260102-salt.md",
            "-Salt remembers the water.",
            "+Salt forgets.",
        ]
    );
}

#[test]
fn the_diff_of_a_new_post_shows_every_line_added() {
    let repos = Repos::with_site("");
    write(
        &repos.writer,
        "content/posts/20260109-new.md",
        "---\ntitle: New\n---\n",
    );

    let diff =
        inkstone_core::publish::diff_of_change(&repos.writer, "content/posts/20260109-new.md")
            .expect("diff");

    let changed: Vec<&str> = diff.lines().filter(|l| l.starts_with(['+', '-'])).collect();
    assert_eq!(
        changed,
        vec![
            "--- /dev/null",
            "+++ b/content/posts/20260109-new.md",
            "+---",
            "+title: New",
            "+---"
        ]
    );
    assert_eq!(
        git(&repos.writer, &["status", "--porcelain"]),
        "?? content/posts/20260109-new.md\n"
    );
}
