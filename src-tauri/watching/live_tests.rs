//! The shell's batch handling under the real platform watcher, on temporary sites: every
//! batch goes through `apply_to_site` as in the app, and the index must end as the disk
//! is. Waits are bounded and generous; nothing here asserts how fast a batch comes.

use super::batch::{apply_to_site, Applied};
use inkstone_core::save::save_post;
use inkstone_core::site::Site;
use inkstone_core::watch::{SiteChange, SiteWatcher, WatchMode};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::sync::mpsc::{channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PATIENCE: Duration = Duration::from_secs(30);

fn post(title: &str) -> String {
    format!("---\ntitle: \"{title}\"\ndate: 2025-01-01T00:00:00Z\n---\n\nBody of {title}.\n")
}

fn new_site(posts: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    fs::create_dir_all(root.join("content/posts")).expect("mkdir");
    fs::write(root.join("hugo.toml"), "title = 'Before'\n").expect("config");
    for n in 0..posts {
        fs::write(
            root.join(format!("content/posts/p{n:04}.md")),
            post(&format!("Post {n}")),
        )
        .expect("post");
    }
    dir
}

/// One batch as the app sees it: what arrived, and what applying it did.
struct Seen {
    changes: Vec<SiteChange>,
    applied: Applied,
}

/// Watches `root` as the app does: each batch is applied to the shared index, then reported.
fn follow(root: &Path) -> (Arc<Mutex<Site>>, SiteWatcher, Receiver<Seen>) {
    let site = Arc::new(Mutex::new(Site::open(root).expect("site opens")));
    let config = site.lock().expect("site").config().clone();
    let (sender, receiver) = channel();
    let index = site.clone();
    let watcher = SiteWatcher::start(root, Some(&config), &[], move |changes| {
        let applied = apply_to_site(&mut index.lock().expect("site"), &changes);
        let _ = sender.send(Seen { changes, applied });
    })
    .expect("watcher starts");
    assert_eq!(watcher.mode(), WatchMode::Native);
    (site, watcher, receiver)
}

/// Titles by path, as the index holds them.
fn indexed(site: &Site) -> BTreeMap<String, String> {
    site.posts()
        .iter()
        .map(|post| (post.summary.path.clone(), post.summary.title.clone()))
        .collect()
}

/// Titles by path, read from the disk without the core.
fn on_disk(root: &Path) -> BTreeMap<String, String> {
    let mut posts = BTreeMap::new();
    for entry in fs::read_dir(root.join("content/posts")).expect("read_dir") {
        let path = entry.expect("entry").path();
        let text = fs::read_to_string(&path).expect("read");
        let title = text
            .lines()
            .find_map(|line| line.strip_prefix("title: "))
            .expect("a title line")
            .trim_matches('"')
            .to_owned();
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        posts.insert(format!("content/posts/{name}"), title);
    }
    posts
}

/// Takes batches until `done` holds for the index, or patience runs out; returns them.
fn batches_until(
    site: &Mutex<Site>,
    receiver: &Receiver<Seen>,
    what: &str,
    done: impl Fn(&Site) -> bool,
) -> Vec<Seen> {
    let deadline = Instant::now() + PATIENCE;
    let mut seen = Vec::new();
    while !done(&site.lock().expect("site")) {
        let left = deadline.saturating_duration_since(Instant::now());
        match receiver.recv_timeout(left.min(Duration::from_millis(500))) {
            Ok(batch) => seen.push(batch),
            Err(_) if Instant::now() < deadline => {}
            Err(_) => panic!(
                "waited {PATIENCE:?} for {what}; {} batches came",
                seen.len()
            ),
        }
    }
    seen
}

#[test]
fn a_thousand_posts_written_at_once_end_with_the_index_matching_the_disk() {
    let dir = new_site(20);
    let root = &fs::canonicalize(dir.path()).expect("canonical");
    let (site, _watcher, receiver) = follow(root);
    // A `git checkout`: many new files, some edited, some gone, all at once.
    for n in 0..1000 {
        fs::write(
            root.join(format!("content/posts/bulk{n:04}.md")),
            post(&format!("Bulk {n}")),
        )
        .expect("bulk post");
    }
    for n in 0..5 {
        fs::write(
            root.join(format!("content/posts/p{n:04}.md")),
            post(&format!("Post {n}, other branch")),
        )
        .expect("edit");
    }
    for n in 15..20 {
        fs::remove_file(root.join(format!("content/posts/p{n:04}.md"))).expect("remove");
    }
    let expected = on_disk(root);
    assert_eq!(expected.len(), 1015);
    let seen = batches_until(&site, &receiver, "the index to match the disk", |site| {
        indexed(site) == expected
    });
    let largest = seen.iter().map(|s| s.changes.len()).max().unwrap_or(0);
    eprintln!(
        "1,000-file change: {} batches, largest {largest} changes, {} re-opens",
        seen.len(),
        seen.iter()
            .filter(|s| s.changes.len() > super::batch::REOPEN_ABOVE)
            .count()
    );
    assert!(seen.iter().all(|s| s.applied.reopened.is_none()));
    assert_eq!(indexed(&site.lock().expect("site")), on_disk(root));
}

#[test]
fn a_few_posts_created_edited_removed_and_renamed_are_refreshed_one_by_one() {
    let dir = new_site(10);
    let root = &fs::canonicalize(dir.path()).expect("canonical");
    let (site, _watcher, receiver) = follow(root);
    fs::write(root.join("content/posts/new.md"), post("New")).expect("create");
    fs::write(root.join("content/posts/p0001.md"), post("Edited")).expect("edit");
    fs::remove_file(root.join("content/posts/p0002.md")).expect("remove");
    fs::rename(
        root.join("content/posts/p0003.md"),
        root.join("content/posts/moved.md"),
    )
    .expect("rename");
    let expected = on_disk(root);
    assert_eq!(expected.len(), 10);
    let seen = batches_until(&site, &receiver, "the index to match the disk", |site| {
        indexed(site) == expected
    });
    assert!(seen
        .iter()
        .all(|s| s.changes.len() <= super::batch::REOPEN_ABOVE && s.applied.reopened.is_none()));
    assert!(seen.iter().any(|s| s.applied.posts_changed));
}

#[test]
fn a_config_edit_reopens_the_site_and_reports_the_new_title() {
    let dir = new_site(3);
    let root = &fs::canonicalize(dir.path()).expect("canonical");
    let (site, _watcher, receiver) = follow(root);
    fs::write(root.join("hugo.toml"), "title = 'After'\n").expect("config");
    let seen = batches_until(&site, &receiver, "the new title", |site| {
        site.config().title == "After"
    });
    let reopened = seen
        .iter()
        .find_map(|s| s.applied.reopened.as_ref())
        .expect("a batch says the site was reopened");
    assert_eq!(reopened.title, "After");
    assert_eq!(reopened.post_count, 3);
    assert!(seen.iter().any(|s| s.applied.preview_stale));
}

#[test]
fn the_apps_own_save_does_not_come_back_but_an_outside_edit_after_it_does() {
    let dir = new_site(3);
    let root = &fs::canonicalize(dir.path()).expect("canonical");
    let (site, _watcher, receiver) = follow(root);
    let saved = "content/posts/p0000.md";
    let before = fs::read_to_string(root.join(saved)).expect("read");
    save_post(root, saved, &post("Saved by Inkstone"), Some(&before)).expect("save");
    // A later outside edit elsewhere: once it is indexed, the save's echo had its chance.
    fs::write(root.join("content/posts/p0001.md"), post("Outside")).expect("edit");
    let seen = batches_until(&site, &receiver, "the outside edit", |site| {
        indexed(site)
            .get("content/posts/p0001.md")
            .map(String::as_str)
            == Some("Outside")
    });
    let echoed: Vec<&SiteChange> = seen
        .iter()
        .flat_map(|s| &s.changes)
        .filter(|change| change.path == saved)
        .collect();
    assert!(echoed.is_empty(), "own save came back: {echoed:?}");
    fs::write(root.join(saved), post("Then edited outside")).expect("edit");
    batches_until(
        &site,
        &receiver,
        "the outside edit of the saved post",
        |site| indexed(site).get(saved).map(String::as_str) == Some("Then edited outside"),
    );
}

#[test]
fn an_inkstone_yaml_edit_reopens_the_site_like_the_hugo_config() {
    let dir = new_site(3);
    let root = &fs::canonicalize(dir.path()).expect("canonical");
    let (site, _watcher, receiver) = follow(root);
    fs::write(
        root.join("inkstone.yaml"),
        "fields:\n  title:\n    max_length: 5\n",
    )
    .expect("inkstone.yaml");
    let deadline = Instant::now() + PATIENCE;
    let seen = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let batch = receiver
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("no batch reopened the site in {PATIENCE:?}"));
        if batch.applied.reopened.is_some() {
            break batch;
        }
    };
    assert!(
        seen.changes
            .iter()
            .any(|change| change.path == "inkstone.yaml"),
        "{:?}",
        seen.changes
    );
    assert!(seen.applied.preview_stale);
    assert_eq!(seen.applied.reopened.expect("reopened").post_count, 3);
    // What the UI asks for after a re-open now carries the new limit.
    let schema =
        inkstone_core::schema::Schema::for_site(&site.lock().expect("site")).expect("schema");
    let title = schema
        .fields
        .iter()
        .find(|field| field.name == "title")
        .expect("title field");
    assert_eq!(title.max_length, Some(5));
}
