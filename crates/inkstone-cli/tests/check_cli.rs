//! `inkstone check`: exact stdout, stderr and exit code over the check-* fixture sites.

mod support;

use support::{fixture, inkstone};

fn check(site: &str, extra: &[&str]) -> (String, String, i32) {
    let dir = fixture(site);
    let mut args = vec!["check", dir.to_str().expect("UTF-8 path")];
    args.extend_from_slice(extra);
    let out = inkstone(&args, &dir);
    (
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn a_clean_site_prints_nothing_and_exits_zero() {
    let (stdout, stderr, code) = check("check-clean", &[]);
    assert_eq!(stdout, "");
    assert_eq!(stderr, "checked 3 files: 0 errors, 0 warnings\n");
    assert_eq!(code, 0);
}

#[test]
fn errors_print_one_documented_line_each_and_exit_one() {
    let (stdout, stderr, code) = check("check-cli", &[]);
    assert_eq!(
        stdout,
        "content/posts/a.md:5:27: error[link-broken]: the link to `/posts/missing/` points at no page of this site: link to an existing post, such as `/posts/<slug>/`, or fix the path\n\
         content/posts/b.md:4:1: warning[unknown-field]: `tilte` is not a field this site uses: did you mean `title`?\n"
    );
    assert_eq!(stderr, "checked 2 files: 1 error, 1 warning\n");
    assert_eq!(code, 1);
}

#[test]
fn json_carries_hints_and_the_summary() {
    let (stdout, _, code) = check("check-cli", &["--format", "json"]);
    assert_eq!(
        stdout,
        concat!(
            r#"{"diagnostics":["#,
            r#"{"path":"content/posts/a.md","line":5,"column":27,"severity":"error","code":"link-broken","#,
            r#""message":"the link to `/posts/missing/` points at no page of this site: link to an existing post, such as `/posts/<slug>/`, or fix the path","#,
            r#""hint":"link to an existing post, such as `/posts/<slug>/`, or fix the path"},"#,
            r#"{"path":"content/posts/b.md","line":4,"column":1,"severity":"warning","code":"unknown-field","#,
            r#""message":"`tilte` is not a field this site uses: did you mean `title`?","hint":"did you mean `title`?"}],"#,
            r#""summary":{"files":2,"errors":1,"warnings":1}}"#,
            "\n"
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn warnings_alone_exit_zero() {
    let (stdout, stderr, code) = check("check-warnings", &[]);
    assert_eq!(
        stdout,
        "content/posts/only.md:4:1: warning[field-type]: `draft` should be true or false, not text: write `draft` as true or false\n"
    );
    assert_eq!(stderr, "checked 1 file: 0 errors, 1 warning\n");
    assert_eq!(code, 0);
}

#[test]
fn without_an_argument_the_site_around_the_current_folder_is_checked() {
    let out = inkstone(&["check"], &fixture("check-cli").join("content/posts"));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "checked 2 files: 1 error, 1 warning\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_folder_that_is_not_a_site_exits_two() {
    let empty = tempfile::tempdir().expect("a temp dir");
    let out = inkstone(
        &["check", empty.path().to_str().expect("UTF-8 path")],
        empty.path(),
    );
    assert_eq!(out.stdout, b"");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "inkstone: no Hugo site here: run inside a site folder or pass SITE_DIR\n"
    );
    assert_eq!(out.status.code(), Some(2));
}
