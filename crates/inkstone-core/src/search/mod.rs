//! Searching the bodies of every post: the part of the post list's search the index
//! cannot answer, since the index keeps only each file's head.
//!
//! Files are read in parallel; the front matter is skipped (the list already searches
//! the title, path and tags); files that are not UTF-8 or cannot be read are skipped and
//! counted, never fatal.

mod cache;
mod matcher;
mod snippet;

pub use cache::BodyCache;
pub use matcher::{query_terms, Matcher};
pub use snippet::Snippet;

use crate::front_matter;
use crate::site::{read_file::read_content_text, Site};
use cache::{CachedBody, Stamp};
use rayon::prelude::*;
use serde::Serialize;
use snippet::{line_at, snippet};
use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;
use ts_rs::TS;

/// At most this many hits are returned; more would not help a writer scanning a list.
pub const MAX_BODY_HITS: usize = 500;

/// One post whose body has every term of the query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BodyHit {
    /// Relative to the site root, `/`-separated.
    pub path: String,
    /// 1-based line in the file of the first match.
    pub line: u32,
    pub snippet: Snippet,
}

/// The answer to one body search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BodySearch {
    /// The query searched, so the UI can tell which keystroke this answers.
    pub query: String,
    /// In the site's order (newest first), at most `MAX_BODY_HITS`.
    pub hits: Vec<BodyHit>,
    /// Posts that matched, including those past the cap.
    pub matched: u32,
    /// Files that could not be read as UTF-8 text.
    pub skipped: u32,
}

/// Searches the body of every post of `site` for `query` (every term must occur),
/// reusing and refreshing the bodies `cache` holds.
pub fn search_bodies(site: &Site, query: &str, cache: &mut BodyCache) -> BodySearch {
    let paths: Vec<String> = site
        .posts()
        .iter()
        .map(|post| post.summary.path.clone())
        .collect();
    search_bodies_in(site.root(), &paths, query, cache)
}

/// [`search_bodies`] over the posts at `paths` (site-relative, in the order hits are
/// wanted) under `root`. It needs no `Site`, so the app can search without holding the
/// index while it reads thousands of files: a save meanwhile does not wait for it.
pub fn search_bodies_in(
    root: &Path,
    paths: &[String],
    query: &str,
    cache: &mut BodyCache,
) -> BodySearch {
    let mut answer = BodySearch {
        query: query.to_owned(),
        hits: Vec::new(),
        matched: 0,
        skipped: 0,
    };
    let Some(matcher) = Matcher::new(query) else {
        return answer;
    };
    cache.serve(root);
    let kept: &BodyCache = cache;
    let outcomes: Vec<Outcome> = paths
        .par_iter()
        .map_init(Vec::new, |folded, path| {
            search_file(root, path, &matcher, kept, folded)
        })
        .collect();
    for outcome in outcomes {
        match outcome {
            Outcome::Skipped => answer.skipped += 1,
            Outcome::Searched { hit, fresh } => {
                if let Some(hit) = hit {
                    answer.matched += 1;
                    if answer.hits.len() < MAX_BODY_HITS {
                        answer.hits.push(hit);
                    }
                }
                if let Some((path, body)) = fresh {
                    cache.keep(path, body);
                }
            }
        }
    }
    let listed: HashSet<&str> = paths.iter().map(String::as_str).collect();
    cache.retain(|path| listed.contains(path));
    answer
}

enum Outcome {
    Skipped,
    Searched {
        hit: Option<BodyHit>,
        /// A body read now, for the cache.
        fresh: Option<(String, CachedBody)>,
    },
}

fn search_file(
    root: &Path,
    rel_path: &str,
    matcher: &Matcher,
    cache: &BodyCache,
    folded: &mut Vec<u8>,
) -> Outcome {
    let path = root.join(rel_path);
    let Ok(stamp) = Stamp::of(&path) else {
        return Outcome::Skipped;
    };
    let (body, fresh) = match cache.get(rel_path, stamp) {
        Some(body) => (body.clone(), None),
        None => {
            let Ok(text) = read_content_text(&path, rel_path) else {
                return Outcome::Skipped;
            };
            // A front matter block that does not close is all body, as the preview shows it.
            let body_start = front_matter::split(&text).map_or(0, |split| split.body.start);
            let body = CachedBody {
                stamp,
                text: Arc::from(text),
                body_start,
            };
            (body.clone(), Some((rel_path.to_owned(), body)))
        }
    };
    let text = &body.text[..];
    let searched = &text[body.body_start..];
    folded.clear();
    if matcher.needs_folded() {
        folded.extend(searched.bytes().map(|b| b.to_ascii_lowercase()));
    }
    let hit = matcher.find(searched, folded).map(|found| {
        let found = found.start + body.body_start..found.end + body.body_start;
        BodyHit {
            path: rel_path.to_owned(),
            line: line_at(text, found.start),
            snippet: snippet(text, found),
        }
    });
    Outcome::Searched { hit, fresh }
}
