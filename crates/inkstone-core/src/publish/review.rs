//! What the Publish dialog shows before anything happens: where the repository stands,
//! the changed files, and the check results that matter for publishing them.

use super::error::PublishError;
use super::outcome::StatusReport;
use super::status::publish_status;
use crate::check::{check_site, Diagnostic, Severity};
use crate::site::Site;
use serde::Serialize;
use ts_rs::TS;

/// The dialog's first screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PublishPlan {
    pub report: StatusReport,
    /// Every error of the site (each blocks publishing unless its file is left unticked)
    /// and the warnings of the changed files (shown, never blocking).
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads the repository and checks the site as it is on disk.
pub fn review(site: &Site) -> Result<PublishPlan, PublishError> {
    let report = publish_status(site.root())?;
    let StatusReport::Ready { status } = &report else {
        return Ok(PublishPlan {
            report,
            diagnostics: Vec::new(),
        });
    };
    let changed = |path: &str| status.changes.iter().any(|c| c.path == path);
    let diagnostics = check_site(site)
        .diagnostics
        .into_iter()
        .filter(|d| d.severity == Severity::Error || changed(&d.path))
        .collect();
    Ok(PublishPlan {
        report,
        diagnostics,
    })
}
