//! Writing part numbers into the order field: 1…n in a wanted order, and only on the
//! posts whose number changes.

use super::edits::Edits;
use super::fields::order_number;
use super::model::{OrderedBy, Series};
use super::settings::SeriesSettings;
use super::SeriesError;
use serde_json::Value;

/// The field a series' numbers go in: the one it is ordered by, else the configured
/// one, else `series_weight` (Hugo's own weight field for the `series` taxonomy).
pub fn order_field(settings: &SeriesSettings, series: Option<&Series>) -> String {
    match series.map(|s| &s.ordered_by) {
        Some(OrderedBy::Field(field)) => field.clone(),
        _ => settings
            .order_field
            .clone()
            .unwrap_or_else(|| format!("{}_weight", settings.taxonomy)),
    }
}

/// Gives the posts `paths` the numbers 1…n in that order, editing only the posts whose
/// `field` does not already hold their number.
pub(super) fn number_in_order(
    edits: &mut Edits,
    paths: &[String],
    field: &str,
) -> Result<(), SeriesError> {
    for (index, path) in paths.iter().enumerate() {
        let wanted = index as i64 + 1;
        if order_number(&edits.front_matter(path)?, field) != Some(wanted) {
            edits.set(path, field, Value::from(wanted))?;
        }
    }
    Ok(())
}
