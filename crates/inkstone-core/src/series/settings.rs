//! The `series:` section of `inkstone.yaml`: taxonomy, order field, block position,
//! markers and the cross-link templates, with defaults for every one.

use super::SeriesError;
use crate::schema::{InkstoneConfig, CONFIG_FILE_NAME};
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

/// Where a new cross-link block goes in a post's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum BlockPosition {
    AfterFrontMatter,
    EndOfBody,
}

/// The words of one language's block. `{part}`, `{series}` and `{others}` are filled
/// in `line`/`alone`; `{title}` and `{url}` in `link`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct BlockTemplate {
    /// The block when the post has other parts to link.
    pub line: String,
    /// The block of a series' only (visible) part.
    pub alone: String,
    pub link: String,
    /// Between links, except the last two.
    pub separator: String,
    /// Between the last two links.
    pub last_separator: String,
    /// `chinese` (一、二、三) or `arabic` (1, 2, 3) part numbers.
    pub numerals: Numerals,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Numerals {
    Chinese,
    Arabic,
}

/// Everything series management reads from the site's `inkstone.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct SeriesSettings {
    /// The front matter key of the series taxonomy.
    pub taxonomy: String,
    /// An explicit order field; without it `series_weight`, then `weight`, are tried.
    pub order_field: Option<String>,
    pub position: BlockPosition,
    /// Lines that open and close the generated block. The defaults are markdown link
    /// reference definitions: Hugo publishes nothing for them, where an HTML comment
    /// becomes `<!-- raw HTML omitted -->` on sites without `unsafe` rendering.
    pub start_marker: String,
    pub end_marker: String,
    /// Posts whose language starts with `zh`.
    pub chinese: BlockTemplate,
    /// Every other language.
    pub english: BlockTemplate,
}

impl Default for SeriesSettings {
    fn default() -> SeriesSettings {
        SeriesSettings {
            taxonomy: "series".into(),
            order_field: None,
            position: BlockPosition::AfterFrontMatter,
            start_marker: "[//]: # (inkstone:series)".into(),
            end_marker: "[//]: # (/inkstone:series)".into(),
            chinese: BlockTemplate {
                line: "> 本文為系列文第{part}篇，另見{others}。".into(),
                alone: "> 本文為系列文第{part}篇。".into(),
                link: "[〈{title}〉]({url})".into(),
                separator: "、".into(),
                last_separator: "及".into(),
                numerals: Numerals::Chinese,
            },
            english: BlockTemplate {
                line: "> This post is part {part} of the series “{series}”; see also {others}."
                    .into(),
                alone: "> This post is part {part} of the series “{series}”.".into(),
                link: "[{title}]({url})".into(),
                separator: ", ".into(),
                last_separator: " and ".into(),
                numerals: Numerals::Arabic,
            },
        }
    }
}

impl SeriesSettings {
    /// The settings of the site at `root`: its `inkstone.yaml` `series:` section over
    /// the defaults. A site without the file or the section gets the defaults.
    pub fn load(root: &Path) -> Result<SeriesSettings, SeriesError> {
        let path = root.join(CONFIG_FILE_NAME);
        let config = InkstoneConfig::load(root).map_err(|e| SeriesError::InvalidSettings {
            path: path.clone(),
            problem: e.to_string(),
        })?;
        SeriesSettings::from_config(&config, &path)
    }

    pub fn from_config(
        config: &InkstoneConfig,
        path: &Path,
    ) -> Result<SeriesSettings, SeriesError> {
        match config.other.get("series") {
            None | Some(serde_json::Value::Null) => Ok(SeriesSettings::default()),
            Some(section) => {
                serde_json::from_value(section.clone()).map_err(|e| SeriesError::InvalidSettings {
                    path: path.to_path_buf(),
                    problem: format!("{e}; see docs/series.md for the keys and their defaults"),
                })
            }
        }
    }

    /// The template for a post in language `lang`.
    pub fn template_for(&self, lang: &str) -> &BlockTemplate {
        if lang.to_ascii_lowercase().starts_with("zh") {
            &self.chinese
        } else {
            &self.english
        }
    }

    /// The order fields tried, first match wins.
    pub fn order_fields(&self) -> Vec<&str> {
        match &self.order_field {
            Some(field) => vec![field.as_str()],
            None => vec!["series_weight", "weight"],
        }
    }
}
