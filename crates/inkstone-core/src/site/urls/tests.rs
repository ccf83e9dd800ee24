//! URLs as hugo 0.111 computes them (each expectation checked with `hugo list all`).

use super::*;
use crate::site::dates::parse_post_date;
use jiff::tz::TimeZone;

fn config(toml_permalinks: &[(&str, &str)]) -> SiteConfig {
    let mut tree = serde_json::json!({"title": "t", "languages": {"en": {"weight": 1}, "zh-tw": {"weight": 2}}});
    for (section, pattern) in toml_permalinks {
        tree["permalinks"][section] = serde_json::Value::String(pattern.to_string());
    }
    SiteConfig::from_tree(&tree, std::path::Path::new("hugo.toml"), Vec::new()).expect("config")
}

fn file(
    rel_path: &str,
    kind: PostKind,
    sections: &[&str],
    base_name: &str,
    lang: &str,
) -> ContentFile {
    ContentFile {
        rel_path: rel_path.into(),
        lang: lang.into(),
        kind,
        sections: sections.iter().map(|s| s.to_string()).collect(),
        base_name: base_name.into(),
    }
}

fn url_of(
    file: &ContentFile,
    title: &str,
    slug: Option<&str>,
    date: Option<&str>,
    config: &SiteConfig,
) -> String {
    let date = date.and_then(|d| parse_post_date(d, &TimeZone::UTC));
    post_url(
        &UrlInputs {
            file,
            url: None,
            slug,
            title,
            date,
        },
        config,
    )
}

#[test]
fn urlize_matches_hugo() {
    let c = config(&[]);
    assert_eq!(
        urlize("Über Café: Hello, World!", &c),
        "über-café-hello-world"
    );
    assert_eq!(urlize("a - b", &c), "a-b");
    assert_eq!(
        urlize(" lead  two  spaces, 100% 3.5 C++ #x @y ~z é", &c),
        "lead-two-spaces-100-3.5-c-#x-@y-~z-é"
    );
    assert_eq!(urlize("Tab\there--dash", &c), "tab-here--dash");
    assert_eq!(urlize("中文 標題 AI", &c), "中文-標題-ai");
}

#[test]
fn default_page_url_is_sections_then_urlized_file_name() {
    let c = config(&[]);
    let f = file(
        "content/posts/deep/er/Nested File.md",
        PostKind::Page,
        &["posts", "deep", "er"],
        "Nested File",
        "en",
    );
    assert_eq!(
        url_of(&f, "X", None, None, &c),
        "/posts/deep/er/nested-file/"
    );
}

#[test]
fn slug_replaces_the_file_name() {
    let c = config(&[]);
    let f = file("content/posts/a.md", PostKind::Page, &["posts"], "a", "en");
    assert_eq!(
        url_of(&f, "X", Some("My Slug!"), None, &c),
        "/posts/my-slug/"
    );
}

#[test]
fn bundles_use_their_folder() {
    let c = config(&[]);
    let leaf = file(
        "content/posts/trip/index.md",
        PostKind::LeafBundle,
        &["posts"],
        "trip",
        "en",
    );
    assert_eq!(url_of(&leaf, "X", None, None, &c), "/posts/trip/");
    let branch = file(
        "content/posts/_index.md",
        PostKind::BranchBundle,
        &["posts"],
        "posts",
        "en",
    );
    assert_eq!(url_of(&branch, "X", None, None, &c), "/posts/");
    let home = file("content/_index.md", PostKind::BranchBundle, &[], "", "en");
    assert_eq!(url_of(&home, "X", None, None, &c), "/");
}

#[test]
fn other_languages_get_their_prefix() {
    let c = config(&[]);
    let f = file(
        "content/posts/x.zh-tw.md",
        PostKind::Page,
        &["posts"],
        "x",
        "zh-tw",
    );
    assert_eq!(url_of(&f, "X", None, None, &c), "/zh-tw/posts/x/");
}

#[test]
fn every_permalink_token_expands() {
    let c = config(&[("blog", "/:year/:month/:monthname/:day/:weekday/:yearday/:section/:title/:slugorfilename/:filename/")]);
    let f = file(
        "content/blog/a-b.md",
        PostKind::Page,
        &["blog"],
        "a-b",
        "en",
    );
    assert_eq!(
        url_of(&f, "中文 標題 AI", Some("My Slug!"), Some("2024-01-02"), &c),
        "/2024/01/january/02/2/2/blog/中文-標題-ai/my-slug/a-b/"
    );
}

#[test]
fn slug_token_falls_back_to_the_title() {
    let c = config(&[("posts", "/:year/:slug/")]);
    let f = file("content/posts/x.md", PostKind::Page, &["posts"], "x", "en");
    assert_eq!(
        url_of(
            &f,
            "Hello There",
            None,
            Some("2026-02-06T09:00:00+08:00"),
            &c
        ),
        "/2026/hello-there/"
    );
}

#[test]
fn url_front_matter_wins_and_gets_a_trailing_slash() {
    let c = config(&[("posts", "/:year/:slug/")]);
    let f = file("content/posts/u.md", PostKind::Page, &["posts"], "u", "en");
    let inputs = UrlInputs {
        file: &f,
        url: Some("/Custom/Path"),
        slug: None,
        title: "u",
        date: None,
    };
    assert_eq!(post_url(&inputs, &c), "/Custom/Path/");
    let inputs = UrlInputs {
        file: &f,
        url: Some("feed.xml"),
        slug: None,
        title: "u",
        date: None,
    };
    assert_eq!(post_url(&inputs, &c), "/feed.xml");
}
