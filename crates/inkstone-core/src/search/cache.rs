//! Post bodies kept between searches, each valid while its file's mtime and size stay.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// What identifies one version of a file cheaply: one `stat`, no read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
}

impl Stamp {
    pub(crate) fn of(path: &Path) -> std::io::Result<Stamp> {
        let meta = std::fs::metadata(path)?;
        Ok(Stamp {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

/// A file's text and where its body starts.
#[derive(Debug, Clone)]
pub(crate) struct CachedBody {
    pub(crate) stamp: Stamp,
    pub(crate) text: Arc<str>,
    pub(crate) body_start: usize,
}

/// Bodies read by earlier searches, by path relative to the site root. Typing a query
/// runs a search per pause; with the cache only the first one reads every file, the
/// next ones `stat` them. It is bounded by `max_bytes` of text: past it, new bodies are
/// not kept (the search still reads them), so memory stays capped on huge sites.
#[derive(Debug, Default)]
pub struct BodyCache {
    /// The site the bodies belong to; another site's paths would collide.
    root: PathBuf,
    files: HashMap<String, CachedBody>,
    bytes: usize,
    max_bytes: usize,
}

impl BodyCache {
    /// A cache that keeps at most `max_bytes` of post text.
    pub fn with_limit(max_bytes: usize) -> BodyCache {
        BodyCache {
            max_bytes,
            ..BodyCache::default()
        }
    }

    /// Bytes of text kept.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// Files kept.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Forgets everything.
    pub fn clear(&mut self) {
        self.files.clear();
        self.bytes = 0;
    }

    /// Makes the cache the one of the site at `root`, forgetting another site's bodies.
    pub(crate) fn serve(&mut self, root: &Path) {
        if self.root != root {
            self.clear();
            self.root = root.to_path_buf();
        }
    }

    pub(crate) fn get(&self, rel_path: &str, stamp: Stamp) -> Option<&CachedBody> {
        self.files.get(rel_path).filter(|body| body.stamp == stamp)
    }

    /// Keeps `body`, replacing an older version of the same file, while under the limit.
    pub(crate) fn keep(&mut self, rel_path: String, body: CachedBody) {
        if let Some(old) = self.files.remove(&rel_path) {
            self.bytes -= old.text.len();
        }
        if self.bytes + body.text.len() > self.max_bytes {
            return;
        }
        self.bytes += body.text.len();
        self.files.insert(rel_path, body);
    }

    /// Drops files the site no longer has.
    pub(crate) fn retain(&mut self, keep: impl Fn(&str) -> bool) {
        let mut freed = 0;
        self.files.retain(|path, body| {
            let kept = keep(path);
            if !kept {
                freed += body.text.len();
            }
            kept
        });
        self.bytes -= freed;
    }
}
