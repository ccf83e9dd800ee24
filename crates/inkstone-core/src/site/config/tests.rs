//! Unit tests of reading the config tree into `SiteConfig`.

use super::parse_file::{lowercase_keys, parse_config_text};
use super::*;

fn config_from(text: &str, extension: &str) -> SiteConfig {
    let tree = parse_config_text(text, extension)
        .map(lowercase_keys)
        .unwrap_or_else(|e| panic!("fixture must parse: {}", e.message));
    SiteConfig::from_tree(&tree, Path::new("hugo.toml"), Vec::new()).expect("valid config")
}

#[test]
fn unset_taxonomies_get_hugos_defaults() {
    let config = config_from("title = 'x'\n", "toml");
    let pairs: Vec<_> = config.taxonomies.into_iter().collect();
    assert_eq!(
        pairs,
        vec![
            ("tag".to_string(), "tags".to_string()),
            ("category".to_string(), "categories".to_string())
        ]
    );
}

#[test]
fn taxonomy_names_are_lowercased() {
    let config = config_from("taxonomies:\n  Tag: Tags\n  series: Series\n", "yaml");
    assert_eq!(
        config.taxonomies.get("tag").map(String::as_str),
        Some("tags")
    );
    assert_eq!(
        config.taxonomies.get("series").map(String::as_str),
        Some("series")
    );
}

#[test]
fn old_and_new_permalink_forms_are_both_read() {
    let config = config_from(
        "[permalinks]\nposts = '/:year/:slug/'\n[permalinks.page]\nnotes = '/n/:slug/'\n",
        "toml",
    );
    assert_eq!(
        config.permalinks.get("posts").map(String::as_str),
        Some("/:year/:slug/")
    );
    assert_eq!(
        config.permalinks.get("notes").map(String::as_str),
        Some("/n/:slug/")
    );
}

#[test]
fn filename_date_source_is_kept_and_default_expanded() {
    let config = config_from("[frontmatter]\ndate = [':filename', ':default']\n", "toml");
    assert_eq!(
        config.date_sources,
        vec![
            ":filename",
            "date",
            "publishdate",
            "pubdate",
            "published",
            "lastmod",
            "modified"
        ]
    );
}

#[test]
fn languages_sort_by_weight_and_keep_their_content_dirs() {
    let config = config_from(
        "defaultContentLanguage = 'zh-TW'\n[languages.en]\nweight = 2\ncontentDir = 'content/en'\n[languages.zh-TW]\nweight = 1\ntitle = '部落格'\n",
        "toml",
    );
    assert_eq!(config.default_language, "zh-tw");
    let codes: Vec<_> = config.languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, vec!["zh-tw", "en"]);
    assert_eq!(
        config.languages[1].content_dir.as_deref(),
        Some("content/en")
    );
    assert_eq!(config.languages[0].title.as_deref(), Some("部落格"));
}

#[test]
fn goldmark_table_is_kept_raw_for_the_renderer() {
    let config = config_from("[markup.goldmark.renderer]\nunsafe = true\n", "toml");
    assert_eq!(
        config.goldmark,
        serde_json::json!({"renderer": {"unsafe": true}})
    );
}

#[test]
fn a_site_without_languages_has_its_default_language() {
    let config = config_from("{\"title\": \"t\"}", "json");
    assert_eq!(config.languages.len(), 1);
    assert_eq!(config.languages[0].code, "en");
    assert_eq!(config.content_dir, "content");
}
