//! Specs for saving a post: atomic, byte-exact, and never over a change the writer
//! has not seen.

use std::fs;
use std::path::Path;

use inkstone_core::save::{content_hash, save_post, SaveError, SaveOutcome};

fn site_with(rel: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(rel);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, text).expect("write");
    dir
}

fn disk(root: &Path, rel: &str) -> String {
    fs::read_to_string(root.join(rel)).expect("read back")
}

const POST: &str = "content/posts/hello.md";

#[test]
fn saving_over_the_loaded_text_writes_the_new_text() {
    let site = site_with(POST, "---\ntitle: Hi\n---\nold\n");
    let outcome = save_post(
        site.path(),
        POST,
        "---\ntitle: Hi\n---\nnew\n",
        Some("---\ntitle: Hi\n---\nold\n"),
    );
    assert_eq!(outcome.expect("save"), SaveOutcome::Saved);
    assert_eq!(disk(site.path(), POST), "---\ntitle: Hi\n---\nnew\n");
}

#[test]
fn bom_and_crlf_in_the_text_reach_the_disk_byte_for_byte() {
    let site = site_with(POST, "old\r\n");
    let text = "\u{feff}---\r\ntitle: x\r\n---\r\nbody\r\n";
    save_post(site.path(), POST, text, Some("old\r\n")).expect("save");
    assert_eq!(
        fs::read(site.path().join(POST)).expect("read"),
        text.as_bytes()
    );
}

#[test]
fn a_file_changed_on_disk_since_loading_is_a_conflict_and_is_not_overwritten() {
    let site = site_with(POST, "someone else's edit\n");
    let outcome = save_post(site.path(), POST, "my edit\n", Some("original\n")).expect("save");
    assert_eq!(
        outcome,
        SaveOutcome::Conflict {
            disk: "someone else's edit\n".into(),
            base: Some("original\n".into()),
            mine: "my edit\n".into(),
        }
    );
    assert_eq!(disk(site.path(), POST), "someone else's edit\n");
}

#[test]
fn a_disk_already_holding_my_text_is_not_a_conflict() {
    let site = site_with(POST, "same\n");
    let outcome = save_post(site.path(), POST, "same\n", Some("original\n")).expect("save");
    assert_eq!(outcome, SaveOutcome::Saved);
}

#[test]
fn a_new_buffer_never_overwrites_an_existing_file() {
    let site = site_with(POST, "already here\n");
    let outcome = save_post(site.path(), POST, "new post\n", None).expect("save");
    assert!(
        matches!(outcome, SaveOutcome::Conflict { base: None, .. }),
        "{outcome:?}"
    );
    assert_eq!(disk(site.path(), POST), "already here\n");
}

#[test]
fn a_post_deleted_on_disk_is_written_again() {
    let site = site_with(POST, "x\n");
    fs::remove_file(site.path().join(POST)).expect("rm");
    let outcome = save_post(site.path(), POST, "kept open\n", Some("x\n")).expect("save");
    assert_eq!(outcome, SaveOutcome::Saved);
    assert_eq!(disk(site.path(), POST), "kept open\n");
}

#[test]
fn paths_that_leave_the_site_are_refused() {
    let site = site_with(POST, "x\n");
    for rel in ["../escape.md", "/etc/passwd", ""] {
        let error = save_post(site.path(), rel, "x", None).expect_err(rel);
        assert_eq!(error.code(), "save-outside-site", "{rel}");
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_not_replaced_and_the_error_says_how_to_fix_it() {
    use std::os::unix::fs::PermissionsExt;
    let site = site_with(POST, "old\n");
    let path = site.path().join(POST);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
    let error = save_post(site.path(), POST, "new\n", Some("old\n")).expect_err("read-only");
    assert!(matches!(error, SaveError::ReadOnlyFile { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("hello.md"), "{message}");
    assert!(
        message.ends_with("make the file writable (chmod u+w) or save it under another name"),
        "{message}"
    );
    assert_eq!(disk(site.path(), POST), "old\n");
}

#[cfg(unix)]
#[test]
fn permissions_of_the_file_are_kept_across_a_save() {
    use std::os::unix::fs::PermissionsExt;
    let site = site_with(POST, "old\n");
    let path = site.path().join(POST);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    save_post(site.path(), POST, "new\n", Some("old\n")).expect("save");
    let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[test]
fn a_missing_folder_is_an_error_naming_the_file() {
    let site = tempfile::tempdir().expect("tempdir");
    let error = save_post(site.path(), "content/none/x.md", "x", None).expect_err("no folder");
    assert_eq!(error.code(), "save-failed");
    assert!(error.to_string().contains("x.md"), "{error}");
}

#[test]
fn the_content_hash_is_stable_text_identity() {
    assert_eq!(content_hash(b"a"), content_hash(b"a"));
    assert_ne!(content_hash(b"a"), content_hash(b"a\n"));
}

#[test]
fn keeping_mine_after_a_conflict_writes_over_the_disk_text() {
    let site = site_with(POST, "someone else's edit\n");
    inkstone_core::save::save_post_keeping_mine(site.path(), POST, "my edit\n").expect("save");
    assert_eq!(disk(site.path(), POST), "my edit\n");
}
