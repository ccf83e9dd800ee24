//! Specs for atomic writes and safe reads, on real files in a temporary folder.

use super::*;
use std::fs;

fn leftovers(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn write_atomic_replaces_the_content_and_leaves_no_temp_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let post = dir.path().join("post.md");
    fs::write(&post, "old").expect("seed");
    write_atomic(&post, "---\ntitle: 新\n---\n".as_bytes()).expect("write");
    assert_eq!(
        fs::read_to_string(&post).expect("read"),
        "---\ntitle: 新\n---\n"
    );
    assert_eq!(leftovers(dir.path()), ["post.md"]);
}

#[test]
fn write_atomic_creates_a_missing_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let post = dir.path().join("new.md");
    write_atomic(&post, b"hello").expect("write");
    assert_eq!(fs::read(&post).expect("read"), b"hello");
}

#[cfg(unix)]
#[test]
fn write_atomic_keeps_the_originals_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let post = dir.path().join("post.md");
    fs::write(&post, "old").expect("seed");
    fs::set_permissions(&post, fs::Permissions::from_mode(0o640)).expect("chmod");
    write_atomic(&post, b"new").expect("write");
    let mode = fs::metadata(&post).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[cfg(unix)]
#[test]
fn write_atomic_through_a_symlink_replaces_the_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    let real = dir.path().join("real.md");
    let link = dir.path().join("link.md");
    fs::write(&real, "old").expect("seed");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    write_atomic(&link, b"new").expect("write");
    assert_eq!(fs::read(&real).expect("read"), b"new");
    assert!(fs::symlink_metadata(&link)
        .expect("meta")
        .file_type()
        .is_symlink());
}

#[test]
fn failed_write_leaves_the_original_untouched_and_no_temp_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A non-empty folder where the file should be: the rename must fail.
    let target = dir.path().join("post.md");
    fs::create_dir(&target).expect("mkdir");
    fs::write(target.join("keep.txt"), "kept").expect("seed");
    assert!(write_atomic(&target, b"new").is_err());
    assert_eq!(
        fs::read_to_string(target.join("keep.txt")).expect("read"),
        "kept"
    );
    assert_eq!(leftovers(dir.path()), ["post.md"]);
}

#[test]
fn write_into_a_missing_folder_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert!(write_atomic(&dir.path().join("nope/post.md"), b"x").is_err());
}

#[test]
fn read_text_keeps_bom_and_crlf() {
    let dir = tempfile::tempdir().expect("tempdir");
    let post = dir.path().join("post.md");
    fs::write(&post, "\u{FEFF}---\r\ntitle: A\r\n---\r\n").expect("seed");
    assert_eq!(
        read_text(&post).expect("read"),
        "\u{FEFF}---\r\ntitle: A\r\n---\r\n"
    );
}

#[test]
fn read_text_reads_a_ten_megabyte_post() {
    let dir = tempfile::tempdir().expect("tempdir");
    let post = dir.path().join("long.md");
    let text = format!(
        "---\ntitle: Long\n---\n{}",
        "長文一行。\n".repeat(10 * 1024 * 1024 / 16)
    );
    fs::write(&post, &text).expect("seed");
    assert_eq!(read_text(&post).expect("read").len(), text.len());
}

#[test]
fn read_text_refuses_big5_with_position_and_hint() {
    let dir = tempfile::tempdir().expect("tempdir");
    let post = dir.path().join("big5.md");
    let mut bytes = b"---\ntitle: ".to_vec();
    bytes.extend_from_slice(&[0xA4, 0xA4, 0xA4, 0xE5, 0xA6, 0x72]);
    bytes.extend_from_slice(b"\n---\n");
    fs::write(&post, &bytes).expect("seed");
    let err = read_text(&post).expect_err("refused");
    assert_eq!(
        (err.line(), err.column(), err.code()),
        (2, 8, "file-not-utf8")
    );
    assert!(
        err.to_string()
            .ends_with("big5.md: is not valid UTF-8 at line 2, column 8"),
        "{err}"
    );
    assert_eq!(
        err.hint(),
        "re-save it as UTF-8 (it looks like Big5 or GBK)"
    );
}

#[test]
fn read_text_refuses_binary_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let image = dir.path().join("image.md");
    fs::write(&image, b"ab\ncd\0ef").expect("seed");
    let err = read_text(&image).expect_err("refused");
    assert_eq!(
        (err.line(), err.column(), err.code()),
        (2, 3, "file-binary")
    );
}

#[test]
fn read_text_refuses_files_over_the_cap() {
    let dir = tempfile::tempdir().expect("tempdir");
    let huge = dir.path().join("huge.md");
    let file = fs::File::create(&huge).expect("create");
    file.set_len(MAX_TEXT_BYTES + 1).expect("sparse file");
    let err = read_text(&huge).expect_err("refused");
    assert_eq!(err.code(), "file-too-large");
}

#[test]
fn read_text_of_a_missing_file_names_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = read_text(&dir.path().join("missing.md")).expect_err("missing");
    assert_eq!(err.code(), "file-not-found");
    assert!(
        err.to_string().contains("missing.md: cannot be read"),
        "{err}"
    );
}
