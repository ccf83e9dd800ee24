//! Regenerating a series' cross-link blocks (and renumbering its order field) as
//! whole-file changes the writer can review before anything is written.

use super::block::{find, has_embedded_series_sentence, marked_block, quote_for};
use super::model::{build_series, OrderedBy, Series, SeriesPost};
use super::settings::{BlockPosition, SeriesSettings};
use super::SeriesError;
use crate::front_matter::{self, set_field};
use crate::site::Site;
use serde::Serialize;
use ts_rs::TS;

/// One file's text before and after a sync; only the block and the order field differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FileChange {
    /// Relative to the site root, `/`-separated.
    pub path: String,
    pub before: String,
    pub after: String,
}

/// The changes that bring every post of series `name` (in every language) up to date.
/// Posts already up to date are left out; an empty list means nothing to do.
pub fn sync(
    site: &Site,
    settings: &SeriesSettings,
    name: &str,
) -> Result<Vec<FileChange>, SeriesError> {
    let all = build_series(site, settings);
    let matching: Vec<&Series> = all.iter().filter(|s| s.name == name).collect();
    if matching.is_empty() {
        return Err(SeriesError::UnknownSeries {
            name: name.to_string(),
        });
    }
    let mut changes = Vec::new();
    for series in matching {
        for part in &series.posts {
            let Some(post) = site.post(&part.path) else {
                continue;
            };
            let before = site
                .read_post(post)
                .map_err(|problem| SeriesError::Unreadable {
                    path: part.path.clone(),
                    message: problem.message,
                    hint: problem.hint,
                })?
                .text;
            let after = synced_text(settings, series, part, &before)?;
            if after != before {
                changes.push(FileChange {
                    path: part.path.clone(),
                    before,
                    after,
                });
            }
        }
    }
    Ok(changes)
}

/// `text` with its order field set to the part number (when the series is ordered by
/// a field) and its block replaced, converted or inserted.
pub fn synced_text(
    settings: &SeriesSettings,
    series: &Series,
    part: &SeriesPost,
    text: &str,
) -> Result<String, SeriesError> {
    let edit_error = |message: String| SeriesError::FrontMatter {
        path: part.path.clone(),
        message,
    };
    let mut text = text.to_string();
    if let OrderedBy::Field(field) = &series.ordered_by {
        if part.order != Some(part.part as i64) {
            let (_, front_matter) =
                front_matter::read(&text).map_err(|e| edit_error(e.to_string()))?;
            let key = front_matter
                .key_as_written(field)
                .unwrap_or(field)
                .to_string();
            text = set_field(&text, &key, &serde_json::Value::from(part.part))
                .map_err(|e| edit_error(e.to_string()))?;
        }
    }
    let split = front_matter::split(&text).map_err(|e| edit_error(e.to_string()))?;
    let ending = split.line_ending.as_str();
    let body = text.get(split.body.clone()).unwrap_or("");
    let block = marked_block(settings, &quote_for(settings, series, part), ending);
    let new_body = match find(settings, body) {
        Some(found) => format!(
            "{}{}{}",
            &body[..found.range.start],
            block,
            &body[found.range.end..]
        ),
        // Leave such a post's body alone rather than repeat its series sentence.
        None if has_embedded_series_sentence(body) => body.to_string(),
        None => insert(settings.position, body, &block, ending),
    };
    Ok(format!("{}{}", &text[..split.body.start], new_body))
}

/// A new block: before the first non-blank line, or after the last one, always with a
/// blank line between it and the writer's text.
fn insert(position: BlockPosition, body: &str, block: &str, ending: &str) -> String {
    let content_start = body
        .split_inclusive('\n')
        .take_while(|line| line.trim().is_empty())
        .map(str::len)
        .sum::<usize>();
    if content_start >= body.len() {
        let lead = if body.is_empty() { ending } else { body };
        return format!("{lead}{block}");
    }
    match position {
        BlockPosition::AfterFrontMatter => format!(
            "{}{}{}{}",
            &body[..content_start],
            block,
            ending,
            &body[content_start..]
        ),
        BlockPosition::EndOfBody => {
            let kept = body.trim_end();
            format!("{kept}{ending}{ending}{block}")
        }
    }
}

/// Writes each change atomically, refusing a file that changed since it was read.
pub fn apply(site: &Site, changes: &[FileChange]) -> Result<(), SeriesError> {
    for change in changes {
        let path = site.root().join(&change.path);
        let current = std::fs::read(&path).map_err(|source| SeriesError::Write {
            path: path.clone(),
            source,
        })?;
        if current != change.before.as_bytes() {
            return Err(SeriesError::ChangedOnDisk {
                path: change.path.clone(),
            });
        }
        crate::fsio::write_atomic(&path, change.after.as_bytes())
            .map_err(|source| SeriesError::Write { path, source })?;
    }
    Ok(())
}

/// A unified diff of the changes, `a/` and `b/` paths as git prints them.
pub fn unified_diff(changes: &[FileChange]) -> String {
    let mut out = String::new();
    for change in changes {
        let diff = similar::TextDiff::from_lines(&change.before, &change.after);
        out.push_str(
            &diff
                .unified_diff()
                .context_radius(2)
                .header(&format!("a/{}", change.path), &format!("b/{}", change.path))
                .to_string(),
        );
    }
    out
}
