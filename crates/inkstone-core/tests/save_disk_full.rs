//! A save onto a full disk fails with a clear error and leaves the old file whole.
//!
//! Needs a small filesystem the test may fill, e.g. as root:
//! `mount -t tmpfs -o size=64k tmpfs DIR`, then
//! `INKSTONE_SMALL_DISK=DIR cargo test -p inkstone-core --test save_disk_full -- --ignored`

use std::fs;

use inkstone_core::save::{save_post, SaveError};

#[test]
#[ignore = "needs a small filesystem: set INKSTONE_SMALL_DISK"]
fn a_full_disk_keeps_the_old_file_and_says_to_free_space() {
    let Ok(small) = std::env::var("INKSTONE_SMALL_DISK") else {
        eprintln!("INKSTONE_SMALL_DISK is not set; nothing tested");
        return;
    };
    let site = tempfile::tempdir_in(small).expect("site on the small disk");
    fs::create_dir_all(site.path().join("content")).expect("mkdir");
    fs::write(site.path().join("content/post.md"), "old\n").expect("post");
    let huge = "a line that will not fit on this disk\n".repeat(100_000);

    let error = save_post(site.path(), "content/post.md", &huge, Some("old\n")).expect_err("full");
    assert!(matches!(error, SaveError::DiskFull { .. }), "{error:?}");
    assert!(
        error
            .to_string()
            .ends_with("free some space and save again"),
        "{error}"
    );
    assert_eq!(
        fs::read_to_string(site.path().join("content/post.md")).expect("read"),
        "old\n"
    );
    let leftovers = fs::read_dir(site.path().join("content"))
        .expect("ls")
        .count();
    assert_eq!(leftovers, 1, "the temporary file is removed");
}
