//! The site index: every post, its problems and its taxonomy terms, built in parallel.

use super::dates::site_zone;
use super::discover::{content_roots, describe, discover, ContentFile, ContentRoot};
use super::index_post::index_head;
use super::post::{field_terms, Post};
use super::read_head::with_head;
use super::{SiteConfig, SiteError};
use crate::check::Diagnostic;
use jiff::tz::TimeZone;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// An opened Hugo site: its config and the index of every content file.
#[derive(Debug, Clone)]
pub struct Site {
    root: PathBuf,
    config: SiteConfig,
    roots: Vec<ContentRoot>,
    zone: TimeZone,
    posts: Vec<Post>,
    by_path: HashMap<String, usize>,
    problems: Vec<Diagnostic>,
}

impl Site {
    /// Reads the config and indexes every content file. Files that cannot be read or
    /// parsed do not stop it: they become `problems()`.
    pub fn open(root: &Path) -> Result<Site, SiteError> {
        let config = SiteConfig::load(root)?;
        let roots = content_roots(&config);
        let main_dir = root.join(&config.content_dir);
        if config.content_mounts.is_empty() && main_dir.exists() && !main_dir.is_dir() {
            return Err(SiteError::ContentDirRead {
                path: main_dir,
                source: std::io::Error::other("it is a file, not a folder"),
            });
        }
        let zone = site_zone(config.time_zone.as_deref());
        let files = discover(root, &roots, &config);
        let results: Vec<(Option<Post>, Option<Diagnostic>)> = files
            .par_iter()
            .map_init(
                || Vec::with_capacity(READ_BUFFER_BYTES),
                |buf, file| index_file(root, file, &config, &zone, buf),
            )
            .collect();
        let mut posts = Vec::with_capacity(results.len());
        let mut problems = Vec::new();
        for (post, problem) in results {
            posts.extend(post);
            problems.extend(problem);
        }
        let mut site = Site {
            root: root.to_path_buf(),
            config,
            roots,
            zone,
            posts,
            by_path: HashMap::new(),
            problems,
        };
        site.sort();
        Ok(site)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn config(&self) -> &SiteConfig {
        &self.config
    }

    /// Every content file, newest first (undated last), then by path.
    pub fn posts(&self) -> &[Post] {
        &self.posts
    }

    /// The post at `rel_path` (relative to the site root, `/`-separated).
    pub fn post(&self, rel_path: &str) -> Option<&Post> {
        self.by_path.get(rel_path).map(|&i| &self.posts[i])
    }

    /// Files that could not be read or whose front matter does not parse.
    pub fn problems(&self) -> &[Diagnostic] {
        &self.problems
    }

    /// Every term of `taxonomy` (plural `tags` or singular `tag`) with the number of
    /// posts using it, most used first, then by name.
    pub fn terms(&self, taxonomy: &str) -> Vec<(String, usize)> {
        let taxonomy = taxonomy.to_lowercase();
        let plural = self
            .config
            .taxonomies
            .get(&taxonomy)
            .cloned()
            .unwrap_or(taxonomy);
        let mut counts: HashMap<String, usize> = HashMap::new();
        for post in &self.posts {
            for term in field_terms(&post.front_matter, &plural) {
                *counts.entry(term).or_default() += 1;
            }
        }
        let mut terms: Vec<(String, usize)> = counts.into_iter().collect();
        terms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        terms
    }

    /// Re-reads one file only (after a save or an outside change); a deleted file
    /// leaves the index. Terms follow, as they are counted from the posts.
    pub fn refresh_file(&mut self, rel_path: &str) -> Result<(), SiteError> {
        let rel_path = rel_path.trim_start_matches("./").replace('\\', "/");
        let not_content = || SiteError::NotContent {
            path: rel_path.clone(),
        };
        let file =
            describe(&self.root, &rel_path, &self.roots, &self.config).ok_or_else(not_content)?;
        self.posts.retain(|p| p.summary.path != rel_path);
        self.problems.retain(|p| p.path != rel_path);
        if self.root.join(&rel_path).is_file() {
            let mut buf = Vec::new();
            let (post, problem) = index_file(&self.root, &file, &self.config, &self.zone, &mut buf);
            self.posts.extend(post);
            self.problems.extend(problem);
        }
        self.sort();
        Ok(())
    }

    fn sort(&mut self) {
        // Newest first; undated posts after every dated one; ties by path.
        self.posts.sort_by(|a, b| {
            let key = |p: &Post| p.timestamp.map(std::cmp::Reverse);
            match (key(a), key(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then_with(|| a.summary.path.cmp(&b.summary.path))
        });
        self.problems
            .sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
        self.by_path = self
            .posts
            .iter()
            .enumerate()
            .map(|(i, p)| (p.summary.path.clone(), i))
            .collect();
    }
}

/// Each indexing thread's read buffer starts this large (a page of a post's head).
const READ_BUFFER_BYTES: usize = 8 * 1024;

fn index_file(
    root: &Path,
    file: &ContentFile,
    config: &SiteConfig,
    zone: &TimeZone,
    buf: &mut Vec<u8>,
) -> (Option<Post>, Option<Diagnostic>) {
    let indexed = with_head(&root.join(&file.rel_path), &file.rel_path, buf, |head| {
        index_head(file, head, config, zone)
    });
    match indexed {
        Ok((post, problem)) => (Some(post), problem),
        Err(problem) => (None, Some(problem)),
    }
}
