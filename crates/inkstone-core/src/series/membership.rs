//! Adding a post to a series (which creates the series when it is new) and removing one.

use super::block::find;
use super::edits::Edits;
use super::fields::order_number;
use super::model::{build_series, OrderedBy, Series};
use super::numbering::{number_in_order, order_field};
use super::reorder::series_holding;
use super::settings::SeriesSettings;
use super::sync::FileChange;
use super::terms_edit::{with_term, without_term};
use super::SeriesError;
use crate::front_matter;
use crate::site::Site;
use serde_json::Value;

/// The changes that make `path` the last part of series `name` (in the post's
/// language), creating the series when no post carries that name yet.
///
/// The term takes the shape the series' other posts use (a scalar when all of them use
/// one, else a list; a list for a new series). In a series ordered by a field whose
/// parts all have a number, the new post gets the highest plus one and no other file
/// changes; a series ordered by date keeps its dates when the post's date already puts
/// it last; otherwise every part gets a number 1…n with the new post last (only the
/// posts whose number changes are edited). A new series gets a number (1) only when
/// `inkstone.yaml` names an order field and the post has no number yet (the field is
/// shared by every series of the post).
pub fn add_post(
    site: &Site,
    settings: &SeriesSettings,
    name: &str,
    path: &str,
) -> Result<Vec<FileChange>, SeriesError> {
    let name = valid_name(name)?;
    let post = site.post(path).ok_or_else(|| SeriesError::NotAPost {
        path: path.to_string(),
    })?;
    let all = build_series(site, settings);
    let series = all
        .iter()
        .find(|s| s.name == name && s.lang == post.summary.lang);
    if series.is_some_and(|s| s.part_of(path).is_some()) {
        return Err(SeriesError::AlreadyInSeries {
            path: path.to_string(),
            name: name.to_string(),
        });
    }
    let list_form = series.is_none_or(|s| {
        s.posts.iter().any(|p| {
            site.post(&p.path).is_some_and(|other| {
                matches!(
                    other.front_matter.field(&settings.taxonomy),
                    Some(Value::Array(_))
                )
            })
        })
    });
    let mut edits = Edits::new(site);
    let current = post.front_matter.field(&settings.taxonomy);
    if let Some(value) = with_term(current, name, list_form) {
        edits.set(path, &settings.taxonomy, value)?;
    }
    let field = order_field(settings, series);
    match numbering(site, settings, series, path) {
        Numbering::None => {}
        Numbering::After(last) => edits.set(path, &field, Value::from(last + 1))?,
        Numbering::All => {
            let mut paths: Vec<String> = series
                .map(|s| s.posts.iter().map(|p| p.path.clone()).collect())
                .unwrap_or_default();
            paths.push(path.to_string());
            number_in_order(&mut edits, &paths, &field)?;
        }
    }
    Ok(edits.into_changes())
}

/// How a post added last gets its place.
enum Numbering {
    /// Its date already puts it last (or a new series without an order field).
    None,
    /// Every part has a number: the new one follows the highest.
    After(i64),
    /// Number every part 1…n, the new one last.
    All,
}

fn numbering(
    site: &Site,
    settings: &SeriesSettings,
    series: Option<&Series>,
    path: &str,
) -> Numbering {
    let Some(series) = series else {
        // A post numbered for another series keeps its number: the field is shared.
        let numbered = settings.order_field.as_deref().is_some_and(|field| {
            site.post(path)
                .is_some_and(|p| order_number(&p.front_matter, field).is_some())
        });
        return match settings.order_field {
            Some(_) if !numbered => Numbering::After(0),
            _ => Numbering::None,
        };
    };
    if matches!(series.ordered_by, OrderedBy::Field(_)) {
        let numbers: Option<Vec<i64>> = series.posts.iter().map(|p| p.order).collect();
        return match numbers.and_then(|n| n.into_iter().max()) {
            Some(highest) => Numbering::After(highest),
            None => Numbering::All,
        };
    }
    // Date order puts undated posts last, then breaks ties by path.
    let key = |p: &str| {
        let timestamp = site.post(p).and_then(|post| post.timestamp());
        (timestamp.is_none(), timestamp, p.to_string())
    };
    let new = key(path);
    if series.posts.iter().all(|p| key(&p.path) < new) {
        Numbering::None
    } else {
        Numbering::All
    }
}

/// The changes that take `path` out of series `name`. The term goes (the field too
/// when it was the only one); in a series ordered by a field the later parts move up a
/// number. A post left in no series loses its order field and its marked cross-link
/// block (a hand-written one is the writer's prose and stays); a post still in another
/// series keeps both, for that series' sync to rewrite. The other parts' blocks still
/// link the removed post until the series is synced (the check says so).
pub fn remove_post(
    site: &Site,
    settings: &SeriesSettings,
    name: &str,
    path: &str,
) -> Result<Vec<FileChange>, SeriesError> {
    let all = build_series(site, settings);
    let series = series_holding(&all, name, Some(path))?;
    let post = site.post(path).ok_or_else(|| SeriesError::NotAPost {
        path: path.to_string(),
    })?;
    let mut edits = Edits::new(site);
    match without_term(post.front_matter.field(&settings.taxonomy), name) {
        Some(Some(value)) => edits.set(path, &settings.taxonomy, value)?,
        Some(None) => edits.unset(path, &settings.taxonomy)?,
        None => {}
    }
    let still_in_a_series = all
        .iter()
        .any(|s| s.name != name && s.part_of(path).is_some());
    if let OrderedBy::Field(order) = &series.ordered_by {
        if !still_in_a_series {
            edits.unset(path, order)?;
        }
        let rest: Vec<String> = series
            .posts
            .iter()
            .filter(|p| p.path != path)
            .map(|p| p.path.clone())
            .collect();
        number_in_order(&mut edits, &rest, order)?;
    }
    if !still_in_a_series {
        let text = edits.text(path)?;
        *text = without_marked_block(settings, text);
    }
    Ok(edits.into_changes())
}

/// `text` without its marked block and the blank line that separated it from the
/// writer's text; unchanged without a marked block.
fn without_marked_block(settings: &SeriesSettings, text: &str) -> String {
    let Ok(split) = front_matter::split(text) else {
        return text.to_string();
    };
    let body = &text[split.body.clone()];
    let Some(found) = find(settings, body).filter(|f| f.marked) else {
        return text.to_string();
    };
    let (mut start, mut end) = (found.range.start, found.range.end);
    let after = &body[end..];
    let blank_after = after
        .split_inclusive('\n')
        .next()
        .filter(|line| line.trim().is_empty() && line.ends_with('\n'));
    if let Some(line) = blank_after {
        end += line.len();
    } else if after.trim().is_empty() {
        // A block at the end of the body: take the blank line before it instead.
        let before = &body[..start];
        let text_end = before.trim_end_matches(['\n', '\r']).len();
        let breaks = &before[text_end..];
        start = text_end + breaks.find('\n').map_or(breaks.len(), |i| i + 1);
    }
    let body_start = split.body.start;
    format!(
        "{}{}",
        &text[..body_start + start],
        &text[body_start + end..]
    )
}

/// A series name as the writer typed it, trimmed; refused when empty or multi-line.
pub(super) fn valid_name(name: &str) -> Result<&str, SeriesError> {
    let trimmed = name.trim();
    if trimmed.is_empty() || trimmed.contains(['\n', '\r']) || trimmed.chars().any(char::is_control)
    {
        return Err(SeriesError::InvalidName {
            name: name.to_string(),
        });
    }
    Ok(trimmed)
}
