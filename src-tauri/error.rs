//! Errors as they cross to the UI: `{code, message, path?, line?, column?}`; the UI branches on `code`.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct AppError {
    /// Stable, kebab-case: `no-site`, `not-a-site`, `post-not-found`, `read-failed`, `io`, …
    pub code: String,
    /// Written for the writer, ending with the likely fix.
    pub message: String,
    pub path: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
}

impl AppError {
    pub fn new(code: &str, message: impl Into<String>) -> AppError {
        AppError {
            code: code.to_string(),
            message: message.into(),
            path: None,
            line: None,
            column: None,
        }
    }

    pub fn at(
        mut self,
        path: impl Into<String>,
        line: Option<u32>,
        column: Option<u32>,
    ) -> AppError {
        self.path = Some(path.into());
        self.line = line;
        self.column = column;
        self
    }

    /// Makes `path` relative to the site root with `/` separators, as every path in the UI is.
    pub fn relative_to(mut self, root: &std::path::Path) -> AppError {
        if let Some(path) = &self.path {
            if let Ok(rel) = std::path::Path::new(path).strip_prefix(root) {
                let parts: Vec<_> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect();
                self.path = Some(parts.join("/"));
            }
        }
        self
    }

    pub fn no_site() -> AppError {
        AppError::new(
            "no-site",
            "No site is open: choose File → Open Site… and pick your Hugo site's folder",
        )
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<inkstone_core::site::SiteError> for AppError {
    fn from(e: inkstone_core::site::SiteError) -> AppError {
        AppError::new("site", e.to_string())
    }
}

impl From<inkstone_core::fsio::ReadError> for AppError {
    fn from(e: inkstone_core::fsio::ReadError) -> AppError {
        let (line, column) = (e.line(), e.column());
        let position = (line > 0).then_some(line);
        let column = (column > 0).then_some(column);
        AppError::new(e.code(), format!("{e}: {}", e.hint())).at(
            e.path().to_string_lossy(),
            position,
            column,
        )
    }
}

impl From<inkstone_core::demo::DemoError> for AppError {
    fn from(e: inkstone_core::demo::DemoError) -> AppError {
        AppError::new("demo-install", e.to_string())
    }
}

impl From<tauri::Error> for AppError {
    fn from(e: tauri::Error) -> AppError {
        AppError::new("shell", e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, AppError>;
