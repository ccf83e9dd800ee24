//! `inkstone new`: exact stdout, stderr, exit code and the file it writes.

use std::fs;
mod support;

use std::path::Path;

/// A private copy of a fixture site, so new posts leave the fixture alone.
fn copy_of(name: &str) -> tempfile::TempDir {
    support::copy_of(&support::fixture(name))
}
use std::process::Command;

/// Runs `inkstone new ARGS` in `dir` at a fixed moment; returns (stdout, stderr, code).
fn new(dir: &Path, now: &str, args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_inkstone"))
        .arg("new")
        .args(args)
        .current_dir(dir)
        .env("INKSTONE_NOW", now)
        .output()
        .expect("the inkstone binary runs");
    (
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
        out.status.code().unwrap_or(-1),
    )
}

const NOW: &str = "2026-02-06T09:00:00+08:00";

fn ok(path: &str) -> (String, String, i32) {
    (format!("{path}\n"), String::new(), 0)
}

#[test]
fn a_chinese_title_prints_the_dated_path_and_writes_the_archetype() {
    let site = copy_of("new-archetype");
    let site_arg = site.path().to_str().expect("UTF-8 path");
    let elsewhere = tempfile::tempdir().expect("tempdir");
    assert_eq!(
        new(elsewhere.path(), NOW, &["寫作工具", "--site", site_arg]),
        ok("content/posts/20260206-xie-zuo-gong-ju.md")
    );
    assert_eq!(
        fs::read_to_string(site.path().join("content/posts/20260206-xie-zuo-gong-ju.md"))
            .expect("the new post"),
        "---\ntitle: \"寫作工具\"\ndate: 2026-02-06T09:00:00+08:00\ndescription: \"\"\ntags: []\ncategories: [\"Writing\"]\nimage: \"\"\ndraft: true\nauthor: \"Inkstone Writer\"\n---\n\n<!-- Archetype Fixture: write the opening paragraph here. -->\n"
    );
}

#[test]
fn inside_a_site_the_site_argument_is_not_needed_and_a_second_post_is_numbered() {
    let site = copy_of("new-archetype");
    let inside = site.path().join("content");
    assert_eq!(
        new(&inside, NOW, &["Weekly log"]),
        ok("content/posts/20260206-weekly-log.md")
    );
    assert_eq!(
        new(&inside, NOW, &["Weekly log"]),
        ok("content/posts/20260206-weekly-log-2.md")
    );
}

#[test]
fn section_series_slug_and_language_options_are_used() {
    let site = copy_of("new-archetype");
    assert_eq!(
        new(
            site.path(),
            NOW,
            &[
                "Field notes",
                "--section",
                "notes",
                "--series",
                "Travel",
                "--slug",
                "Day One"
            ]
        ),
        ok("content/notes/20260206-day-one/index.md")
    );
    let text = fs::read_to_string(site.path().join("content/notes/20260206-day-one/index.md"))
        .expect("the new post");
    assert!(
        text.contains("draft = true\nseries = [\"Travel\"]\n"),
        "{text}"
    );

    let plain = copy_of("new-plain");
    assert_eq!(
        new(plain.path(), NOW, &["Hallo", "--lang", "de"]),
        ok("content/blog/hallo.de.md")
    );
}

#[test]
fn the_date_is_written_in_the_sites_time_zone() {
    let plain = copy_of("new-plain");
    assert_eq!(
        new(plain.path(), NOW, &["Winter"]),
        ok("content/blog/winter.md")
    );
    let text = fs::read_to_string(plain.path().join("content/blog/winter.md")).expect("post");
    assert!(
        text.contains("\ndate: 2026-02-06T02:00:00+01:00\n"),
        "{text}"
    );
}

#[test]
fn an_empty_title_is_refused_with_the_fix() {
    let site = copy_of("new-plain");
    assert_eq!(
        new(site.path(), NOW, &["  "]),
        (
            String::new(),
            "inkstone: error[new-post-empty-title]: the title is empty: type a title for the new post\n"
                .to_string(),
            1
        )
    );
}

#[test]
fn an_unknown_language_is_refused_and_nothing_is_written() {
    let site = copy_of("new-plain");
    assert_eq!(
        new(site.path(), NOW, &["Bonjour", "--lang", "fr"]),
        (
            String::new(),
            "inkstone: error[new-post-unknown-language]: language `fr` is not one of the site's languages (en, zh-tw, de): pick one of them or add it to the site config\n"
                .to_string(),
            1
        )
    );
    assert!(!site.path().join("content/blog").exists());
}

#[test]
fn a_bad_inkstone_now_and_a_missing_site_exit_2() {
    let site = copy_of("new-plain");
    assert_eq!(
        new(site.path(), "soon", &["Title"]),
        (
            String::new(),
            "inkstone: INKSTONE_NOW is `soon`, not a time: use 2026-02-06T09:00:00+08:00\n"
                .to_string(),
            2
        )
    );
    let empty = tempfile::tempdir().expect("tempdir");
    assert_eq!(
        new(empty.path(), NOW, &["Title"]),
        (
            String::new(),
            "inkstone: no Hugo site here: run inside a site folder or pass SITE_DIR\n".to_string(),
            2
        )
    );
}
