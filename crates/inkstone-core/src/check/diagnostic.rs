//! The one shape every problem takes, in the CLI, the JSON report and the app.

use crate::front_matter::FrontMatterError;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How bad a problem is. An error is something that makes Hugo fail or publishes
/// something broken; everything else is a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem at one place in one file.
///
/// `path` is relative to the site root with `/` separators; `line` and `column` are
/// 1-based positions in the file (not in the front matter block), columns counted in
/// characters so that CJK text lines up in the editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Diagnostic {
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub severity: Severity,
    /// A stable, kebab-case identifier such as `yaml-syntax` or `image-missing`.
    pub code: String,
    pub message: String,
    /// The likely fix, written for the writer.
    pub hint: String,
}

impl Diagnostic {
    /// A front matter that does not split or parse, at the error's own line and column.
    pub(crate) fn front_matter(rel_path: &str, error: &FrontMatterError) -> Diagnostic {
        Diagnostic {
            path: rel_path.to_string(),
            line: error.line(),
            column: error.column(),
            severity: Severity::Error,
            code: error.code().to_string(),
            message: error.to_string(),
            hint: error.hint(),
        }
    }
}

impl Diagnostic {
    /// The text form: `path:line:column: severity[code]: message`.
    pub fn to_text_line(&self) -> String {
        format!(
            "{}:{}:{}: {}[{}]: {}",
            self.path,
            self.line,
            self.column,
            self.severity.as_str(),
            self.code,
            self.message
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_line_has_the_documented_shape() {
        let d = Diagnostic {
            path: "content/posts/a.md".into(),
            line: 3,
            column: 7,
            severity: Severity::Error,
            code: "date-invalid".into(),
            message: "`date` is not a date".into(),
            hint: "use 2026-02-06".into(),
        };
        assert_eq!(
            d.to_text_line(),
            "content/posts/a.md:3:7: error[date-invalid]: `date` is not a date"
        );
    }
}
