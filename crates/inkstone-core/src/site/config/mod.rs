//! The parts of a Hugo site config that matter to authoring, read from the merged tree.

mod load;
mod parse_file;

use crate::site::SiteError;
use indexmap::IndexMap;
use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Hugo's date sources when `[frontmatter] date` is unset (`:default`).
const DEFAULT_DATE_SOURCES: [&str; 6] = [
    "date",
    "publishdate",
    "pubdate",
    "published",
    "lastmod",
    "modified",
];

/// One configured language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Language {
    /// Lowercased language key, e.g. `zh-tw`.
    pub code: String,
    pub title: Option<String>,
    pub weight: i64,
    /// The language's own content folder, relative to the site root, when it has one.
    pub content_dir: Option<String>,
}

/// A content folder mounted by `[[module.mounts]]` with `target = "content"`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContentMount {
    pub source: String,
    pub lang: Option<String>,
}

/// What Inkstone needs from the site config. Keys are lowercased as in Hugo.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SiteConfig {
    pub title: String,
    pub base_url: String,
    /// Relative to the site root; `content` unless `contentDir` says otherwise.
    pub content_dir: String,
    /// IANA name such as `Asia/Taipei`, used for dates written without an offset.
    pub time_zone: Option<String>,
    pub default_language: String,
    pub default_language_in_subdir: bool,
    /// Sorted as Hugo sorts them: by weight (0 last), then code. Never empty.
    pub languages: Vec<Language>,
    /// Singular → plural, lowercased. Hugo's defaults when the config has none.
    pub taxonomies: IndexMap<String, String>,
    /// Section → permalink pattern for pages (`posts` → `/:year/:slug/`).
    pub permalinks: IndexMap<String, String>,
    /// `markup.goldmark` as written (keys lowercased), for the renderer.
    pub goldmark: Value,
    /// `[frontmatter] date`, lowercased with `:default` expanded.
    pub date_sources: Vec<String>,
    pub content_mounts: Vec<ContentMount>,
    pub disable_path_to_lower: bool,
    /// The files the config was read from, root file first.
    pub files: Vec<PathBuf>,
}

impl SiteConfig {
    /// Reads and merges the config of the site at `root`.
    pub fn load(root: &Path) -> Result<SiteConfig, SiteError> {
        let loaded = load::load_config_tree(root)?;
        let primary = loaded.files.first().cloned().unwrap_or_default();
        SiteConfig::from_tree(&loaded.tree, &primary, loaded.files)
    }

    /// Builds the config from an already merged tree with lowercased keys.
    pub(crate) fn from_tree(
        tree: &Value,
        primary: &Path,
        files: Vec<PathBuf>,
    ) -> Result<SiteConfig, SiteError> {
        let string = |key: &str| tree.get(key).and_then(scalar_string);
        let default_language = string("defaultcontentlanguage")
            .unwrap_or_else(|| "en".into())
            .to_lowercase();
        Ok(SiteConfig {
            title: string("title").unwrap_or_default(),
            base_url: string("baseurl").unwrap_or_default(),
            content_dir: string("contentdir").unwrap_or_else(|| "content".into()),
            time_zone: string("timezone").filter(|tz| !tz.is_empty()),
            default_language_in_subdir: tree
                .get("defaultcontentlanguageinsubdir")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            languages: read_languages(tree.get("languages"), &default_language, primary)?,
            default_language,
            taxonomies: read_taxonomies(tree.get("taxonomies"), primary)?,
            permalinks: read_permalinks(tree.get("permalinks")),
            goldmark: tree
                .pointer("/markup/goldmark")
                .cloned()
                .unwrap_or(Value::Object(Default::default())),
            date_sources: read_date_sources(tree.pointer("/frontmatter/date")),
            content_mounts: read_content_mounts(tree.pointer("/module/mounts")),
            disable_path_to_lower: tree
                .get("disablepathtolower")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            files,
        })
    }

    /// True when `code` is a configured language.
    pub fn has_language(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l.code == code)
    }
}

fn scalar_string(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn read_languages(
    value: Option<&Value>,
    default_language: &str,
    primary: &Path,
) -> Result<Vec<Language>, SiteError> {
    let mut languages = Vec::new();
    match value {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (code, settings) in map {
                let get = |key: &str| settings.get(key).and_then(scalar_string);
                languages.push(Language {
                    code: code.to_lowercase(),
                    title: get("title").or_else(|| get("languagename")),
                    weight: settings.get("weight").and_then(Value::as_i64).unwrap_or(0),
                    content_dir: get("contentdir"),
                });
            }
        }
        Some(_) => {
            return Err(SiteError::ConfigValue {
                path: primary.to_path_buf(),
                key: "languages".into(),
                problem: "is not a table of languages".into(),
                hint: "write it as [languages.en] weight = 1 (one table per language)".into(),
            })
        }
    }
    if !languages.iter().any(|l| l.code == default_language) {
        languages.push(Language {
            code: default_language.to_string(),
            title: None,
            weight: 0,
            content_dir: None,
        });
    }
    languages.sort_by(|a, b| {
        (a.weight == 0, a.weight, &a.code).cmp(&(b.weight == 0, b.weight, &b.code))
    });
    Ok(languages)
}

fn read_taxonomies(
    value: Option<&Value>,
    primary: &Path,
) -> Result<IndexMap<String, String>, SiteError> {
    match value {
        None | Some(Value::Null) => Ok(IndexMap::from([
            ("tag".to_string(), "tags".to_string()),
            ("category".to_string(), "categories".to_string()),
        ])),
        Some(Value::Object(map)) => Ok(map
            .iter()
            .filter_map(|(singular, plural)| {
                let plural = scalar_string(plural)?;
                Some((singular.to_lowercase(), plural.to_lowercase()))
            })
            .filter(|(_, plural)| !plural.is_empty())
            .collect()),
        Some(_) => Err(SiteError::ConfigValue {
            path: primary.to_path_buf(),
            key: "taxonomies".into(),
            problem: "is not a table".into(),
            hint: "write it as [taxonomies] tag = \"tags\" (singular = plural)".into(),
        }),
    }
}

/// Reads both the old map (`posts = "/:year/:slug/"`) and the newer `[permalinks.page]`.
fn read_permalinks(value: Option<&Value>) -> IndexMap<String, String> {
    let mut patterns = IndexMap::new();
    let Some(Value::Object(map)) = value else {
        return patterns;
    };
    for (key, pattern) in map {
        if let Value::String(pattern) = pattern {
            patterns.insert(key.to_lowercase(), pattern.clone());
        }
    }
    if let Some(Value::Object(page)) = map.get("page") {
        for (section, pattern) in page {
            if let Value::String(pattern) = pattern {
                patterns.insert(section.to_lowercase(), pattern.clone());
            }
        }
    }
    patterns
}

fn read_date_sources(value: Option<&Value>) -> Vec<String> {
    let written: Vec<String> = match value {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(scalar_string)
            .map(|s| s.to_lowercase())
            .collect(),
        Some(Value::String(s)) => vec![s.to_lowercase()],
        _ => vec![":default".to_string()],
    };
    let mut sources = Vec::new();
    for source in written {
        if source == ":default" {
            sources.extend(DEFAULT_DATE_SOURCES.iter().map(|s| s.to_string()));
        } else {
            sources.push(source);
        }
    }
    sources
}

fn read_content_mounts(value: Option<&Value>) -> Vec<ContentMount> {
    let Some(Value::Array(mounts)) = value else {
        return Vec::new();
    };
    mounts
        .iter()
        .filter(|m| m.get("target").and_then(Value::as_str) == Some("content"))
        .filter_map(|m| {
            let source = m.get("source")?.as_str()?.to_string();
            let lang = m
                .get("lang")
                .and_then(Value::as_str)
                .or_else(|| {
                    m.pointer("/sites/matrix/languages/0")
                        .and_then(Value::as_str)
                })
                .map(str::to_lowercase);
            Some(ContentMount { source, lang })
        })
        .collect()
}

#[cfg(test)]
mod tests;
