//! Specs for the crash-recovery journal: what is kept, what comes back on launch, and
//! that nothing is offered as safe to restore over a file that changed meanwhile.

use std::fs;
use std::path::Path;

use inkstone_core::journal::{Journal, RecoveredBuffer};
use inkstone_core::save::content_hash;

const POST: &str = "content/posts/hello.md";

fn site_with_post(text: &str) -> tempfile::TempDir {
    let site = tempfile::tempdir().expect("site");
    fs::create_dir_all(site.path().join("content/posts")).expect("mkdir");
    fs::write(site.path().join(POST), text).expect("post");
    site
}

fn recovered(site: &Path, text: &str, disk_now: Option<&str>, matches: bool) -> RecoveredBuffer {
    RecoveredBuffer {
        site_root: site.display().to_string(),
        path: POST.into(),
        text: text.into(),
        disk_now: disk_now.map(str::to_owned),
        base_matches_disk: matches,
    }
}

#[test]
fn an_unsaved_buffer_comes_back_with_the_file_as_it_is_now() {
    let site = site_with_post("saved\n");
    let data = tempfile::tempdir().expect("data");
    let journal = Journal::open(data.path()).expect("open");
    journal
        .record(
            site.path(),
            POST,
            "saved\nand typed\n",
            Some(&content_hash(b"saved\n")),
        )
        .expect("record");

    let after_crash = Journal::open(data.path()).expect("reopen");
    assert_eq!(
        after_crash.pending().expect("pending"),
        [recovered(
            site.path(),
            "saved\nand typed\n",
            Some("saved\n"),
            true
        )]
    );
}

#[test]
fn the_latest_record_replaces_the_previous_one() {
    let site = site_with_post("v0\n");
    let data = tempfile::tempdir().expect("data");
    let journal = Journal::open(data.path()).expect("open");
    let base = content_hash(b"v0\n");
    for text in ["v1\n", "v2\n", "v3\n"] {
        journal
            .record(site.path(), POST, text, Some(&base))
            .expect("record");
    }
    let pending = journal.pending().expect("pending");
    assert_eq!(
        pending,
        [recovered(site.path(), "v3\n", Some("v0\n"), true)]
    );
}

#[test]
fn a_file_changed_since_the_buffer_was_loaded_is_flagged() {
    let site = site_with_post("loaded\n");
    let data = tempfile::tempdir().expect("data");
    let journal = Journal::open(data.path()).expect("open");
    journal
        .record(
            site.path(),
            POST,
            "my text\n",
            Some(&content_hash(b"loaded\n")),
        )
        .expect("record");
    fs::write(site.path().join(POST), "changed by git pull\n").expect("external");

    assert_eq!(
        journal.pending().expect("pending"),
        [recovered(
            site.path(),
            "my text\n",
            Some("changed by git pull\n"),
            false
        )]
    );
}

#[test]
fn a_deleted_file_is_recovered_without_disk_text_and_flagged() {
    let site = site_with_post("loaded\n");
    let data = tempfile::tempdir().expect("data");
    let journal = Journal::open(data.path()).expect("open");
    journal
        .record(
            site.path(),
            POST,
            "mine\n",
            Some(&content_hash(b"loaded\n")),
        )
        .expect("record");
    fs::remove_file(site.path().join(POST)).expect("rm");
    assert_eq!(
        journal.pending().expect("pending"),
        [recovered(site.path(), "mine\n", None, false)]
    );
}

#[test]
fn clearing_after_a_save_leaves_nothing_to_recover() {
    let site = site_with_post("x\n");
    let data = tempfile::tempdir().expect("data");
    let journal = Journal::open(data.path()).expect("open");
    journal
        .record(site.path(), POST, "y\n", None)
        .expect("record");
    journal.clear(site.path(), POST).expect("clear");
    journal
        .clear(site.path(), POST)
        .expect("clearing twice is fine");
    assert_eq!(journal.pending().expect("pending"), []);
}

#[test]
fn damaged_and_foreign_files_in_the_folder_do_not_hide_the_good_entries() {
    let site = site_with_post("x\n");
    let data = tempfile::tempdir().expect("data");
    let journal = Journal::open(data.path()).expect("open");
    journal
        .record(site.path(), POST, "kept\n", Some(&content_hash(b"x\n")))
        .expect("record");
    fs::write(data.path().join("0000.journal.json"), "{ not json").expect("damaged");
    fs::write(data.path().join("notes.txt"), "hello").expect("foreign");
    assert_eq!(
        journal.pending().expect("pending"),
        [recovered(site.path(), "kept\n", Some("x\n"), true)]
    );
}
