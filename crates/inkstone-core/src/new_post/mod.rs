//! New posts: the file name, slug and text a new draft gets, and writing it safely.
//!
//! `plan_new_post` decides everything without touching the disk, so the app can show
//! the path and slug while the writer types; `create_new_post` then writes the plan,
//! never over an existing file. See docs/new-post.md.

mod content;
mod error;
mod file_name;
mod go_layout;
mod locate;
mod options;
mod settings;
mod slug;
mod template;

pub use error::NewPostError;
pub use options::{new_post_options, LanguageChoice, NewPostOptions};
pub use settings::{NewPostSettings, DEFAULT_FILE_NAME, DEFAULT_SECTION};
pub use slug::slugify;

use crate::site::Site;
pub use jiff::Zoned;
use serde::{Deserialize, Serialize};
use std::path::{Component, Path, PathBuf};
use ts_rs::TS;

/// What the writer asked for in the new post dialog (or `inkstone new`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewPostRequest {
    pub title: String,
    /// A folder under the content folder (`posts`, `notes/travel`); `None`: the
    /// site's `new_post.section`, else `posts`.
    #[serde(default)]
    pub section: Option<String>,
    #[serde(default)]
    pub series: Option<String>,
    /// A language code of the site; `None`: its default language.
    #[serde(default)]
    pub lang: Option<String>,
    /// The writer's own slug; `None`: one made from the title.
    #[serde(default)]
    pub slug: Option<String>,
    /// The writer's own defaults (the app's settings: author, categories), applied
    /// after the site's; empty values are skipped.
    #[serde(default)]
    #[ts(type = "Record<string, unknown>")]
    pub defaults: indexmap::IndexMap<String, serde_json::Value>,
    /// The moment the post is made; shown in the site's time zone when it has one.
    #[serde(skip, default = "Zoned::now")]
    #[ts(skip)]
    pub now: Zoned,
}

impl NewPostRequest {
    /// A request for `title` with everything else left to the site's settings.
    pub fn new(title: &str, now: Zoned) -> NewPostRequest {
        NewPostRequest {
            title: title.to_string(),
            section: None,
            series: None,
            lang: None,
            slug: None,
            defaults: indexmap::IndexMap::new(),
            now,
        }
    }
}

/// A moment written as RFC 3339 (`2026-02-06T09:00:00+08:00`, kept in that offset) or
/// with a zone name (`2026-02-06T09:00:00+08:00[Asia/Taipei]`); `None` when it is
/// neither. Lets the CLI and tests fix "now".
pub fn parse_now(text: &str) -> Option<Zoned> {
    let text = text.trim();
    if let Ok(zoned) = text.parse::<Zoned>() {
        return Some(zoned);
    }
    if text.ends_with('Z') {
        let timestamp: jiff::Timestamp = text.parse().ok()?;
        return Some(timestamp.to_zoned(jiff::tz::TimeZone::UTC));
    }
    jiff::fmt::strtime::parse("%Y-%m-%dT%H:%M:%S%:z", text)
        .ok()?
        .to_zoned()
        .ok()
}

/// Everything about the new post, decided but not yet written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewPostPlan {
    /// Relative to the site root, `/`-separated: `content/posts/20260206-hello.md`.
    pub path: String,
    /// The slug used in the file name (numbered `-2`, `-3` when taken).
    pub slug: String,
    /// The file's whole text.
    pub text: String,
    /// The archetype the text came from, relative to the site root; `None`: made from
    /// the schema's defaults.
    pub archetype: Option<String>,
}

/// Decides the new post's path, slug and text. Reads the site's settings and
/// archetype but writes nothing.
pub fn plan_new_post(site: &Site, request: &NewPostRequest) -> Result<NewPostPlan, NewPostError> {
    let title = request.title.trim();
    if title.is_empty() {
        return Err(NewPostError::EmptyTitle);
    }
    let config = crate::schema::InkstoneConfig::load(site.root())?;
    let settings = NewPostSettings::from_config(&config, site.root())?;
    let schema = crate::schema::Schema::for_site(site)?;
    let place = locate::locate(site, request, &settings)?;
    let now = locate::site_now(site, &request.now)?;
    let archetype = locate::find_archetype(site.root(), &place.section, settings.bundle);
    let bundle = archetype
        .as_ref()
        .map_or(settings.bundle, |found| found.bundle);
    let (path, slug, name) = locate::free_path(site.root(), &place, &settings, bundle, &now)?;
    let mut defaults = indexmap::IndexMap::new();
    for field in &schema.fields {
        if let Some(value) = &field.default {
            defaults.insert(field.name.clone(), value.clone());
        }
    }
    defaults.extend(settings.defaults.clone());
    // The writer's own defaults are the most specific wish, but an empty one
    // (no author set) must not blank the site's.
    defaults.extend(
        request
            .defaults
            .iter()
            .filter(|(_, value)| !content::is_empty(value))
            .map(|(key, value)| (key.clone(), value.clone())),
    );
    // A new post is always a dated draft with the writer's title and series,
    // whatever a default says.
    let series = request
        .series
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    defaults.retain(|key, _| {
        let key = key.to_lowercase();
        let fixed = matches!(key.as_str(), "title" | "date" | "draft");
        let asked_series = key == "series" && series.is_some();
        !(fixed || asked_series)
    });
    let date =
        go_layout::format_go_layout(&now, "2006-01-02T15:04:05-07:00").map_err(|problem| {
            NewPostError::Settings {
                path: site.root().join(crate::schema::CONFIG_FILE_NAME),
                problem,
            }
        })?;
    let fields = content::PostFields {
        title,
        date: &date,
        series,
        defaults: &defaults,
    };
    let context = template::TemplateContext {
        name: &name,
        section: &place.section,
        site_title: &site.config().title,
        lang: &place.lang,
        now: &now,
    };
    let (text, archetype) = match archetype {
        Some(found) => {
            let text = locate::fill_archetype(site.root(), &found.rel_path, &context, &fields)?;
            (text, Some(found.rel_path))
        }
        None => (
            content::fresh(&fields).map_err(|e| {
                locate::content_error(&e, &site.root().join(crate::schema::CONFIG_FILE_NAME))
            })?,
            None,
        ),
    };
    Ok(NewPostPlan {
        path,
        slug,
        text,
        archetype,
    })
}

/// Writes the plan's text to its path under `site_root` and returns the file's full
/// path. Refuses to replace any existing file, even one created after planning.
pub fn create_new_post(site_root: &Path, plan: &NewPostPlan) -> Result<PathBuf, NewPostError> {
    let relative = Path::new(&plan.path);
    let safe = relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    let full = site_root.join(relative);
    if !safe || plan.path.is_empty() {
        return Err(NewPostError::Write {
            path: full,
            source: std::io::Error::other("the path must stay inside the site"),
        });
    }
    let write_error = |source: std::io::Error| NewPostError::Write {
        path: full.clone(),
        source,
    };
    if let Some(folder) = full.parent() {
        std::fs::create_dir_all(folder).map_err(write_error)?;
    }
    // Claiming the name first makes a file that appeared since planning an error
    // instead of something silently replaced.
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&full)
    {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(NewPostError::AlreadyExists { path: full })
        }
        Err(e) => return Err(write_error(e)),
    }
    if let Err(e) = crate::fsio::write_atomic(&full, plan.text.as_bytes()) {
        let _ = std::fs::remove_file(&full);
        return Err(write_error(e));
    }
    Ok(full)
}
