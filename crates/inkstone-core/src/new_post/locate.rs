//! Where a new post goes: its section and language folder, a free file name, and the
//! archetype that applies, as Hugo picks it.

use super::content::{self, ContentError, PostFields};
use super::file_name::{expand, NameParts};
use super::slug::{numbered, slugify};
use super::template::{render, TemplateContext};
use super::{NewPostError, NewPostRequest, NewPostSettings};
use crate::site::Site;
use jiff::tz::TimeZone;
use jiff::Zoned;
use std::path::Path;

/// More taken slugs than this means something else is wrong.
const MAX_NUMBERED_SLUGS: u32 = 1000;

/// The folder and language a new post goes to.
pub(crate) struct Place {
    /// `/`-separated, without surrounding slashes.
    pub section: String,
    pub lang: String,
    /// Site-relative folder the file goes in (`content/posts`).
    pub folder: String,
    /// `en` for `hello.en.md` when the site tells translations apart by file name.
    pub lang_suffix: Option<String>,
    /// The slug asked for or made from the title, before numbering.
    pub slug: String,
}

pub(crate) fn locate(
    site: &Site,
    request: &NewPostRequest,
    settings: &NewPostSettings,
) -> Result<Place, NewPostError> {
    let config = site.config();
    let raw_section = request.section.as_deref().unwrap_or(&settings.section);
    let section = raw_section.trim().trim_matches('/').to_string();
    let usable = section.is_empty()
        || section
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != ".." && !part.contains('\\'));
    if !usable {
        return Err(NewPostError::InvalidSection {
            section: raw_section.to_string(),
        });
    }
    let lang = request
        .lang
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .unwrap_or(&config.default_language)
        .to_string();
    let language = config
        .languages
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(&lang));
    let known = lang.eq_ignore_ascii_case(&config.default_language) || language.is_some();
    if !known {
        let mut codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
        if codes.is_empty() {
            codes.push(&config.default_language);
        }
        return Err(NewPostError::UnknownLanguage {
            lang,
            known: codes.join(", "),
        });
    }
    // A language's own folder: its `contentDir`, or a module mount for that language.
    let own_dir = language.and_then(|l| l.content_dir.clone()).or_else(|| {
        config
            .content_mounts
            .iter()
            .find(|m| {
                m.lang
                    .as_deref()
                    .is_some_and(|l| l.eq_ignore_ascii_case(&lang))
            })
            .map(|m| m.source.clone())
    });
    let is_default = lang.eq_ignore_ascii_case(&config.default_language);
    let lang_suffix = (!is_default && own_dir.is_none()).then(|| lang.clone());
    let shared_mount = config.content_mounts.iter().find(|m| m.lang.is_none());
    let content_dir = own_dir
        .or_else(|| shared_mount.map(|m| m.source.clone()))
        .unwrap_or_else(|| config.content_dir.clone());
    let content_dir = content_dir.trim_matches('/');
    let folder = [content_dir, section.as_str()]
        .iter()
        .filter(|part| !part.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("/");
    let given = request.slug.as_deref().filter(|s| !s.trim().is_empty());
    let slug = slugify(given.unwrap_or(&request.title));
    if slug.is_empty() {
        return Err(NewPostError::EmptySlug {
            given: given.unwrap_or(&request.title).to_string(),
        });
    }
    Ok(Place {
        section,
        lang,
        folder,
        lang_suffix,
        slug,
    })
}

/// `now` in the site's `timeZone`; a site without one keeps the caller's zone.
pub(crate) fn site_now(site: &Site, now: &Zoned) -> Result<Zoned, NewPostError> {
    match site.config().time_zone.as_deref() {
        None => Ok(now.clone()),
        Some(name) => TimeZone::get(name)
            .map(|zone| now.with_time_zone(zone))
            .map_err(|_| NewPostError::UnknownTimeZone {
                zone: name.to_string(),
            }),
    }
}

/// An archetype file and whether it makes a bundle.
pub(crate) struct Archetype {
    pub rel_path: String,
    pub bundle: bool,
}

/// The archetype Hugo would use for the section's top folder: a folder archetype
/// (`archetypes/posts/index.md`, which makes a bundle) or `archetypes/posts.md`, then
/// the same for `default`.
pub(crate) fn find_archetype(root: &Path, section: &str, bundle: bool) -> Option<Archetype> {
    let top = section.split('/').next().filter(|s| !s.is_empty());
    let kinds = top.into_iter().chain(std::iter::once("default"));
    for kind in kinds {
        for (rel_path, makes_bundle) in [
            (format!("archetypes/{kind}/index.md"), true),
            (format!("archetypes/{kind}.md"), bundle),
        ] {
            if root.join(&rel_path).is_file() {
                return Some(Archetype {
                    rel_path,
                    bundle: makes_bundle,
                });
            }
        }
    }
    None
}

/// The first free path for the slug (`slug`, `slug-2`, …): its site-relative path,
/// the slug used and the content base name (`.Name` in archetypes).
pub(crate) fn free_path(
    root: &Path,
    place: &Place,
    settings: &NewPostSettings,
    bundle: bool,
    now: &Zoned,
) -> Result<(String, String, String), NewPostError> {
    let settings_error = |problem: String| NewPostError::Settings {
        path: root.join(crate::schema::CONFIG_FILE_NAME),
        problem,
    };
    for n in 1..=MAX_NUMBERED_SLUGS {
        let slug = numbered(&place.slug, n);
        let parts = NameParts {
            slug: &slug,
            section: &place.section,
            lang: &place.lang,
            now,
        };
        let file_name = expand(&settings.file_name, &parts).map_err(settings_error)?;
        let base = file_name
            .strip_suffix(".md")
            .unwrap_or(&file_name)
            .to_string();
        let suffix = place
            .lang_suffix
            .as_ref()
            .map(|l| format!(".{l}"))
            .unwrap_or_default();
        let (taken_path, file_path) = if bundle {
            let dir = format!("{}/{base}", place.folder);
            (dir.clone(), format!("{dir}/index{suffix}.md"))
        } else {
            let file = format!("{}/{base}{suffix}.md", place.folder);
            (file.clone(), file)
        };
        // A bundle folder and a page of the same name would both claim one URL.
        let other_form = if bundle {
            format!("{taken_path}.md")
        } else {
            format!("{}/{base}", place.folder)
        };
        if !root.join(&taken_path).exists() && !root.join(&other_form).exists() {
            let file_path = file_path.trim_start_matches('/').to_string();
            return Ok((file_path, slug, base));
        }
    }
    Err(settings_error(format!(
        "every name from `{}` to `{}` is taken; pass another slug",
        place.slug,
        numbered(&place.slug, MAX_NUMBERED_SLUGS)
    )))
}

/// The archetype at `rel_path` filled in, with the post's fields set.
pub(crate) fn fill_archetype(
    root: &Path,
    rel_path: &str,
    context: &TemplateContext<'_>,
    fields: &PostFields<'_>,
) -> Result<String, NewPostError> {
    let path = root.join(rel_path);
    let template = crate::fsio::read_text(&path).map_err(|error| {
        let message = error.to_string();
        let detail = message
            .split_once(": ")
            .map_or(message.as_str(), |(_, rest)| rest);
        NewPostError::ArchetypeUnreadable {
            path: path.clone(),
            message: format!("{detail}; {}", error.hint()),
        }
    })?;
    let filled = render(&template, context).map_err(|error| {
        let (line, column) = line_and_column(&template, error.offset);
        NewPostError::ArchetypeAction {
            path: path.clone(),
            line,
            column,
            action: error.action,
            fix: error.fix,
        }
    })?;
    content::from_archetype(&filled, fields).map_err(|e| content_error(&e, &path))
}

pub(crate) fn content_error(error: &ContentError, path: &Path) -> NewPostError {
    let (line, column, message) = match error {
        ContentError::Parse(inner) => (inner.line(), inner.column(), inner.to_string()),
        ContentError::Edit(inner) => (inner.line(), inner.column(), inner.to_string()),
    };
    NewPostError::ArchetypeFrontMatter {
        path: path.to_path_buf(),
        line,
        column,
        message,
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_and_column(text: &str, offset: usize) -> (u32, u32) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}
