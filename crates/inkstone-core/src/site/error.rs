//! What can stop a site from opening, in words a writer can act on.

use std::path::PathBuf;

/// Errors of the `site` module. Every variant that concerns a file names it.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error("{}: no Hugo site config here: add hugo.toml (or hugo.yaml, config.toml, config/_default/) at the site root", .root.display())]
    NoConfig { root: PathBuf },

    #[error("{}: cannot read the site config ({source}): check the file exists and you may read it", .path.display())]
    ConfigRead {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{}:{line}:{column}: the site config is not valid {format}: {message}: fix the syntax at that line", .path.display())]
    ConfigSyntax {
        path: PathBuf,
        line: u32,
        column: u32,
        format: &'static str,
        message: String,
    },

    #[error("{}: `{key}` {problem}: {hint}", .path.display())]
    ConfigValue {
        path: PathBuf,
        key: String,
        problem: String,
        hint: String,
    },

    #[error("{}: cannot read the content folder ({source}): check `contentDir` in the site config", .path.display())]
    ContentDirRead {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{path}: not a content file of this site: pass a path like content/posts/hello.md, relative to the site root")]
    NotContent { path: String },
}

impl SiteError {
    /// A stable identifier the UI and the CLI branch on.
    pub fn code(&self) -> &'static str {
        match self {
            SiteError::NoConfig { .. } => "site-no-config",
            SiteError::ConfigRead { .. } => "config-read",
            SiteError::ConfigSyntax { .. } => "config-syntax",
            SiteError::ConfigValue { .. } => "config-value",
            SiteError::ContentDirRead { .. } => "content-dir-read",
            SiteError::NotContent { .. } => "not-content",
        }
    }
}
