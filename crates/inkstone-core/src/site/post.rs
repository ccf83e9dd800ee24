//! A post as the index keeps it: the summary the UI lists and the parsed file behind it.

use crate::front_matter::{FrontMatter, Split};
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

/// What kind of content file a post is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PostKind {
    /// A plain markdown file such as `content/posts/hello.md`.
    Page,
    /// `index.md` of a folder whose other files are its resources.
    LeafBundle,
    /// `_index.md`: the page of a section.
    BranchBundle,
}

/// One line of the post list; crosses to the UI and to `inkstone list --format json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PostSummary {
    /// Relative to the site root, `/`-separated.
    pub path: String,
    /// The first folder under the content folder; empty for top-level pages.
    pub section: String,
    pub lang: String,
    pub kind: PostKind,
    pub title: String,
    /// As written in the front matter, or `YYYY-MM-DD` taken from the file name.
    pub date: Option<String>,
    pub draft: bool,
    pub tags: Vec<String>,
    pub categories: Vec<String>,
    pub series: Vec<String>,
    /// The page's path on the site (`/posts/hello/`), without the baseURL.
    pub url: String,
}

/// A content file in the index. The index reads each file's head only (front matter
/// and the line after it); `Site::read_post` reads the whole file when a body is needed.
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    pub summary: PostSummary,
    /// Empty when the front matter could not be parsed (see `Site::problems`).
    pub front_matter: FrontMatter,
    /// Ranges in the whole file as it was when indexed (`body` runs to its end).
    pub split: Split,
    pub body_first_line: u32,
    /// Seconds since the epoch of `summary.date`, for sorting; `None` when undated.
    pub(crate) timestamp: Option<i64>,
    /// A hash of the file's bytes before the body, to notice a file that changed
    /// since it was indexed (see `Site::read_post`).
    pub(crate) head_hash: u64,
}

impl Post {
    /// The date as seconds since the epoch, `None` when the post has no usable date.
    pub fn timestamp(&self) -> Option<i64> {
        self.timestamp
    }
}

/// The hash `Post::head_hash` keeps: of everything before the body.
pub(crate) fn head_hash(text: &str, split: &Split) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.get(..split.body.start)
        .unwrap_or(text)
        .hash(&mut hasher);
    hasher.finish()
}

/// A field's text, for scalar fields written as strings, numbers or booleans.
pub(crate) fn field_text(front_matter: &FrontMatter, key: &str) -> Option<String> {
    match front_matter.field(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A taxonomy field's terms: a list, or a single scalar (`series: "Name"`).
pub(crate) fn field_terms(front_matter: &FrontMatter, key: &str) -> Vec<String> {
    match front_matter.field(key) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| match item {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .filter(|s| !s.is_empty())
            .collect(),
        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
        _ => Vec::new(),
    }
}
