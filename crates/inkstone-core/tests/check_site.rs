//! Whole-site checks over the fixture sites under tests/fixtures/sites/check-*.

use inkstone_core::check::{check_file, check_site, Severity};
use inkstone_core::schema::{FieldType, Schema};
use inkstone_core::site::Site;
use std::path::PathBuf;

fn fixture(name: &str) -> Site {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/sites")
        .join(name);
    Site::open(&root).expect("the fixture site opens")
}

/// Text lines; the wording of front matter syntax errors belongs to the parser, so
/// only their position, severity and code are compared here.
fn text_lines(site: &Site) -> Vec<String> {
    let line = |d: &inkstone_core::check::Diagnostic| match d.code.as_str() {
        "yaml-syntax" | "toml-syntax" | "json-syntax" => format!(
            "{}:{}:{}: {}[{}]",
            d.path,
            d.line,
            d.column,
            d.severity.as_str(),
            d.code
        ),
        _ => d.to_text_line(),
    };
    check_site(site).diagnostics.iter().map(line).collect()
}

#[test]
fn a_clean_site_in_the_reference_shape_has_no_diagnostics() {
    let site = fixture("check-clean");
    let report = check_site(&site);
    assert_eq!(report.diagnostics, []);
    assert_eq!(
        (
            report.summary.files,
            report.summary.errors,
            report.summary.warnings
        ),
        (3, 0, 0)
    );
}

#[test]
fn a_broken_site_reports_each_problem_once_in_file_order() {
    let site = fixture("check-broken");
    assert_eq!(
        text_lines(&site),
        [
            "content/posts/20260301-good.md:2:1: error[url-duplicate]: this page is published at `/posts/20260301-good/`, like content/posts/20260304-same-url.md; only one of them will be on the site: give one of them another `slug` or `url`",
            "content/posts/20260302-bad.md:1:1: error[field-required]: `description` is required but missing: add `description:` to the front matter",
            "content/posts/20260302-bad.md:3:1: error[date-invalid]: `date` is not a date: use 2026-02-06 or 2026-02-06T09:00:00+08:00",
            "content/posts/20260302-bad.md:4:1: warning[unknown-field]: `descripton` is not a field this site uses: did you mean `description`?",
            "content/posts/20260302-bad.md:5:1: error[image-missing]: `image` names `/images/missing.webp`, which does not exist: put the file under static/ (for /images/a.webp: static/images/a.webp) or fix the path",
            "content/posts/20260302-bad.md:6:1: warning[url-invalid]: `source_url` is not a URL (`example.com/page`): write the full address, starting with https://",
            "content/posts/20260302-bad.md:7:1: warning[enum-value]: `level` is `expert`, which is not one of its values: use one of intro, deep",
            "content/posts/20260302-bad.md:8:1: warning[ref-missing]: `related_people` names `nobody`, which is not in data/people: use an existing entry of data/people or add `nobody` to it",
            "content/posts/20260302-bad.md:11:10: error[link-broken]: the link to `/posts/ghost/` points at no page of this site: link to an existing post, such as `/posts/<slug>/`, or fix the path",
            "content/posts/20260302-bad.md:11:39: error[ref-broken]: `ref` to `posts/nowhere.md` finds no page, and Hugo stops the build: use the path of an existing content file, such as `posts/my-post.md`",
            "content/posts/20260302-bad.md:13:1: error[image-missing]: the image `/images/gone.png` does not exist: put the file under static/ or in the page bundle, or fix the path",
            "content/posts/20260303-syntax.md:4:1: error[yaml-syntax]",
            "content/posts/20260304-same-url.md:2:1: error[url-duplicate]: this page is published at `/posts/20260301-good/`, like content/posts/20260301-good.md; only one of them will be on the site: give one of them another `slug` or `url`",
            "content/posts/20260305-long.md:4:1: warning[too-long]: `description` has 22 characters, more than 20: shorten it by 2",
        ]
    );
    let summary = check_site(&site).summary;
    assert_eq!((summary.files, summary.errors, summary.warnings), (5, 9, 5));
}

#[test]
fn the_schema_of_a_site_merges_hugo_inkstone_yaml_and_what_posts_use() {
    let schema = Schema::for_site(&fixture("check-clean")).expect("no inkstone.yaml is fine");
    let kind = |name: &str| schema.field(name).map(|f| f.field_type);
    assert_eq!(kind("image"), Some(FieldType::Image));
    assert_eq!(kind("source_url"), Some(FieldType::Url));
    assert_eq!(kind("source_name"), Some(FieldType::String));
    assert_eq!(kind("related_people"), Some(FieldType::List));
    assert_eq!(kind("series"), Some(FieldType::List));
    assert!(schema
        .field("related_people")
        .is_some_and(|f| f.autocomplete));
    let broken = Schema::for_site(&fixture("check-broken")).expect("valid inkstone.yaml");
    let description = broken.field("description").expect("declared");
    assert_eq!(
        (description.required, description.max_length),
        (true, Some(20))
    );
    assert_eq!(
        broken
            .field("related_people")
            .and_then(|f| f.ref_to.as_deref()),
        Some("data/people")
    );
}

#[test]
fn check_file_sees_the_unsaved_buffer_not_the_file_on_disk() {
    let site = fixture("check-broken");
    let buffer = "---\ntitle: \"Fixed\"\ndate: 2026-03-02\ndescription: \"Now fine.\"\n---\n\nSee [good](/posts/20260301-good/).\n";
    assert_eq!(
        check_file(&site, "content/posts/20260302-bad.md", buffer),
        []
    );
}

#[test]
fn check_file_reports_a_front_matter_syntax_error_at_its_file_position() {
    let site = fixture("check-clean");
    let buffer = "---\ntitle: [unclosed\n---\n";
    let found = check_file(&site, "content/posts/new.md", buffer);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(found[0].path, "content/posts/new.md");
    assert!(found[0].line >= 2, "{:?}", found[0]);
}

#[test]
fn check_file_on_a_new_post_points_columns_in_characters() {
    let site = fixture("check-clean");
    let buffer = "---\ntitle: \"新文章\"\ndate: 2026-02-11\n---\n\n中文[壞連結](/posts/nope/)\n";
    let lines: Vec<String> = check_file(&site, "content/posts/new.md", buffer)
        .iter()
        .map(|d| d.to_text_line())
        .collect();
    assert_eq!(
        lines,
        ["content/posts/new.md:6:3: error[link-broken]: the link to `/posts/nope/` points at no page of this site: link to an existing post, such as `/posts/<slug>/`, or fix the path"]
    );
}

#[test]
fn a_broken_inkstone_yaml_is_reported_against_that_file_and_checks_go_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |rel: &str, text: &str| {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("folders");
        std::fs::write(path, text).expect("write");
    };
    write("hugo.yaml", "title: t\n");
    write("inkstone.yaml", "fields:\n  title:\n    max_lenght: 70\n");
    write(
        "content/posts/a.md",
        "---\ntitle: A\n---\n[x](/posts/none/)\n",
    );
    let site = Site::open(dir.path()).expect("opens");
    let lines: Vec<String> = check_site(&site)
        .diagnostics
        .iter()
        .map(|d| d.to_text_line())
        .collect();
    assert_eq!(
        lines,
        [
            "content/posts/a.md:4:1: error[link-broken]: the link to `/posts/none/` points at no page of this site: link to an existing post, such as `/posts/<slug>/`, or fix the path",
            "inkstone.yaml:3:5: error[config-syntax]: fields.title: unknown field `max_lenght`, expected one of `type`, `item`, `required`, `min_length`, `max_length`, `pattern`, `values`, `default`, `ref`, `autocomplete`; fix the YAML (see docs/inkstone-yaml.md)",
        ]
    );
}
