//! Site checks: every diagnostic `inkstone check` prints and the app shows inline.
//!
//! `check_site` builds the site-wide `Checker` once and checks every file in parallel;
//! `check_file` checks one unsaved buffer against a cached `Checker`.

pub mod checker;
pub mod date;
pub mod diagnostic;
pub mod field;
pub mod file;
pub mod links;
pub mod refs;
pub mod targets;

pub use checker::Checker;
pub use diagnostic::{Diagnostic, Severity};

use crate::front_matter;
use crate::site::{PostKind, Site};
use file::{check_post, FileUnderCheck};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};
use ts_rs::TS;

/// What `inkstone check --format json` prints and the app's diagnostics panel shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CheckReport {
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Summary {
    /// Content files checked.
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// Checks every content file of the site, in the order path, line, column, code.
pub fn check_site(site: &Site) -> CheckReport {
    let checker = Checker::new(site);
    let series = crate::series::SeriesChecks::new(site);
    let problem_paths: HashSet<&str> = site.problems().iter().map(|d| d.path.as_str()).collect();
    let mut diagnostics: Vec<Diagnostic> = site
        .posts()
        .par_iter()
        .filter(|post| !problem_paths.contains(post.summary.path.as_str()))
        .flat_map_iter(|post| {
            // The index read only the head of each file: the checks read all of it.
            let file = match site.read_post(post) {
                Ok(file) => file,
                Err(problem) => return vec![problem],
            };
            let path = post.summary.path.as_str();
            let under_check = FileUnderCheck {
                path,
                text: &file.text,
                split: &file.split,
                front_matter: &file.front_matter,
                kind: post.summary.kind,
                url: Some(&post.summary.url),
            };
            let mut found = check_post(&checker, site, &under_check);
            if let Ok(series) = &series {
                found.extend(series.check_parsed(
                    path,
                    &file.text,
                    &file.split,
                    &file.front_matter,
                ));
            }
            found
        })
        .collect();
    diagnostics.extend(site.problems().iter().cloned());
    diagnostics.extend(checker.config_problems.iter().cloned());
    diagnostics.extend(series.err());
    let indexed: HashSet<&str> = site
        .posts()
        .iter()
        .map(|p| p.summary.path.as_str())
        .collect();
    let files = indexed.len()
        + problem_paths
            .iter()
            .filter(|p| !indexed.contains(**p))
            .count();
    report(diagnostics, files)
}

/// Checks one file's text (an unsaved buffer) as part of the site. The site-wide
/// half is cached between calls and rebuilt only when the site changes.
pub fn check_file(site: &Site, rel_path: &str, text: &str) -> Vec<Diagnostic> {
    let checker = cached_checker(site);
    let (split, front_matter) = match front_matter::read(text) {
        Ok(parsed) => parsed,
        Err(error) => return vec![Diagnostic::front_matter(rel_path, &error)],
    };
    let indexed = site.post(rel_path);
    let file = FileUnderCheck {
        path: rel_path,
        text,
        split: &split,
        front_matter: &front_matter,
        kind: indexed.map_or(PostKind::Page, |p| p.summary.kind),
        url: indexed.map(|p| p.summary.url.as_str()),
    };
    let mut diagnostics = check_post(&checker, site, &file);
    diagnostics.extend(crate::series::check_file(site, rel_path, text));
    sort(&mut diagnostics);
    diagnostics
}

fn report(mut diagnostics: Vec<Diagnostic>, files: usize) -> CheckReport {
    sort(&mut diagnostics);
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let summary = Summary {
        files,
        errors,
        warnings: diagnostics.len() - errors,
    };
    CheckReport {
        diagnostics,
        summary,
    }
}

fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.path, a.line, a.column, &a.code, &a.message)
            .cmp(&(&b.path, b.line, b.column, &b.code, &b.message))
    });
}

/// The last `Checker` built, with the fingerprint of the site it was built from.
type CheckerCache = Mutex<Option<(u64, Arc<Checker>)>>;

fn checker_cache() -> &'static CheckerCache {
    static CACHE: OnceLock<CheckerCache> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(None))
}

/// Makes the next `check_file` rebuild the site-wide half of checking; the app calls
/// it after a file is saved or changes on disk.
pub fn forget_cached_checker() {
    if let Ok(mut guard) = checker_cache().lock() {
        *guard = None;
    }
}

fn cached_checker(site: &Site) -> Arc<Checker> {
    let fingerprint = site_fingerprint(site);
    let cache = checker_cache();
    if let Ok(guard) = cache.lock() {
        if let Some((seen, checker)) = guard.as_ref() {
            if *seen == fingerprint {
                return Arc::clone(checker);
            }
        }
    }
    let checker = Arc::new(Checker::new(site));
    if let Ok(mut guard) = cache.lock() {
        *guard = Some((fingerprint, Arc::clone(&checker)));
    }
    checker
}

/// Changes when a post is added or removed, or a post's URL, path or set of keys
/// changes length, or `inkstone.yaml` changes. Only lengths are read (they sit in the
/// post itself, no pointer to chase), so this stays far under a millisecond on 10,000
/// posts; after a save that may keep lengths equal, call `forget_cached_checker`.
fn site_fingerprint(site: &Site) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    site.root().hash(&mut hasher);
    site.posts().len().hash(&mut hasher);
    for post in site.posts() {
        let lengths = (post.summary.url.len() << 40)
            ^ (post.summary.path.len() << 20)
            ^ post.front_matter.fields.len();
        hasher.write_usize(lengths);
    }
    let config = site.root().join(crate::schema::CONFIG_FILE_NAME);
    if let Ok(modified) = std::fs::metadata(config).and_then(|m| m.modified()) {
        modified.hash(&mut hasher);
    }
    hasher.finish()
}
