//! Reordering a series: the writer's order becomes part numbers 1…n in the order field,
//! written only on the posts whose number changes.

use super::edits::Edits;
use super::model::{build_series, Series};
use super::numbering::{number_in_order, order_field};
use super::settings::SeriesSettings;
use super::sync::FileChange;
use super::SeriesError;
use crate::site::Site;

/// The changes that put series `name` in `order` (every one of its posts' paths, once).
/// The series is the language version that holds `order`'s posts.
pub fn reorder(
    site: &Site,
    settings: &SeriesSettings,
    name: &str,
    order: &[String],
) -> Result<Vec<FileChange>, SeriesError> {
    let all = build_series(site, settings);
    let series = series_holding(&all, name, order.first().map(String::as_str))?;
    let mut known: Vec<&str> = series.posts.iter().map(|p| p.path.as_str()).collect();
    let mut wanted: Vec<&str> = order.iter().map(String::as_str).collect();
    known.sort_unstable();
    wanted.sort_unstable();
    if known != wanted {
        return Err(SeriesError::OrderMismatch {
            name: name.to_string(),
        });
    }
    let mut edits = Edits::new(site);
    number_in_order(&mut edits, order, &order_field(settings, Some(series)))?;
    Ok(edits.into_changes())
}

/// The series `name` that `path` is a part of.
pub(super) fn series_holding<'s>(
    all: &'s [Series],
    name: &str,
    path: Option<&str>,
) -> Result<&'s Series, SeriesError> {
    let named: Vec<&Series> = all.iter().filter(|s| s.name == name).collect();
    if named.is_empty() {
        return Err(SeriesError::UnknownSeries {
            name: name.to_string(),
        });
    }
    let path = path.unwrap_or_default();
    named
        .into_iter()
        .find(|s| s.part_of(path).is_some())
        .ok_or_else(|| SeriesError::NotInSeries {
            path: path.to_string(),
            name: name.to_string(),
        })
}
