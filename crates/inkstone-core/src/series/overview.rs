//! Every series with the check warnings of its parts: what `inkstone series list` prints
//! and the app's series panel shows.

use super::checks::check_site;
use super::model::{build_series, Series};
use super::settings::SeriesSettings;
use crate::check::Diagnostic;
use crate::site::Site;
use serde::Serialize;
use ts_rs::TS;

/// One series and its problems.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SeriesOverview {
    #[serde(flatten)]
    #[ts(flatten)]
    pub series: Series,
    /// The series warnings of its parts (stale block, duplicate part, linked draft).
    pub problems: Vec<Diagnostic>,
}

/// Every series of the site, sorted by name then language, each with its problems.
pub fn overview(site: &Site, settings: &SeriesSettings) -> Vec<SeriesOverview> {
    let diagnostics = check_site(site);
    build_series(site, settings)
        .into_iter()
        .map(|series| {
            // A warning belongs to the series its hint names, on one of its parts.
            let sync_hint = format!("sync {}`", series.name);
            let problems = diagnostics
                .iter()
                .filter(|d| d.hint.ends_with(&sync_hint) && series.part_of(&d.path).is_some())
                .cloned()
                .collect();
            SeriesOverview { series, problems }
        })
        .collect()
}
