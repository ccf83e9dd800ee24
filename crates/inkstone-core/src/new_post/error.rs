//! Why a new post could not be planned or written, each with the likely fix.

use std::path::PathBuf;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum NewPostError {
    #[error("the title is empty: type a title for the new post")]
    EmptyTitle,

    #[error("`{given}` gives no usable slug: choose a slug of letters, digits and hyphens, such as `my-first-post`")]
    EmptySlug { given: String },

    #[error("section `{section}` is not a usable folder name: use a name such as `posts` or `notes/travel`, without `..` or `\\`")]
    InvalidSection { section: String },

    #[error("language `{lang}` is not one of the site's languages ({known}): pick one of them or add it to the site config")]
    UnknownLanguage { lang: String, known: String },

    #[error("the site's timeZone `{zone}` is not a known time zone: use a name such as `Asia/Taipei` or `Europe/Berlin` in the Hugo config")]
    UnknownTimeZone { zone: String },

    #[error("{}: `new_post` is not usable: {problem}; see docs/new-post.md", path.display())]
    Settings { path: PathBuf, problem: String },

    /// `inkstone.yaml` itself is broken (its message names the file and position).
    #[error(transparent)]
    Schema(#[from] crate::schema::SchemaError),

    #[error("{}: the archetype {message}", path.display())]
    ArchetypeUnreadable { path: PathBuf, message: String },

    #[error("{}:{line}:{column}: `{action}` is not something Inkstone can fill in: {fix}", path.display())]
    ArchetypeAction {
        path: PathBuf,
        line: u32,
        column: u32,
        action: String,
        fix: String,
    },

    #[error("{}:{line}:{column}: {message}; fix the archetype's front matter", path.display())]
    ArchetypeFrontMatter {
        path: PathBuf,
        line: u32,
        column: u32,
        message: String,
    },

    #[error("{}: already exists: choose another slug or title, Inkstone never overwrites a post", path.display())]
    AlreadyExists { path: PathBuf },

    #[error("{}: cannot write the new post: {source}; check that the folder is writable", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl NewPostError {
    /// A stable kebab-case identifier the UI and the CLI branch on.
    pub fn code(&self) -> &'static str {
        match self {
            NewPostError::EmptyTitle => "new-post-empty-title",
            NewPostError::EmptySlug { .. } => "new-post-empty-slug",
            NewPostError::InvalidSection { .. } => "new-post-invalid-section",
            NewPostError::UnknownLanguage { .. } => "new-post-unknown-language",
            NewPostError::UnknownTimeZone { .. } => "new-post-unknown-time-zone",
            NewPostError::Settings { .. } => "new-post-settings",
            NewPostError::Schema(inner) => inner.code(),
            NewPostError::ArchetypeUnreadable { .. } => "archetype-unreadable",
            NewPostError::ArchetypeAction { .. } => "archetype-unsupported",
            NewPostError::ArchetypeFrontMatter { .. } => "archetype-front-matter",
            NewPostError::AlreadyExists { .. } => "new-post-exists",
            NewPostError::Write { .. } => "new-post-unwritable",
        }
    }

    /// The file the problem is in, when it concerns one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            NewPostError::Settings { path, .. }
            | NewPostError::ArchetypeUnreadable { path, .. }
            | NewPostError::ArchetypeAction { path, .. }
            | NewPostError::ArchetypeFrontMatter { path, .. }
            | NewPostError::AlreadyExists { path }
            | NewPostError::Write { path, .. } => Some(path),
            _ => None,
        }
    }
}
