//! `inkstone fm set|unset`: exact file content, stdout, stderr and exit code.

use std::fs;
use std::path::Path;
use std::process::Command;

/// Runs `inkstone fm ARGS` in `dir`; returns (stdout, stderr, exit code).
fn fm(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_inkstone"))
        .arg("fm")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the inkstone binary runs");
    (
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
        out.status.code().unwrap_or(-1),
    )
}

const POST: &str = "---\ntitle: \"Old title\"\ntags: [\"Rust\"]\ndraft: true\n---\nBody\n";

fn site_with_post(text: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("post.md"), text).expect("write post");
    dir
}

fn post_text(dir: &tempfile::TempDir) -> String {
    fs::read_to_string(dir.path().join("post.md")).expect("read post")
}

#[test]
fn set_a_list_prints_nothing_and_edits_one_line() {
    let dir = site_with_post(POST.as_bytes());
    let result = fm(dir.path(), &["set", "post.md", "tags", r#"["AI","Rust"]"#]);
    assert_eq!(result, (String::new(), String::new(), 0));
    assert_eq!(
        post_text(&dir),
        "---\ntitle: \"Old title\"\ntags: [\"AI\", \"Rust\"]\ndraft: true\n---\nBody\n"
    );
}

#[test]
fn set_bool_cjk_text_and_date_values() {
    let dir = site_with_post(POST.as_bytes());
    assert_eq!(fm(dir.path(), &["set", "post.md", "draft", "false"]).2, 0);
    assert_eq!(
        fm(dir.path(), &["set", "post.md", "title", "\"標題\""]).2,
        0
    );
    assert_eq!(
        fm(
            dir.path(),
            &["set", "post.md", "date", "2026-02-06T09:00:00+08:00"]
        )
        .2,
        0
    );
    assert_eq!(
        post_text(&dir),
        "---\ntitle: \"標題\"\ntags: [\"Rust\"]\ndraft: false\ndate: \"2026-02-06T09:00:00+08:00\"\n---\nBody\n"
    );
}

#[test]
fn unset_removes_the_field() {
    let dir = site_with_post(POST.as_bytes());
    assert_eq!(
        fm(dir.path(), &["unset", "post.md", "tags"]),
        (String::new(), String::new(), 0)
    );
    assert_eq!(
        post_text(&dir),
        "---\ntitle: \"Old title\"\ndraft: true\n---\nBody\n"
    );
}

#[test]
fn broken_front_matter_is_reported_with_its_position_and_exit_1() {
    let broken = "---\ntitle: ok\ndescription: a: b\n---\n";
    let dir = site_with_post(broken.as_bytes());
    let (stdout, stderr, code) = fm(dir.path(), &["set", "post.md", "draft", "true"]);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "post.md:3:15: error[yaml-syntax]: the front matter cannot be edited because it does not parse: \
         YAML front matter does not parse: mapping values are not allowed in this context\n\
         hint: check the quoting and indentation on that line; quote values that contain `: ` or start with a special character\n"
    );
    assert_eq!(code, 1);
    assert_eq!(post_text(&dir), broken);
}

#[test]
fn a_file_that_is_not_utf8_is_reported_and_left_alone() {
    let mut bytes = b"---\ntitle: ".to_vec();
    bytes.extend_from_slice(&[0xA4, 0xA4, 0xA4, 0xE5]);
    bytes.extend_from_slice(b"\n---\n");
    let dir = site_with_post(&bytes);
    let (stdout, stderr, code) = fm(dir.path(), &["set", "post.md", "draft", "true"]);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "post.md:2:8: error[file-not-utf8]: is not valid UTF-8 at line 2, column 8\n\
         hint: re-save it as UTF-8 (it looks like Big5 or GBK)\n"
    );
    assert_eq!(code, 1);
    assert_eq!(fs::read(dir.path().join("post.md")).expect("read"), bytes);
}

#[test]
fn a_missing_file_could_not_run_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (stdout, stderr, code) = fm(dir.path(), &["unset", "missing.md", "title"]);
    assert_eq!(stdout, "");
    assert!(
        stderr.starts_with("inkstone: missing.md: cannot be read: "),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("\nhint: check the file name and folder\n"),
        "{stderr}"
    );
    assert_eq!(code, 2);
}

#[test]
fn a_value_that_is_not_yaml_could_not_run_exit_2() {
    let dir = site_with_post(POST.as_bytes());
    let (stdout, stderr, code) = fm(dir.path(), &["set", "post.md", "tags", "[AI"]);
    assert_eq!(stdout, "");
    assert!(
        stderr.starts_with("inkstone: VALUE is not valid YAML: "),
        "{stderr}"
    );
    assert_eq!(code, 2);
    assert_eq!(post_text(&dir), POST);
}
