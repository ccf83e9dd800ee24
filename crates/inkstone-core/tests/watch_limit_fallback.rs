//! The platform's watch limit, hit for real: this test runs itself again inside a Linux
//! user namespace whose inotify watch limit is a handful (`/proc/sys/user/max_inotify_watches`
//! is the namespace owner's to set), so `inotify_add_watch` fails with ENOSPC as it does
//! on a machine whose `fs.inotify.max_user_watches` is spent. The watcher must say so
//! and fall back to polling the open posts, which must still see an outside edit. A
//! limit with room for the site at its start but not for folders created later must turn
//! the running watcher to polling the same way, keeping the watches it has.
//!
//! Needs `unshare` (util-linux) and unprivileged user namespaces; the e2e harness's
//! `watchLimit` option relies on the same. Where they are unavailable the tests print
//! "skipped: ..." and pass, unless `INKSTONE_REQUIRE_USERNS=1` makes that a failure.
#![cfg(target_os = "linux")]

use std::fs;
use std::path::Path;
use std::process::Command;
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use inkstone_core::watch::{ChangeKind, PollingCause, SiteWatcher, WatchMode};

/// Set in the re-run inside the namespace.
const INSIDE: &str = "INKSTONE_TEST_INSIDE_WATCH_LIMIT";
/// Fewer watches than the site has folders.
const LIMIT: u32 = 3;
/// Exactly the watches the later tests' site needs at its start: the root, `content/`
/// and `content/posts/`.
const ROOM_AT_START: u32 = 3;
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
    assert_eq!(
        set.trim(),
        limit.to_string(),
        "running under the small limit"
    );
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
    let WatchMode::Polling { cause, reason } = watcher.mode() else {
        panic!(
            "expected polling under a limit of {LIMIT}, got {:?}",
            watcher.mode()
        );
    };
    assert_eq!(cause, PollingCause::WatchLimit);
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

#[test]
fn a_folder_created_inside_a_watched_one_past_the_limit_turns_to_polling_and_keeps_the_watches() {
    if std::env::var_os(INSIDE).is_some() {
        inside_a_limit_reached_by_a_new_content_folder();
        return;
    }
    rerun_under_watch_limit(
        "a_folder_created_inside_a_watched_one_past_the_limit_turns_to_polling_and_keeps_the_watches",
        ROOM_AT_START,
    );
}

#[test]
fn a_site_folder_appearing_past_the_limit_turns_to_polling() {
    if std::env::var_os(INSIDE).is_some() {
        inside_a_limit_reached_by_a_new_site_folder();
        return;
    }
    rerun_under_watch_limit(
        "a_site_folder_appearing_past_the_limit_turns_to_polling",
        ROOM_AT_START,
    );
}

const OPEN: &str = "content/posts/open.md";
const CLOSED: &str = "content/posts/closed.md";

/// A site that needs exactly `ROOM_AT_START` watches: a config and two posts.
fn small_site(root: &Path) {
    fs::create_dir_all(root.join("content/posts")).expect("mkdir");
    fs::write(root.join("hugo.toml"), "title = 'x'\n").expect("config");
    fs::write(root.join(OPEN), "---\ntitle: Open\n---\n\nBefore.\n").expect("post");
    fs::write(root.join(CLOSED), "---\ntitle: Closed\n---\n\nBefore.\n").expect("post");
}

/// A native watcher on `root` with `OPEN` open; its batches and its mode changes.
fn watch_natively(
    root: &Path,
) -> (
    SiteWatcher,
    Receiver<Vec<inkstone_core::watch::SiteChange>>,
    Receiver<WatchMode>,
) {
    let (sender, batches) = channel();
    let watcher = SiteWatcher::start(root, None, &[OPEN.to_owned()], move |batch| {
        let _ = sender.send(batch);
    })
    .expect("watcher starts");
    assert_eq!(
        watcher.mode(),
        WatchMode::Native,
        "a limit of {ROOM_AT_START} is room enough at the start"
    );
    let (mode_sender, modes) = channel();
    watcher.on_mode_change(move |mode| {
        let _ = mode_sender.send(mode.clone());
    });
    (watcher, batches, modes)
}

/// Waits for the watcher to say it now polls, and checks what it says.
fn expect_polling_notice(watcher: &SiteWatcher, modes: &Receiver<WatchMode>) {
    let notice = modes
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|_| panic!("no mode change in {PATIENCE:?} after the limit was reached"));
    let WatchMode::Polling { cause, reason } = &notice else {
        panic!("expected polling, got {notice:?}");
    };
    assert_eq!(*cause, PollingCause::WatchLimitLater);
    assert!(reason.contains("limit"), "{reason}");
    assert!(
        reason.contains("max_user_watches"),
        "says how to lift it: {reason}"
    );
    assert_eq!(
        watcher.mode(),
        notice,
        "the mode the app asks for is the new one"
    );
}

/// Takes batches until every path in `wanted` was reported modified.
fn expect_modified(batches: &Receiver<Vec<inkstone_core::watch::SiteChange>>, wanted: &[&str]) {
    let deadline = Instant::now() + PATIENCE;
    let mut modified: Vec<String> = Vec::new();
    while !wanted
        .iter()
        .all(|path| modified.iter().any(|seen| seen == path))
    {
        let left = deadline.saturating_duration_since(Instant::now());
        let batch = batches.recv_timeout(left).unwrap_or_else(|_| {
            panic!("{wanted:?} were not all reported in {PATIENCE:?}; modified: {modified:?}")
        });
        modified.extend(
            batch
                .into_iter()
                .filter(|change| change.kind == ChangeKind::Modified)
                .map(|change| change.path),
        );
    }
}

fn inside_a_limit_reached_by_a_new_content_folder() {
    assert_limit(ROOM_AT_START);
    let dir = tempfile::tempdir().expect("tempdir");
    let root = &fs::canonicalize(dir.path()).expect("canonical");
    small_site(root);
    let (mut watcher, batches, modes) = watch_natively(root);
    // notify adds the watch for a folder created inside content/ itself: there is no room.
    let later = "content/later/new.md";
    fs::create_dir(root.join("content/later")).expect("mkdir");
    fs::write(root.join(later), "---\ntitle: New\n---\n\nBefore.\n").expect("post");
    expect_polling_notice(&watcher, &modes);
    // The post in the unwatched folder is opened: only polling can see its edits.
    watcher.set_open_files(&[OPEN.to_owned(), later.to_owned()]);
    while batches.try_recv().is_ok() {}
    fs::write(root.join(later), "---\ntitle: New\n---\n\nAfter.\n").expect("edit");
    // Not open: only the native watch kept on content/posts/ can report it.
    fs::write(root.join(CLOSED), "---\ntitle: Closed\n---\n\nAfter.\n").expect("edit");
    expect_modified(&batches, &[later, CLOSED]);
}

fn inside_a_limit_reached_by_a_new_site_folder() {
    assert_limit(ROOM_AT_START);
    let dir = tempfile::tempdir().expect("tempdir");
    let root = &fs::canonicalize(dir.path()).expect("canonical");
    small_site(root);
    let (watcher, batches, modes) = watch_natively(root);
    // data/ is awaited through the root's watch; watching it needs a fourth.
    fs::create_dir(root.join("data")).expect("mkdir");
    fs::write(root.join("data/people.yaml"), "ada: Ada\n").expect("data");
    expect_polling_notice(&watcher, &modes);
    while batches.try_recv().is_ok() {}
    // The open post is polled, and the root's and content's watches still report.
    fs::write(root.join(OPEN), "---\ntitle: Open\n---\n\nAfter.\n").expect("edit");
    fs::write(root.join(CLOSED), "---\ntitle: Closed\n---\n\nAfter.\n").expect("edit");
    fs::write(root.join("hugo.toml"), "title = 'y'\n").expect("config");
    expect_modified(&batches, &[OPEN, CLOSED, "hugo.toml"]);
}
