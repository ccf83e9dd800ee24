//! `ref` fields declared in inkstone.yaml: values that must name a post or a key of a
//! data file (`ref: {to: data/people}`).

use super::field::FieldAt;
use super::{Diagnostic, Severity};
use crate::schema::Schema;
use crate::site::Site;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// What each `ref.to` accepts: `posts` → every post's slug and file name,
/// `data/<file>` → the keys of that data file (`None` when the file is missing).
#[derive(Debug, Default)]
pub struct RefTargets {
    by_target: HashMap<String, Option<HashSet<String>>>,
}

impl RefTargets {
    pub fn build(site: &Site, schema: &Schema) -> RefTargets {
        let mut by_target = HashMap::new();
        for to in schema.fields.iter().filter_map(|f| f.ref_to.as_deref()) {
            if by_target.contains_key(to) {
                continue;
            }
            let names = if to == "posts" {
                Some(post_names(site))
            } else {
                data_keys(site.root(), to)
            };
            by_target.insert(to.to_string(), names);
        }
        RefTargets { by_target }
    }

    /// Warnings for the values of a ref field that point at nothing.
    pub fn check(&self, to: &str, key: &str, value: &Value, at: &FieldAt) -> Vec<Diagnostic> {
        let Some(known) = self.by_target.get(to) else {
            return Vec::new();
        };
        let Some(known) = known else {
            return vec![at.diagnostic(
                Severity::Warning,
                "ref-target-missing",
                format!("`{key}` refers to `{to}`, which has no data file"),
                format!("create {to}.yaml (or .toml, .json) or fix `ref.to` in inkstone.yaml"),
            )];
        };
        let values: Vec<&str> = match value {
            Value::String(s) => vec![s.as_str()],
            Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        values
            .into_iter()
            .filter(|v| !v.is_empty() && !known.contains(&v.to_lowercase()))
            .map(|v| {
                at.diagnostic(
                    Severity::Warning,
                    "ref-missing",
                    format!("`{key}` names `{v}`, which is not in {to}"),
                    format!("use an existing entry of {to} or add `{v}` to it"),
                )
            })
            .collect()
    }
}

/// Every way a post is named: file stem, bundle folder, and the last part of its URL.
fn post_names(site: &Site) -> HashSet<String> {
    let mut names = HashSet::new();
    for post in site.posts() {
        let path = post.summary.path.to_lowercase();
        let stem = path.rsplit('/').next().unwrap_or(&path);
        let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
        if stem == "index" || stem == "_index" {
            let folder = path.rsplit('/').nth(1).unwrap_or("");
            names.insert(folder.to_string());
        } else {
            names.insert(stem.to_string());
        }
        let url = post.summary.url.trim_end_matches('/');
        names.insert(url.rsplit('/').next().unwrap_or(url).to_lowercase());
    }
    names
}

/// The top-level keys of `data/<file>.{yaml,yml,toml,json}` (or, for a list, its
/// string items and the `id`/`slug` of its tables).
fn data_keys(root: &Path, to: &str) -> Option<HashSet<String>> {
    let value = ["yaml", "yml", "toml", "json"].iter().find_map(|ext| {
        let text = std::fs::read_to_string(root.join(format!("{to}.{ext}"))).ok()?;
        match *ext {
            "toml" => toml::from_str::<Value>(&text).ok(),
            "json" => serde_json::from_str::<Value>(&text).ok(),
            _ => serde_norway::from_str::<Value>(&text).ok(),
        }
    })?;
    let keys = match value {
        Value::Object(map) => map.keys().map(|k| k.to_lowercase()).collect(),
        Value::Array(items) => items
            .iter()
            .filter_map(|item| match item {
                Value::String(s) => Some(s.to_lowercase()),
                Value::Object(map) => map
                    .get("id")
                    .or_else(|| map.get("slug"))
                    .and_then(Value::as_str)
                    .map(str::to_lowercase),
                _ => None,
            })
            .collect(),
        _ => HashSet::new(),
    };
    Some(keys)
}
