//! What the preview needs to know about the site: goldmark settings, shortcodes, links.

use pulldown_cmark::Options;
use std::collections::{BTreeMap, BTreeSet};

/// How Hugo turns a heading's text into its `id` (`markup.goldmark.parser.autoHeadingIDType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HeadingIdStyle {
    /// Lowercase, spaces to `-`, punctuation dropped, every letter and digit kept (CJK too).
    #[default]
    Github,
    /// Like `Github`, but only ASCII letters and digits survive.
    GithubAscii,
    /// Runs of anything but letters and digits become one `-`, trimmed at both ends.
    Blackfriday,
}

/// The `markup.goldmark` settings that change what Hugo publishes. Defaults are Hugo's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldmarkSettings {
    /// `renderer.unsafe`: raw HTML is kept (sanitized in the preview) instead of omitted.
    pub unsafe_html: bool,
    pub typographer: bool,
    pub table: bool,
    pub strikethrough: bool,
    pub task_list: bool,
    pub footnote: bool,
    pub definition_list: bool,
    pub linkify: bool,
    /// `extensions.linkifyProtocol`: the scheme given to bare `www.` links.
    pub linkify_protocol: String,
    /// `parser.autoHeadingID`.
    pub auto_heading_id: bool,
    pub heading_id_style: HeadingIdStyle,
    /// `parser.attribute.title`: `{#id .class}` after a heading.
    pub heading_attributes: bool,
}

impl Default for GoldmarkSettings {
    fn default() -> Self {
        GoldmarkSettings {
            unsafe_html: false,
            typographer: true,
            table: true,
            strikethrough: true,
            task_list: true,
            footnote: true,
            definition_list: true,
            linkify: true,
            linkify_protocol: "https".to_string(),
            auto_heading_id: true,
            heading_id_style: HeadingIdStyle::Github,
            heading_attributes: true,
        }
    }
}

impl GoldmarkSettings {
    /// pulldown-cmark options matching the goldmark extensions the site has on.
    pub fn parser_options(&self) -> Options {
        let mut options = Options::empty();
        let pairs = [
            (self.table, Options::ENABLE_TABLES),
            (self.footnote, Options::ENABLE_FOOTNOTES),
            (self.strikethrough, Options::ENABLE_STRIKETHROUGH),
            (self.task_list, Options::ENABLE_TASKLISTS),
            (self.typographer, Options::ENABLE_SMART_PUNCTUATION),
            (self.heading_attributes, Options::ENABLE_HEADING_ATTRIBUTES),
            (self.definition_list, Options::ENABLE_DEFINITION_LIST),
        ];
        for (on, flag) in pairs {
            if on {
                options |= flag;
            }
        }
        options
    }

    /// Reads Hugo's `markup.goldmark` table (as JSON); keys it does not set keep Hugo's defaults.
    pub fn from_config(goldmark: &serde_json::Value) -> GoldmarkSettings {
        let mut settings = GoldmarkSettings::default();
        let flag = |path: &[&str]| -> Option<bool> {
            let mut node = goldmark;
            for key in path {
                node = lookup_ignoring_case(node, key)?;
            }
            node.as_bool()
        };
        let text = |path: &[&str]| -> Option<String> {
            let mut node = goldmark;
            for key in path {
                node = lookup_ignoring_case(node, key)?;
            }
            node.as_str().map(str::to_string)
        };
        let set = |target: &mut bool, path: &[&str]| {
            if let Some(value) = flag(path) {
                *target = value;
            }
        };
        set(&mut settings.unsafe_html, &["renderer", "unsafe"]);
        set(&mut settings.typographer, &["extensions", "typographer"]);
        // Hugo 0.112+ turned `typographer` into a table with `disable`.
        if let Some(disabled) = flag(&["extensions", "typographer", "disable"]) {
            settings.typographer = !disabled;
        }
        set(&mut settings.table, &["extensions", "table"]);
        set(
            &mut settings.strikethrough,
            &["extensions", "strikethrough"],
        );
        set(&mut settings.task_list, &["extensions", "taskList"]);
        set(&mut settings.footnote, &["extensions", "footnote"]);
        set(
            &mut settings.definition_list,
            &["extensions", "definitionList"],
        );
        set(&mut settings.linkify, &["extensions", "linkify"]);
        if let Some(protocol) = text(&["extensions", "linkifyProtocol"]) {
            settings.linkify_protocol = protocol;
        }
        set(&mut settings.auto_heading_id, &["parser", "autoHeadingID"]);
        set(
            &mut settings.heading_attributes,
            &["parser", "attribute", "title"],
        );
        if let Some(style) = text(&["parser", "autoHeadingIDType"]) {
            settings.heading_id_style = match style.to_ascii_lowercase().as_str() {
                "github-ascii" => HeadingIdStyle::GithubAscii,
                "blackfriday" => HeadingIdStyle::Blackfriday,
                _ => HeadingIdStyle::Github,
            };
        }
        settings
    }
}

/// Hugo's config keys are case-insensitive (`taskList` and `tasklist` are the same key).
fn lookup_ignoring_case<'a>(
    node: &'a serde_json::Value,
    key: &str,
) -> Option<&'a serde_json::Value> {
    let map = node.as_object()?;
    map.get(key).or_else(|| {
        map.iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(key))
            .map(|(_, value)| value)
    })
}

/// Turns the target of `ref`/`relref` (`"posts/a.md"`, `"a"`, `"/posts/a#part"`) into a URL.
pub trait LinkResolver: Send + Sync {
    /// The page's permalink path (`/posts/a/`), or `None` when no page matches.
    fn resolve(&self, target: &str) -> Option<String>;
}

/// A resolver over a fixed map of content paths to URLs; a target matches a path when
/// it equals it or is its final part (Hugo accepts `a.md` for `posts/a.md`).
#[derive(Debug, Clone, Default)]
pub struct MapResolver {
    pub urls: BTreeMap<String, String>,
}

impl LinkResolver for MapResolver {
    fn resolve(&self, target: &str) -> Option<String> {
        let wanted = target.trim_start_matches('/');
        let wanted = wanted.strip_prefix("content/").unwrap_or(wanted);
        if let Some(url) = self.urls.get(wanted) {
            return Some(url.clone());
        }
        self.urls.iter().find_map(|(path, url)| {
            let path = path.strip_prefix("content/").unwrap_or(path);
            let stem = path.strip_suffix(".md").unwrap_or(path);
            let stem = stem.strip_suffix("/index").unwrap_or(stem);
            let matches = path == wanted
                || stem == wanted.strip_suffix(".md").unwrap_or(wanted)
                || path.ends_with(&format!("/{wanted}"))
                || stem.ends_with(&format!(
                    "/{}",
                    wanted.strip_suffix(".md").unwrap_or(wanted)
                ));
            matches.then(|| url.clone())
        })
    }
}

/// Everything `render_body` needs besides the text.
pub struct RenderOptions<'a> {
    pub goldmark: GoldmarkSettings,
    /// Names of the site's own shortcodes (`layouts/shortcodes/*.html`).
    pub site_shortcodes: BTreeSet<String>,
    /// Resolves `ref` and `relref`; `None` leaves them as a diagnostic.
    pub links: Option<&'a dyn LinkResolver>,
    /// Site and page params for `{{< param >}}`, as JSON (`title`, `params.*`).
    pub params: serde_json::Map<String, serde_json::Value>,
    /// The site's `baseURL`, used by `ref` (absolute) as Hugo does.
    pub base_url: String,
    /// `data-line` and preview-only elements on (the app) or off (exactly Hugo's HTML).
    pub preview_marks: bool,
    /// Where the text came from, for diagnostics (`content/posts/a.md`).
    pub path: String,
}

impl Default for RenderOptions<'_> {
    fn default() -> Self {
        RenderOptions {
            goldmark: GoldmarkSettings::default(),
            site_shortcodes: BTreeSet::new(),
            links: None,
            params: serde_json::Map::new(),
            base_url: String::new(),
            preview_marks: true,
            path: String::new(),
        }
    }
}
