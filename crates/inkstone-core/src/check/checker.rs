//! Everything a check needs from the whole site, built once and shared by every file.

use super::refs::RefTargets;
use super::targets::LinkTargets;
use super::Diagnostic;
use super::Severity;
use crate::schema::{InkstoneConfig, Schema, SchemaError, CONFIG_FILE_NAME};
use crate::site::Site;
use regex::Regex;
use std::collections::HashMap;
use std::path::PathBuf;

/// The site-wide half of checking: the schema with its compiled patterns, and every
/// link target. Building it walks all posts; checking one file then does not.
#[derive(Debug)]
pub struct Checker {
    pub schema: Schema,
    /// Compiled `pattern`s by lowercased field name.
    pub patterns: HashMap<String, Regex>,
    /// Problems with `inkstone.yaml` itself.
    pub config_problems: Vec<Diagnostic>,
    pub targets: LinkTargets,
    pub refs: RefTargets,
    pub root: PathBuf,
    pub assets_dir: PathBuf,
    /// Page URL → the posts published there (drafts and unrendered pages left out).
    pub published_urls: HashMap<String, Vec<String>>,
}

impl Checker {
    pub fn new(site: &Site) -> Checker {
        let (config, config_problems) = match InkstoneConfig::load(site.root()) {
            Ok(config) => (config, Vec::new()),
            Err(error) => (InkstoneConfig::default(), vec![config_diagnostic(&error)]),
        };
        let taxonomies: Vec<String> = site.config().taxonomies.values().cloned().collect();
        let schema = Schema::build(
            &taxonomies,
            &config,
            site.posts().iter().map(|p| &p.front_matter.fields),
        );
        let patterns = schema
            .fields
            .iter()
            .filter_map(|f| {
                Some((
                    f.name.to_lowercase(),
                    Regex::new(f.pattern.as_deref()?).ok()?,
                ))
            })
            .collect();
        let mut published_urls: HashMap<String, Vec<String>> = HashMap::new();
        for post in site.posts().iter().filter(|p| is_published(p)) {
            let url = super::targets::normalize_url(&post.summary.url);
            published_urls
                .entry(url)
                .or_default()
                .push(post.summary.path.clone());
        }
        Checker {
            refs: RefTargets::build(site, &schema),
            schema,
            patterns,
            config_problems,
            targets: LinkTargets::build(site),
            root: site.root().to_path_buf(),
            assets_dir: site.root().join("assets"),
            published_urls,
        }
    }
}

/// Whether Hugo writes this post to its own URL: drafts, headless bundles and pages
/// with `build.render: never` are not written, so they cannot collide.
pub fn is_published(post: &crate::site::Post) -> bool {
    let fields = &post.front_matter.fields;
    let get = |key: &str| {
        fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    };
    let truthy = |v: Option<&serde_json::Value>| {
        matches!(v, Some(serde_json::Value::Bool(true)))
            || v.and_then(|v| v.as_str()) == Some("true")
    };
    let render = get("build").and_then(|b| b.get("render")).cloned();
    let not_rendered = matches!(render, Some(serde_json::Value::Bool(false)))
        || render
            .as_ref()
            .and_then(|r| r.as_str())
            .is_some_and(|r| r == "never" || r == "false");
    !post.summary.draft && !truthy(get("headless")) && !not_rendered
}

fn config_diagnostic(error: &SchemaError) -> Diagnostic {
    Diagnostic {
        path: CONFIG_FILE_NAME.to_string(),
        line: error.line(),
        column: error.column(),
        severity: Severity::Error,
        code: error.code().to_string(),
        message: error.detail(),
        hint: "see docs/inkstone-yaml.md for the settings of a field".to_string(),
    }
}
