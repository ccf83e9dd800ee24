//! The platform's watch limit, hit for real: this test runs itself again inside a Linux
//! user namespace whose inotify watch limit is a handful (`/proc/sys/user/max_inotify_watches`
//! is the namespace owner's to set), so `inotify_add_watch` fails with ENOSPC as it does
//! on a machine whose `fs.inotify.max_user_watches` is spent. The watcher must say so
//! and fall back to polling the open posts, which must still see an outside edit.
//!
//! Needs `unshare` (util-linux) and unprivileged user namespaces; the e2e harness's
//! `watchLimit` option relies on the same. Where they are unavailable the tests print
//! "skipped: ..." and pass, unless `INKSTONE_REQUIRE_USERNS=1` makes that a failure.
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

/// When set to 1, a machine without unprivileged user namespaces fails these tests
/// instead of skipping them (CI that must prove the limit paths).
const REQUIRE_USERNS: &str = "INKSTONE_REQUIRE_USERNS";

#[test]
fn hitting_the_watch_limit_says_so_and_polls_the_open_posts() {
    if std::env::var_os(INSIDE).is_some() {
        inside_the_limit();
        return;
    }
    rerun_under_watch_limit(
        "hitting_the_watch_limit_says_so_and_polls_the_open_posts",
        LIMIT,
    );
}

/// Why this machine cannot give a test its own inotify limit, if it cannot: the probe is
/// the same `unshare` call the re-run makes, doing nothing. Docker's default seccomp
/// profile and Ubuntu 24.04's AppArmor rule for unprivileged users both refuse it.
fn user_namespaces_unavailable() -> Option<String> {
    match Command::new("unshare")
        .args(["--user", "--map-root-user", "true"])
        .output()
    {
        Ok(output) if output.status.success() => None,
        Ok(output) => Some(format!(
            "`unshare --user --map-root-user true` failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        )),
        Err(error) => Some(format!("`unshare` (util-linux) could not run: {error}")),
    }
}

/// Runs the test `name` of this binary again inside a user namespace whose inotify watch
/// limit is `limit`, and requires it to pass there. Without user namespaces the test is
/// skipped with the reason on stderr, unless `INKSTONE_REQUIRE_USERNS=1`.
fn rerun_under_watch_limit(name: &str, limit: u32) {
    if let Some(reason) = user_namespaces_unavailable() {
        assert!(
            std::env::var(REQUIRE_USERNS).as_deref() != Ok("1"),
            "{REQUIRE_USERNS}=1 but unprivileged user namespaces are unavailable: {reason}"
        );
        eprintln!(
            "skipped: {name} needs unprivileged user namespaces to set a small inotify watch limit, and {reason} (set {REQUIRE_USERNS}=1 to make this a failure)"
        );
        return;
    }
    let exe = std::env::current_exe().expect("test binary");
    let output = Command::new("unshare")
        .args(["--user", "--map-root-user", "sh", "-c"])
        .arg(format!(
            "echo {limit} > /proc/sys/user/max_inotify_watches && exec \"$0\" \"$@\""
        ))
        .arg(exe)
        .args(["--exact", name, "--nocapture"])
        .env(INSIDE, "1")
        .output()
        .expect("unshare (util-linux) runs: the probe just ran it");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the run under a watch limit of {limit} failed\n{stdout}\n{stderr}"
    );
    // The inner run must have run the test, not filtered it away.
    assert!(stdout.contains("1 passed"), "{stdout}");
}

/// Fails unless this runs under the inotify limit `limit`.
fn assert_limit(limit: u32) {
    let set = fs::read_to_string("/proc/sys/user/max_inotify_watches").expect("limit");
    assert_eq!(set.trim(), limit.to_string(), "running under the small limit");
}

fn inside_the_limit() {
    assert_limit(LIMIT);
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

