//! What the new post dialog offers: the site's sections, languages and series, and its
//! file name pattern, so the writer picks from what exists instead of typing names.

use super::{locate, NewPostError, NewPostSettings};
use crate::schema::InkstoneConfig;
use crate::site::Site;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use ts_rs::TS;

/// One language a new post can be written in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LanguageChoice {
    /// Lowercased language key, `zh-tw`.
    pub code: String,
    /// The config's `languageName` or `title`, when it has one.
    pub name: Option<String>,
}

/// The choices of the new post dialog for one site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewPostOptions {
    /// Sections posts already live in, plus the default and those with an archetype; sorted.
    pub sections: Vec<String>,
    pub default_section: String,
    /// The site's languages, default first.
    pub languages: Vec<LanguageChoice>,
    pub default_language: String,
    /// Every series a post already belongs to, most used first.
    pub series: Vec<String>,
    /// The file name pattern (`{date:%Y%m%d}-{slug}.md`), shown as a hint.
    pub file_name: String,
    /// The site's `timeZone`, in which "today" is taken.
    pub time_zone: Option<String>,
}

/// The dialog's choices for `site`; fails only when `inkstone.yaml` is unusable.
pub fn new_post_options(site: &Site) -> Result<NewPostOptions, NewPostError> {
    let config = InkstoneConfig::load(site.root())?;
    let settings = NewPostSettings::from_config(&config, site.root())?;
    let mut sections: BTreeSet<String> = site
        .posts()
        .iter()
        .map(|post| post.summary.section.clone())
        .filter(|section| !section.is_empty())
        .collect();
    sections.insert(settings.section.clone());
    sections.extend(archetype_sections(site.root()));
    let site_config = site.config();
    let mut languages: Vec<LanguageChoice> = site_config
        .languages
        .iter()
        .map(|l| LanguageChoice {
            code: l.code.clone(),
            name: l.title.clone(),
        })
        .collect();
    let default = site_config.default_language.clone();
    if !languages
        .iter()
        .any(|l| l.code.eq_ignore_ascii_case(&default))
    {
        languages.push(LanguageChoice {
            code: default.clone(),
            name: None,
        });
    }
    languages.sort_by_key(|l| !l.code.eq_ignore_ascii_case(&default));
    let series = crate::schema::infer::values_in_use(
        site.posts().iter().map(|p| &p.front_matter.fields),
        "series",
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    // Refuse a zone the plan would refuse, so the dialog says so before anything else.
    locate::site_now(site, &jiff::Zoned::now())?;
    Ok(NewPostOptions {
        sections: sections.into_iter().collect(),
        default_section: settings.section,
        languages,
        default_language: default,
        series,
        file_name: settings.file_name,
        time_zone: site_config.time_zone.clone(),
    })
}

/// Sections named by an archetype (`archetypes/notes.md`, `archetypes/notes/index.md`),
/// except `default`.
fn archetype_sections(root: &std::path::Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(root.join("archetypes")) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let path = entry.path();
            let name = if path.is_dir() {
                path.join("index.md")
                    .is_file()
                    .then(|| entry.file_name().to_string_lossy().into_owned())
            } else {
                path.extension()
                    .is_some_and(|e| e == "md")
                    .then(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()))
                    .flatten()
            };
            name.filter(|n| n != "default" && !n.starts_with('.'))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn fixture(name: &str) -> Site {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/sites")
            .join(name);
        Site::open(&root).expect("fixture site opens")
    }

    #[test]
    fn sections_come_from_posts_settings_and_archetypes() {
        let options = new_post_options(&fixture("new-archetype")).expect("options");
        assert_eq!(options.sections, vec!["notes", "posts"]);
        assert_eq!(options.default_section, "posts");
        assert_eq!(options.file_name, "{date:%Y%m%d}-{slug}.md");
        assert_eq!(options.time_zone.as_deref(), Some("Asia/Taipei"));
    }

    #[test]
    fn the_default_language_comes_first() {
        let options = new_post_options(&fixture("new-plain")).expect("options");
        let codes: Vec<&str> = options.languages.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes.first(), Some(&options.default_language.as_str()));
        assert!(codes.len() >= 2, "{codes:?}");
    }

    #[test]
    fn series_in_use_are_offered() {
        let options = new_post_options(&fixture("series-en")).expect("options");
        assert!(!options.series.is_empty());
    }
}
