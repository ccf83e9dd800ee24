//! A set of pending whole-file edits for one series operation: each file's text as read
//! and as edited so far, every edit lossless (`set_field`/`unset_field`, block splices).

use super::sync::FileChange;
use super::SeriesError;
use crate::front_matter::{self, set_field, unset_field, FrontMatter};
use crate::site::Site;
use serde_json::Value;

pub(super) struct Edits<'a> {
    site: &'a Site,
    /// (path, text as read, text now), in the order the files were first touched.
    files: Vec<(String, String, String)>,
}

impl<'a> Edits<'a> {
    pub fn new(site: &'a Site) -> Edits<'a> {
        Edits {
            site,
            files: Vec::new(),
        }
    }

    /// The file's text as edited so far.
    pub fn text(&mut self, path: &str) -> Result<&mut String, SeriesError> {
        if let Some(at) = self.files.iter().position(|(p, _, _)| p == path) {
            return Ok(&mut self.files[at].2);
        }
        let post = self.site.post(path).ok_or_else(|| SeriesError::NotAPost {
            path: path.to_string(),
        })?;
        // The index keeps each file's head only: the whole text is read now.
        let text = self
            .site
            .read_post(post)
            .map_err(|problem| SeriesError::Unreadable {
                path: path.to_string(),
                message: problem.message,
                hint: problem.hint,
            })?
            .text;
        self.files.push((path.to_string(), text.clone(), text));
        Ok(&mut self.files.last_mut().expect("just pushed").2)
    }

    /// The front matter of the file as edited so far.
    pub fn front_matter(&mut self, path: &str) -> Result<FrontMatter, SeriesError> {
        let text = self.text(path)?;
        front_matter::read(text)
            .map(|(_, fm)| fm)
            .map_err(|e| edit_error(path, e.to_string()))
    }

    /// Sets `key` (matched without regard to case, so the writer's own line changes).
    pub fn set(&mut self, path: &str, key: &str, value: Value) -> Result<(), SeriesError> {
        let front_matter = self.front_matter(path)?;
        let key = front_matter.key_as_written(key).unwrap_or(key).to_string();
        let text = self.text(path)?;
        *text = set_field(text, &key, &value).map_err(|e| edit_error(path, e.to_string()))?;
        Ok(())
    }

    /// Removes `key` and its lines; a missing key changes nothing.
    pub fn unset(&mut self, path: &str, key: &str) -> Result<(), SeriesError> {
        let front_matter = self.front_matter(path)?;
        let Some(key) = front_matter.key_as_written(key).map(str::to_string) else {
            return Ok(());
        };
        let text = self.text(path)?;
        *text = unset_field(text, &key).map_err(|e| edit_error(path, e.to_string()))?;
        Ok(())
    }

    /// The files whose text changed, as reviewable changes.
    pub fn into_changes(self) -> Vec<FileChange> {
        self.files
            .into_iter()
            .filter(|(_, before, after)| before != after)
            .map(|(path, before, after)| FileChange {
                path,
                before,
                after,
            })
            .collect()
    }
}

fn edit_error(path: &str, message: String) -> SeriesError {
    SeriesError::FrontMatter {
        path: path.to_string(),
        message,
    }
}
