//! The platform's watch limit, hit for real: this test runs itself again inside a Linux
//! user namespace whose inotify watch limit is a handful (`/proc/sys/user/max_inotify_watches`
//! is the namespace owner's to set), so `inotify_add_watch` fails with ENOSPC as it does
//! on a machine whose `fs.inotify.max_user_watches` is spent. The watcher must say so
//! and fall back to polling the open posts, which must still see an outside edit.
//!
//! Needs `unshare` (util-linux) and unprivileged user namespaces; the e2e harness's
//! `watchLimit` option relies on the same.
#![cfg(target_os = "linux")]

use std::fs;
use std::process::Command;
use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use inkstone_core::watch::{ChangeKind, SiteWatcher, WatchMode};

/// Set in the re-run inside the namespace.
const INSIDE: &str = "INKSTONE_TEST_INSIDE_WATCH_LIMIT";
/// Fewer watches than the site has folders.
const LIMIT: u32 = 3;
const PATIENCE: Duration = Duration::from_secs(20);

#[test]
fn hitting_the_watch_limit_says_so_and_polls_the_open_posts() {
    if std::env::var_os(INSIDE).is_some() {
        inside_the_limit();
        return;
    }
    let exe = std::env::current_exe().expect("test binary");
    let output = Command::new("unshare")
        .args(["--user", "--map-root-user", "sh", "-c"])
        .arg(format!(
            "echo {LIMIT} > /proc/sys/user/max_inotify_watches && exec \"$0\" \"$@\""
        ))
        .arg(exe)
        .args([
            "--exact",
            "hitting_the_watch_limit_says_so_and_polls_the_open_posts",
            "--nocapture",
        ])
        .env(INSIDE, "1")
        .output()
        .expect("unshare (util-linux) runs: this test needs it");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the run under a watch limit of {LIMIT} failed (unprivileged user namespaces are needed)\n{stdout}\n{stderr}"
    );
    // The inner run must have run the test, not filtered it away.
    assert!(stdout.contains("1 passed"), "{stdout}");
}

fn inside_the_limit() {
    let limit = fs::read_to_string("/proc/sys/user/max_inotify_watches").expect("limit");
    assert_eq!(
        limit.trim(),
        LIMIT.to_string(),
        "running under the small limit"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    for folder in [
        "content/posts",
        "content/notes",
        "content/pages",
        "static/images",
        "layouts/shortcodes",
        "data",
    ] {
        fs::create_dir_all(root.join(folder)).expect("mkdir");
    }
    fs::write(root.join("hugo.toml"), "title = 'x'\n").expect("config");
    let open = "content/posts/open.md";
    let closed = "content/posts/closed.md";
    fs::write(root.join(open), "---\ntitle: Open\n---\n\nBefore.\n").expect("post");
    fs::write(root.join(closed), "---\ntitle: Closed\n---\n\nBefore.\n").expect("post");

    let (sender, receiver) = channel();
    let watcher = SiteWatcher::start(root, None, &[open.to_owned()], move |batch| {
        let _ = sender.send(batch);
    })
    .expect("hitting the limit is not a failure to start");
    let WatchMode::Polling { reason } = watcher.mode() else {
        panic!(
            "expected polling under a limit of {LIMIT}, got {:?}",
            watcher.mode()
        );
    };
    assert!(reason.contains("limit"), "{reason}");
    assert!(
        reason.contains("max_user_watches"),
        "says how to lift it: {reason}"
    );

    // Not an open post: polling does not follow it, and must not report it later either.
    fs::write(root.join(closed), "---\ntitle: Closed\n---\n\nAfter.\n").expect("edit");
    fs::write(root.join(open), "---\ntitle: Open\n---\n\nAfter.\n").expect("edit");
    let deadline = Instant::now() + PATIENCE;
    let mut reported = Vec::new();
    while !reported.iter().any(|path: &String| path == open) {
        let left = deadline.saturating_duration_since(Instant::now());
        let batch = receiver
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("the open post's edit was not polled in {PATIENCE:?}"));
        for change in batch {
            assert_eq!(change.kind, ChangeKind::Modified, "{change:?}");
            reported.push(change.path);
        }
    }
    assert!(!reported.iter().any(|path| path == closed), "{reported:?}");
}
