//! Renaming a series in every post that names it, scalar or list, other terms kept.

use super::edits::Edits;
use super::membership::valid_name;
use super::model::build_series;
use super::settings::SeriesSettings;
use super::sync::FileChange;
use super::terms_edit::renamed_term;
use super::SeriesError;
use crate::site::Site;

/// The changes that rename series `old` to `new` in every language.
pub fn rename(
    site: &Site,
    settings: &SeriesSettings,
    old: &str,
    new: &str,
) -> Result<Vec<FileChange>, SeriesError> {
    let new = valid_name(new)?;
    let all = build_series(site, settings);
    if !all.iter().any(|s| s.name == old) {
        return Err(SeriesError::UnknownSeries {
            name: old.to_string(),
        });
    }
    if new != old && all.iter().any(|s| s.name == new) {
        return Err(SeriesError::NameInUse {
            name: new.to_string(),
        });
    }
    let mut edits = Edits::new(site);
    for post in site.posts() {
        let current = post.front_matter.field(&settings.taxonomy);
        if let Some(value) = renamed_term(current, old, new) {
            if Some(&value) != current {
                edits.set(&post.summary.path, &settings.taxonomy, value)?;
            }
        }
    }
    Ok(edits.into_changes())
}
