//! A site's schema: which front matter fields exist, their types and constraints.
//!
//! Built from Hugo's own fields, the site's optional `inkstone.yaml`, and what the
//! existing posts use. The metadata form in the app is generated from it.

pub mod config;
pub mod error;
pub mod hugo_fields;
pub mod infer;

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use ts_rs::TS;

pub use config::{FieldConfig, InkstoneConfig, RefConfig, CONFIG_FILE_NAME};
pub use error::SchemaError;

/// What kind of value a field holds; the form picks its widget from this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum FieldType {
    /// One line of text.
    String,
    /// Longer text (a description, a summary).
    Text,
    /// A date or datetime in any form Hugo accepts.
    Date,
    Bool,
    Int,
    /// An absolute URL (`https://…`).
    Url,
    /// A list of strings (a scalar string is accepted as a one-item list, as Hugo does).
    List,
    /// A path to an image under `static/`, `assets/` or the page bundle.
    Image,
    /// One of `values`.
    Enum,
    /// The slug of a post, or a key of a data file (`ref.to`).
    Ref,
    /// A nested table (`params`, `build`, `sitemap`).
    Map,
    /// Several shapes are valid (`menus`, `cascade`); never checked.
    Any,
}

impl FieldType {
    pub fn as_str(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Text => "text",
            FieldType::Date => "date",
            FieldType::Bool => "bool",
            FieldType::Int => "int",
            FieldType::Url => "url",
            FieldType::List => "list",
            FieldType::Image => "image",
            FieldType::Enum => "enum",
            FieldType::Ref => "ref",
            FieldType::Map => "map",
            FieldType::Any => "any",
        }
    }
}

/// Where a field's definition comes from; errors are only raised against what the
/// writer or Hugo declared, inferred fields only warn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum FieldSource {
    /// A field Hugo itself reads (including the site's taxonomies).
    Hugo,
    /// A field themes use widely (`image`, `author`, `toc`).
    Conventional,
    /// Declared in the site's `inkstone.yaml`.
    Site,
    /// Inferred from how existing posts use it.
    Inferred,
}

/// One front matter field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FieldSpec {
    /// The key as written in front matter (Hugo compares keys case-insensitively).
    pub name: String,
    #[serde(rename = "type")]
    pub field_type: FieldType,
    /// For lists: the type of each item (`image` for Hugo's `images`), if checked.
    pub item: Option<FieldType>,
    pub source: FieldSource,
    pub required: bool,
    /// Length bounds, counted in characters (a CJK character counts one).
    pub min_length: Option<u32>,
    pub max_length: Option<u32>,
    /// A regular expression the whole value must match.
    pub pattern: Option<String>,
    /// The allowed values of an `enum`.
    pub values: Vec<String>,
    /// The value a new post gets.
    #[ts(type = "unknown")]
    pub default: Option<serde_json::Value>,
    /// For `ref`: what the value points at (`posts` or `data/<file>`).
    #[serde(rename = "ref")]
    pub ref_to: Option<String>,
    /// The form offers values already used elsewhere in the site.
    pub autocomplete: bool,
    /// The field is one of the site's taxonomies.
    pub taxonomy: bool,
}

impl FieldSpec {
    pub fn new(name: &str, field_type: FieldType, source: FieldSource) -> FieldSpec {
        FieldSpec {
            name: name.to_string(),
            field_type,
            item: None,
            source,
            required: false,
            min_length: None,
            max_length: None,
            pattern: None,
            values: Vec::new(),
            default: None,
            ref_to: None,
            autocomplete: false,
            taxonomy: false,
        }
    }
}

/// Every field a site's posts may carry, in the order a form shows them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Schema {
    pub fields: Vec<FieldSpec>,
    /// Lowercased name → index in `fields`.
    #[serde(skip)]
    #[ts(skip)]
    by_name: HashMap<String, usize>,
}

impl Schema {
    /// Builds a schema from its three sources, later ones refining earlier ones:
    /// Hugo's fields, then fields inferred from `posts`, then `inkstone.yaml`.
    pub fn build<'a>(
        taxonomies: &[String],
        config: &InkstoneConfig,
        posts: impl IntoIterator<Item = &'a indexmap::IndexMap<String, serde_json::Value>>,
    ) -> Schema {
        let mut schema = Schema::from_fields(hugo_fields::builtin_fields(taxonomies));
        for spec in infer::infer_fields(&schema, posts) {
            schema.insert(spec);
        }
        for (name, field) in &config.fields {
            let spec = field.to_spec(name, schema.field(name));
            schema.insert(spec);
        }
        schema
    }

    /// The schema of an opened site: its taxonomies, its `inkstone.yaml` and its posts.
    /// This is what the app's metadata form is generated from.
    pub fn for_site(site: &crate::site::Site) -> Result<Schema, SchemaError> {
        let config = InkstoneConfig::load(site.root())?;
        let taxonomies: Vec<String> = site.config().taxonomies.values().cloned().collect();
        let posts = site.posts().iter().map(|p| &p.front_matter.fields);
        Ok(Schema::build(&taxonomies, &config, posts))
    }

    pub fn from_fields(fields: Vec<FieldSpec>) -> Schema {
        let mut schema = Schema::default();
        for field in fields {
            schema.insert(field);
        }
        schema
    }

    /// Adds a field, or replaces the one with the same (case-insensitive) name in place.
    pub fn insert(&mut self, spec: FieldSpec) {
        let key = spec.name.to_lowercase();
        match self.by_name.get(&key) {
            Some(&at) => self.fields[at] = spec,
            None => {
                self.by_name.insert(key, self.fields.len());
                self.fields.push(spec);
            }
        }
    }

    /// The field named `name`, compared case-insensitively as Hugo does.
    pub fn field(&self, name: &str) -> Option<&FieldSpec> {
        let at = match self.by_name.get(name) {
            Some(at) => *at,
            None => *self.by_name.get(&name.to_lowercase())?,
        };
        self.fields.get(at)
    }

    /// The known field closest to a misspelled key, if one is close enough to be a
    /// plausible typo (`descripton` → `description`).
    pub fn suggest(&self, unknown: &str) -> Option<&str> {
        let unknown = unknown.to_lowercase();
        let budget = typo_budget(&unknown);
        self.fields
            .iter()
            .map(|f| (edit_distance(&unknown, &f.name.to_lowercase()), f))
            .filter(|(d, _)| *d <= budget)
            .min_by_key(|(d, _)| *d)
            .map(|(_, f)| f.name.as_str())
    }
}

/// How many edits still look like a typo rather than a different word.
pub(crate) fn typo_budget(word: &str) -> usize {
    match word.chars().count() {
        0..=3 => 1,
        4..=7 => 2,
        _ => 3,
    }
}

/// Levenshtein distance with adjacent transpositions counted as one edit.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut rows = vec![0usize; (a.len() + 1) * width];
    for (j, cell) in rows.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i * width] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[(i - 1) * width + j] + 1)
                .min(rows[i * width + j - 1] + 1)
                .min(rows[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[(i - 2) * width + j - 2] + 1);
            }
            rows[i * width + j] = best;
        }
    }
    rows[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_a_transposition_as_one_edit() {
        assert_eq!(edit_distance("descripton", "description"), 1);
        assert_eq!(edit_distance("tilte", "title"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn field_lookup_ignores_case_like_hugo() {
        let schema = Schema::from_fields(hugo_fields::builtin_fields(&[]));
        assert_eq!(
            schema.field("PublishDate").map(|f| f.field_type),
            Some(FieldType::Date)
        );
        assert_eq!(
            schema.field("publishdate").map(|f| f.name.as_str()),
            Some("publishDate")
        );
    }

    #[test]
    fn the_schema_crosses_to_the_ui_as_typescript() {
        let cfg = ts_rs::Config::new();
        assert_eq!(
            Schema::decl(&cfg),
            "type Schema = { fields: Array<FieldSpec>, };"
        );
        assert!(
            FieldSpec::decl(&cfg).contains("type: FieldType,"),
            "{}",
            FieldSpec::decl(&cfg)
        );
    }

    #[test]
    fn suggest_finds_the_field_a_typo_meant() {
        let schema = Schema::from_fields(hugo_fields::builtin_fields(&[]));
        assert_eq!(schema.suggest("descripton"), Some("description"));
        assert_eq!(schema.suggest("zzzzzzzz"), None);
    }
}
