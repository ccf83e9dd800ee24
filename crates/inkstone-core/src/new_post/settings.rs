//! The `new_post:` section of `inkstone.yaml`: file name pattern, bundles, defaults.

use super::NewPostError;
use crate::schema::{InkstoneConfig, CONFIG_FILE_NAME};
use indexmap::IndexMap;
use serde::Deserialize;
use serde_json::Value;
use std::path::Path;

/// The file name every new post gets unless the site says otherwise.
pub const DEFAULT_FILE_NAME: &str = "{date:%Y%m%d}-{slug}.md";

/// The section a new post goes to when none is asked for.
pub const DEFAULT_SECTION: &str = "posts";

/// How a site wants its new posts made. Unknown keys are refused so that a typo
/// (`file_nmae`) does not silently fall back to the default.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NewPostSettings {
    /// The file's name inside its section, with `{slug}`, `{date:%Y%m%d}` (any
    /// strftime format), `{date}` (`2026-02-06`), `{section}` and `{lang}`.
    pub file_name: String,
    /// `true`: a leaf bundle, `<file_name without .md>/index.md`.
    pub bundle: bool,
    /// The section used when the writer picks none.
    pub section: String,
    /// Field values every new post starts with (after the schema's `default`s).
    pub defaults: IndexMap<String, Value>,
}

impl Default for NewPostSettings {
    fn default() -> Self {
        NewPostSettings {
            file_name: DEFAULT_FILE_NAME.to_string(),
            bundle: false,
            section: DEFAULT_SECTION.to_string(),
            defaults: IndexMap::new(),
        }
    }
}

impl NewPostSettings {
    /// The settings in `config` (the site's parsed `inkstone.yaml`), or the defaults.
    pub fn from_config(config: &InkstoneConfig, site_root: &Path) -> Result<Self, NewPostError> {
        let path = site_root.join(CONFIG_FILE_NAME);
        let invalid = |problem: String| NewPostError::Settings {
            path: path.clone(),
            problem,
        };
        let settings = match config.other.get("new_post") {
            None | Some(Value::Null) => NewPostSettings::default(),
            Some(value) => serde_json::from_value::<NewPostSettings>(value.clone())
                .map_err(|e| invalid(e.to_string()))?,
        };
        if !settings.file_name.contains("{slug}") {
            return Err(invalid(format!(
                "`file_name` is `{}` and has no `{{slug}}`, so every post would get the same name; add `{{slug}}`",
                settings.file_name
            )));
        }
        if !settings.bundle && !settings.file_name.ends_with(".md") {
            return Err(invalid(format!(
                "`file_name` is `{}`; end it with `.md`",
                settings.file_name
            )));
        }
        if settings.file_name.contains('/') || settings.file_name.contains('\\') {
            return Err(invalid(format!(
                "`file_name` is `{}`; a name cannot contain `/` (pick the folder with `section`)",
                settings.file_name
            )));
        }
        Ok(settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(yaml: &str) -> Result<NewPostSettings, NewPostError> {
        let config =
            InkstoneConfig::parse(yaml, Path::new("inkstone.yaml")).expect("inkstone.yaml parses");
        NewPostSettings::from_config(&config, Path::new("site"))
    }

    #[test]
    fn a_site_without_new_post_gets_the_dated_default() {
        let found = settings("fields: {}\n").expect("settings");
        assert_eq!(found, NewPostSettings::default());
        assert_eq!(found.file_name, "{date:%Y%m%d}-{slug}.md");
    }

    #[test]
    fn every_setting_is_read() {
        let found = settings(
            "new_post:\n  file_name: \"{slug}\"\n  bundle: true\n  section: notes\n  defaults:\n    author: Lin\n",
        )
        .expect("settings");
        assert_eq!(found.file_name, "{slug}");
        assert!(found.bundle);
        assert_eq!(found.section, "notes");
        assert_eq!(found.defaults["author"], Value::from("Lin"));
    }

    #[test]
    fn a_misspelled_setting_is_refused_with_the_file() {
        let error = settings("new_post:\n  file_nmae: x\n").expect_err("refused");
        let message = error.to_string();
        assert!(
            message.starts_with(
                "site/inkstone.yaml: `new_post` is not usable: unknown field `file_nmae`"
            ),
            "{message}"
        );
    }

    #[test]
    fn a_pattern_without_slug_is_refused() {
        let error = settings("new_post:\n  file_name: \"{date}.md\"\n").expect_err("refused");
        assert!(error.to_string().contains("add `{slug}`"), "{error}");
    }
}
