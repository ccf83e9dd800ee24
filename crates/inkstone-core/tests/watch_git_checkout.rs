//! A real `git checkout` of another branch while the site is watched: the changes
//! arrive as site changes that leave the app consistent with the disk.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use inkstone_core::watch::{ChangeKind, SiteWatcher};

fn git(root: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .current_dir(root)
        .env("GIT_TERMINAL_PROMPT", "0")
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

#[test]
fn checking_out_another_branch_reports_every_changed_post_once_settled() {
    let site = tempfile::tempdir().expect("site");
    let root = site.path();
    fs::create_dir_all(root.join("content/posts")).expect("mkdir");
    fs::write(root.join("hugo.toml"), "title = 'x'\n").expect("config");
    for n in 0..300 {
        fs::write(
            root.join(format!("content/posts/p{n}.md")),
            format!("main {n}\n"),
        )
        .expect("post");
    }
    git(root, &["init", "-q", "-b", "main"]);
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "main"]);
    git(root, &["checkout", "-q", "-b", "other"]);
    for n in 0..300 {
        fs::write(
            root.join(format!("content/posts/p{n}.md")),
            format!("other {n}\n"),
        )
        .expect("edit");
    }
    fs::remove_file(root.join("content/posts/p0.md")).expect("rm");
    fs::create_dir_all(root.join("content/notes")).expect("mkdir");
    fs::write(root.join("content/notes/only-on-other.md"), "note\n").expect("note");
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "other"]);

    let (sender, receiver) = channel();
    let _watcher = SiteWatcher::start(root, None, &[], move |batch| {
        let _ = sender.send(batch);
    })
    .expect("watcher");
    git(root, &["checkout", "-q", "main"]);

    let mut seen = BTreeMap::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    // 299 edited posts, p0 back, and the notes folder gone.
    while seen.len() < 301 {
        let left = deadline.saturating_duration_since(Instant::now());
        let batch = receiver
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("only {} changes arrived", seen.len()));
        for change in batch {
            seen.insert(change.path, change.kind);
        }
    }
    assert_eq!(seen["content/posts/p0.md"], ChangeKind::Created);
    assert_eq!(seen["content/posts/p299.md"], ChangeKind::Modified);
    // A removed folder is reported once, for the folder: everything under it is gone.
    assert_eq!(seen["content/notes"], ChangeKind::Removed);
    assert!(
        !seen.keys().any(|path| path.starts_with(".git")),
        "{seen:?}"
    );
}
