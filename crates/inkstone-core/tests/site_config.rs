//! Reading real-shaped site configs from fixture folders.

use inkstone_core::site::{SiteConfig, SiteError};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/sites")
        .join(name)
}

#[test]
fn config_default_folder_merges_per_key_files_under_their_names() {
    let config = SiteConfig::load(&fixture("site-config-dir")).expect("config loads");
    assert_eq!(config.title, "Config Dir Blog");
    assert_eq!(config.base_url, "https://blog.example.org/");
    assert_eq!(config.time_zone.as_deref(), Some("Asia/Taipei"));
    assert_eq!(config.default_language, "zh-tw");
    let languages: Vec<_> = config
        .languages
        .iter()
        .map(|l| {
            (
                l.code.as_str(),
                l.title.as_deref(),
                l.content_dir.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        languages,
        vec![
            ("zh-tw", Some("筆記"), None),
            ("en", Some("Notes"), Some("content.en"))
        ]
    );
    let taxonomies: Vec<_> = config
        .taxonomies
        .iter()
        .map(|(s, p)| (s.as_str(), p.as_str()))
        .collect();
    assert_eq!(
        taxonomies,
        vec![
            ("tag", "tags"),
            ("category", "categories"),
            ("series", "series")
        ]
    );
    assert_eq!(
        config.permalinks.get("posts").map(String::as_str),
        Some("/:year/:month/:slug/")
    );
    assert_eq!(
        config.goldmark,
        serde_json::json!({"renderer": {"unsafe": true}})
    );
}

#[test]
fn a_toml_syntax_error_names_the_file_line_and_column() {
    let error = SiteConfig::load(&fixture("site-bad-config")).expect_err("bad TOML");
    let SiteError::ConfigSyntax {
        path, line, column, ..
    } = &error
    else {
        panic!("expected a syntax error, got {error:?}");
    };
    assert!(path.ends_with("site-bad-config/hugo.toml"));
    assert_eq!((*line, *column), (2, 26));
    assert_eq!(error.code(), "config-syntax");
    assert!(error.to_string().ends_with("fix the syntax at that line"));
}

#[test]
fn a_folder_without_config_is_not_a_site() {
    let empty = tempfile::tempdir().expect("temp dir");
    let error = SiteConfig::load(empty.path()).expect_err("no config");
    assert_eq!(error.code(), "site-no-config");
}
