//! Specs for following a site on disk with real files in temporary folders. Waits are
//! bounded and generous; nothing here asserts how fast an event comes.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use inkstone_core::save::save_post;
use inkstone_core::watch::{ChangeKind, PollingCause, SiteChange, SiteWatcher, WatchMode};

const PATIENCE: Duration = Duration::from_secs(20);

fn new_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for folder in [
        "content/posts",
        "static",
        "layouts/shortcodes",
        "data",
        "public",
    ] {
        fs::create_dir_all(dir.path().join(folder)).expect("mkdir");
    }
    fs::write(dir.path().join("hugo.toml"), "title = 'x'\n").expect("config");
    fs::write(dir.path().join("content/posts/a.md"), "a\n").expect("post");
    dir
}

fn watch(root: &Path) -> (SiteWatcher, Receiver<Vec<SiteChange>>) {
    let (sender, receiver) = channel();
    let watcher = SiteWatcher::start(root, None, &[], move |batch| {
        let _ = sender.send(batch);
    })
    .expect("watcher starts");
    (watcher, receiver)
}

/// Collects batches until every wanted path has a change, or patience runs out.
/// Returns the last change per path and how many batches it took.
fn wait_for(
    receiver: &Receiver<Vec<SiteChange>>,
    wanted: &[&str],
) -> (BTreeMap<String, ChangeKind>, usize) {
    let deadline = Instant::now() + PATIENCE;
    let mut seen = BTreeMap::new();
    let mut batches = 0;
    while !wanted.iter().all(|path| seen.contains_key(*path)) {
        let left = deadline.saturating_duration_since(Instant::now());
        match receiver.recv_timeout(left) {
            Ok(batch) => {
                batches += 1;
                for change in batch {
                    seen.insert(change.path, change.kind);
                }
            }
            Err(_) => panic!("waited {PATIENCE:?} for {wanted:?}, saw {seen:?}"),
        }
    }
    (seen, batches)
}

#[test]
fn external_create_edit_remove_and_rename_arrive_as_site_changes() {
    let site = new_site();
    let root = site.path();
    let (_watcher, changes) = watch(root);

    fs::write(root.join("content/posts/new.md"), "new\n").expect("create");
    fs::write(root.join("content/posts/a.md"), "edited\n").expect("edit");
    fs::write(root.join("hugo.toml"), "title = 'y'\n").expect("config edit");
    fs::write(root.join("layouts/shortcodes/note.html"), "<b>\n").expect("shortcode");
    let (seen, _) = wait_for(
        &changes,
        &[
            "content/posts/new.md",
            "content/posts/a.md",
            "hugo.toml",
            "layouts/shortcodes/note.html",
        ],
    );
    assert_eq!(seen["content/posts/new.md"], ChangeKind::Created);
    assert_eq!(seen["content/posts/a.md"], ChangeKind::Modified);
    assert_eq!(seen["hugo.toml"], ChangeKind::Modified);

    fs::rename(
        root.join("content/posts/new.md"),
        root.join("content/posts/moved.md"),
    )
    .expect("mv");
    fs::remove_file(root.join("content/posts/a.md")).expect("rm");
    let (seen, _) = wait_for(&changes, &["content/posts/moved.md", "content/posts/a.md"]);
    assert_eq!(
        seen["content/posts/moved.md"],
        ChangeKind::Renamed {
            from: "content/posts/new.md".into()
        }
    );
    assert_eq!(seen["content/posts/a.md"], ChangeKind::Removed);
}

#[test]
fn inkstones_own_save_is_not_reported_but_an_external_edit_after_it_is() {
    let site = new_site();
    let root = site.path();
    let (_watcher, changes) = watch(root);

    save_post(
        root,
        "content/posts/a.md",
        "saved by inkstone\n",
        Some("a\n"),
    )
    .expect("save");
    // A fence: once this arrives, the save's own events have been delivered too.
    fs::write(root.join("static/fence.txt"), "fence\n").expect("fence");
    let (seen, _) = wait_for(&changes, &["static/fence.txt"]);
    assert!(
        !seen.contains_key("content/posts/a.md"),
        "echo reported: {seen:?}"
    );

    fs::write(root.join("content/posts/a.md"), "edited elsewhere\n").expect("edit");
    let (seen, _) = wait_for(&changes, &["content/posts/a.md"]);
    assert_eq!(seen["content/posts/a.md"], ChangeKind::Modified);
}

#[test]
fn folders_outside_the_site_sources_are_not_reported() {
    let site = new_site();
    let root = site.path();
    let (_watcher, changes) = watch(root);

    fs::write(root.join("public/index.html"), "<html>\n").expect("public");
    fs::write(root.join("notes.txt"), "scratch\n").expect("root file");
    fs::write(root.join("data/authors.yaml"), "a: 1\n").expect("data");
    let (seen, _) = wait_for(&changes, &["data/authors.yaml"]);
    assert_eq!(seen.keys().collect::<Vec<_>>(), ["data/authors.yaml"]);
}

#[test]
fn a_checkout_of_two_thousand_files_arrives_in_a_few_batches_ending_consistent() {
    let site = new_site();
    let root = site.path();
    let (_watcher, changes) = watch(root);

    let mut wanted = Vec::new();
    for n in 0..1000 {
        let rel = format!("content/posts/p{n}.md");
        fs::write(root.join(&rel), format!("post {n}\n")).expect("write");
        wanted.push(rel);
    }
    // A folder that did not exist: its files are written before any watch on it.
    fs::create_dir_all(root.join("content/fresh/deep")).expect("mkdir");
    for n in 0..1000 {
        let rel = format!("content/fresh/deep/f{n}.md");
        fs::write(root.join(&rel), format!("fresh {n}\n")).expect("write");
        wanted.push(rel);
    }
    fs::remove_file(root.join("content/posts/a.md")).expect("rm");
    wanted.push("content/posts/a.md".into());

    let wanted: Vec<&str> = wanted.iter().map(String::as_str).collect();
    let (seen, batches) = wait_for(&changes, &wanted);
    assert!(batches < 100, "{batches} batches for 2001 changes");
    assert_eq!(seen["content/posts/a.md"], ChangeKind::Removed);
    assert_eq!(seen["content/fresh/deep/f999.md"], ChangeKind::Created);
}

#[test]
fn polling_follows_only_the_open_files_and_says_why() {
    let site = new_site();
    let root = site.path();
    fs::write(root.join("content/posts/b.md"), "b\n").expect("post");
    let (sender, receiver) = channel();
    let mut watcher = SiteWatcher::start_polling(
        root,
        None,
        &["content/posts/a.md".to_owned()],
        "watch limit reached",
        move |batch| {
            let _ = sender.send(batch);
        },
    )
    .expect("polling starts");
    assert_eq!(
        watcher.mode(),
        WatchMode::Polling {
            cause: PollingCause::Requested,
            reason: "watch limit reached".into()
        }
    );

    fs::write(root.join("content/posts/a.md"), "changed, and longer\n").expect("edit");
    let (seen, _) = wait_for(&receiver, &["content/posts/a.md"]);
    assert_eq!(seen["content/posts/a.md"], ChangeKind::Modified);

    watcher.set_open_files(&["content/posts/b.md".to_owned()]);
    fs::remove_file(root.join("content/posts/b.md")).expect("rm");
    let (seen, _) = wait_for(&receiver, &["content/posts/b.md"]);
    assert_eq!(seen["content/posts/b.md"], ChangeKind::Removed);
}

#[test]
fn a_watched_folder_created_after_the_start_is_followed_too() {
    let site = new_site();
    let root = site.path();
    let (_watcher, changes) = watch(root);

    fs::create_dir(root.join("archetypes")).expect("mkdir");
    fs::write(root.join("archetypes/default.md"), "---\n---\n").expect("first file");
    let (seen, _) = wait_for(&changes, &["archetypes/default.md"]);
    assert_eq!(seen["archetypes/default.md"], ChangeKind::Created);

    fs::write(root.join("archetypes/posts.md"), "---\n---\n").expect("later file");
    let (seen, _) = wait_for(&changes, &["archetypes/posts.md"]);
    assert_eq!(seen["archetypes/posts.md"], ChangeKind::Created);
}

#[test]
fn a_first_shortcodes_folder_under_an_existing_layouts_folder_is_followed() {
    let site = new_site();
    let root = site.path();
    fs::remove_dir(root.join("layouts/shortcodes")).expect("no shortcodes yet");
    fs::create_dir_all(root.join("layouts/_default")).expect("layouts exists");
    let (_watcher, changes) = watch(root);

    fs::create_dir(root.join("layouts/shortcodes")).expect("mkdir");
    fs::write(root.join("layouts/shortcodes/foo.html"), "<b>foo</b>\n").expect("first file");
    let (seen, _) = wait_for(&changes, &["layouts/shortcodes/foo.html"]);
    assert_eq!(seen["layouts/shortcodes/foo.html"], ChangeKind::Created);

    fs::write(root.join("layouts/shortcodes/bar.html"), "<i>bar</i>\n").expect("later file");
    let (seen, _) = wait_for(&changes, &["layouts/shortcodes/bar.html"]);
    assert_eq!(seen["layouts/shortcodes/bar.html"], ChangeKind::Created);
}
