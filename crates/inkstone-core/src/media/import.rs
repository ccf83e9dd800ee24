//! Copying a picked image into the site: `static/images/posts/<slug>.<ext>`, or next to
//! a leaf bundle's `index.md`, atomically and never over a different existing file.

use crate::new_post::slugify;
use serde::Serialize;
use std::io;
use std::path::{Path, PathBuf};
use thiserror::Error;
use ts_rs::TS;

/// Extensions the picker offers and the import accepts, as Hugo sites use them.
pub const IMAGE_EXTENSIONS: &[&str] = &["webp", "png", "jpg", "jpeg", "gif", "avif", "svg"];

/// Where the site keeps post images outside bundles, relative to `static/`.
const POSTS_IMAGE_DIR: &str = "images/posts";

/// More numbered names than this means something else is wrong.
const MAX_NUMBERED: u32 = 1000;

/// An image now in the site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportedImage {
    /// What the front matter field gets: `/images/posts/hello.webp`, or `cover.webp` in a bundle.
    pub value: String,
    /// The file, relative to the site root with `/`: `static/images/posts/hello.webp`.
    pub path: String,
    /// The same bytes were already there, so nothing was written.
    pub reused: bool,
}

#[derive(Debug, Error)]
pub enum ImportError {
    #[error("{}: not an image Inkstone can use: pick a .webp, .png, .jpg, .gif, .avif or .svg file", path.display())]
    NotAnImage { path: PathBuf },

    #[error("{}: cannot read the image: {source}; check that the file still exists and is readable", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },

    #[error("{}: cannot copy the image there: {source}; check that the site folder is writable", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: io::Error,
    },

    #[error(
        "{post}: is not a post inside the site: open the post again and pick the image once more"
    )]
    OutsideSite { post: String },

    #[error("{}: every name up to `-{MAX_NUMBERED}` is taken by a different file: clean up the folder or rename the image", folder.display())]
    NoFreeName { folder: PathBuf },
}

impl ImportError {
    /// A stable kebab-case identifier the UI branches on.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::NotAnImage { .. } => "image-not-an-image",
            ImportError::Read { .. } => "image-unreadable",
            ImportError::Write { .. } => "image-unwritable",
            ImportError::OutsideSite { .. } => "image-outside-site",
            ImportError::NoFreeName { .. } => "image-no-free-name",
        }
    }
}

/// The slug a post's image is named after: its front matter `slug` when it has one,
/// else its file name without a leading date (`20260206-`, `2026-02-06-`) and language
/// (`hello.en.md`). A bundle is named by its folder.
pub fn image_slug(post_path: &str, front_matter_slug: Option<&str>) -> String {
    if let Some(slug) = front_matter_slug.map(slugify).filter(|s| !s.is_empty()) {
        return slug;
    }
    let parts: Vec<&str> = post_path.split('/').filter(|p| !p.is_empty()).collect();
    let file = parts.last().copied().unwrap_or("");
    let stem = file.split('.').next().unwrap_or("");
    let base = if stem == "index" && parts.len() >= 2 {
        parts[parts.len() - 2]
    } else {
        stem
    };
    slugify(strip_date(base))
}

fn strip_date(name: &str) -> &str {
    let bytes = name.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit))
    };
    if digits(0..8) && bytes.get(8) == Some(&b'-') && name.len() > 9 {
        return &name[9..];
    }
    let dashed = digits(0..4) && digits(5..7) && digits(8..10);
    let seps = bytes.get(4) == Some(&b'-') && bytes.get(7) == Some(&b'-');
    if dashed && seps && bytes.get(10) == Some(&b'-') && name.len() > 11 {
        return &name[11..];
    }
    name
}

/// Copies `source` into the site at `site_root` for the post at `post_path`
/// (site-relative): a leaf bundle (`…/index.md`) gets it in its folder under the
/// image's own name, any other post gets `static/images/posts/<slug>.<ext>`. A
/// different file already at that name is kept and the copy gets `-2`, `-3`, …; the
/// same bytes already there are reused.
pub fn import_image(
    site_root: &Path,
    post_path: &str,
    source: &Path,
    slug: &str,
) -> Result<ImportedImage, ImportError> {
    let ext = source
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .filter(|e| IMAGE_EXTENSIONS.contains(&e.as_str()))
        .ok_or_else(|| ImportError::NotAnImage {
            path: source.to_path_buf(),
        })?;
    let post_parts: Vec<&str> = post_path.split('/').filter(|p| !p.is_empty()).collect();
    if post_parts.is_empty() || post_parts.iter().any(|p| *p == ".." || *p == ".") {
        return Err(ImportError::OutsideSite {
            post: post_path.to_string(),
        });
    }
    let source_stem = source
        .file_stem()
        .map(|s| slugify(&s.to_string_lossy()))
        .unwrap_or_default();
    let file_name = post_parts.last().copied().unwrap_or("");
    let in_bundle = file_name == "index.md" || is_translated_index(file_name);
    let (folder, base, url_prefix) = if in_bundle {
        let folder = post_parts[..post_parts.len() - 1].join("/");
        (folder, non_empty(source_stem, "image"), String::new())
    } else {
        let slug = slugify(slug);
        let base = if slug.is_empty() {
            non_empty(source_stem, "image")
        } else {
            slug
        };
        (
            format!("static/{POSTS_IMAGE_DIR}"),
            base,
            format!("/{POSTS_IMAGE_DIR}/"),
        )
    };
    let bytes = std::fs::read(source).map_err(|e| ImportError::Read {
        path: source.to_path_buf(),
        source: e,
    })?;
    let full_folder = site_root.join(&folder);
    std::fs::create_dir_all(&full_folder).map_err(|e| ImportError::Write {
        path: full_folder.clone(),
        source: e,
    })?;
    for n in 1..=MAX_NUMBERED {
        let name = if n == 1 {
            format!("{base}.{ext}")
        } else {
            format!("{base}-{n}.{ext}")
        };
        let target = full_folder.join(&name);
        let imported = |reused| ImportedImage {
            value: format!("{url_prefix}{name}"),
            path: format!("{folder}/{name}"),
            reused,
        };
        if target.exists() {
            if std::fs::read(&target).is_ok_and(|existing| existing == bytes) {
                return Ok(imported(true));
            }
            continue;
        }
        if claim_and_write(&target, &bytes)? {
            return Ok(imported(false));
        }
    }
    Err(ImportError::NoFreeName {
        folder: full_folder,
    })
}

/// `index.en.md`: a translation of a leaf bundle's page.
fn is_translated_index(name: &str) -> bool {
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() == 3 && parts[0] == "index" && parts[2] == "md"
}

fn non_empty(value: String, fallback: &str) -> String {
    if value.is_empty() {
        fallback.to_string()
    } else {
        value
    }
}

/// Writes `bytes` to `target` unless something appeared there since it was checked;
/// `false` when the name was taken meanwhile.
fn claim_and_write(target: &Path, bytes: &[u8]) -> Result<bool, ImportError> {
    let write_error = |source: io::Error| ImportError::Write {
        path: target.to_path_buf(),
        source,
    };
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(target)
    {
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Ok(false),
        Err(e) => return Err(write_error(e)),
    }
    // The empty claimed file is replaced whole, so a reader never sees half an image.
    if let Err(e) = crate::fsio::write_atomic(target, bytes) {
        let _ = std::fs::remove_file(target);
        return Err(write_error(e));
    }
    Ok(true)
}

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;
