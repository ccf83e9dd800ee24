//! The default commit message: the titles of the posts being published, in the
//! language of the writer's interface.

use super::outcome::ChangedFile;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How many titles the message names before summarising the rest.
const TITLES_NAMED: usize = 3;

/// The language of the interface, which the default message follows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum UiLanguage {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-TW")]
    ZhTw,
}

impl UiLanguage {
    /// `zh-TW`, `zh_TW.UTF-8`, `zh-Hant` … → ZhTw; anything else → En.
    pub fn from_tag(tag: &str) -> UiLanguage {
        let lower = tag.to_ascii_lowercase().replace('_', "-");
        if lower.starts_with("zh-tw") || lower.starts_with("zh-hant") || lower.starts_with("zh-hk")
        {
            UiLanguage::ZhTw
        } else {
            UiLanguage::En
        }
    }
}

/// "Publish: “Title”, “Title”" (en) or "Publish: 〈標題〉, 〈標題〉" (zh-TW); files without a
/// title are named by path. More than three are summarised ("and 2 more" / "等 5 篇").
pub fn default_message(files: &[ChangedFile], language: UiLanguage) -> String {
    let names: Vec<String> = files
        .iter()
        .map(|f| match (&f.title, language) {
            (Some(title), UiLanguage::En) => format!("“{title}”"),
            (Some(title), UiLanguage::ZhTw) => format!("〈{title}〉"),
            (None, _) => f.path.clone(),
        })
        .collect();
    // Posts first, so the message names what the writer wrote rather than an image.
    let (titled, untitled): (Vec<_>, Vec<_>) = names
        .into_iter()
        .zip(files)
        .partition(|(_, f)| f.title.is_some());
    let ordered: Vec<String> = titled
        .into_iter()
        .chain(untitled)
        .map(|(name, _)| name)
        .collect();
    let shown = ordered
        .iter()
        .take(TITLES_NAMED)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let rest = ordered.len().saturating_sub(TITLES_NAMED);
    match (rest, language) {
        (0, _) => format!("Publish: {shown}"),
        (n, UiLanguage::En) => format!("Publish: {shown} and {n} more"),
        (_, UiLanguage::ZhTw) => format!("Publish: {shown} 等 {} 個檔案", ordered.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::outcome::ChangeKind;

    fn file(path: &str, title: Option<&str>) -> ChangedFile {
        ChangedFile {
            path: path.into(),
            change: ChangeKind::Modified,
            from: None,
            title: title.map(str::to_string),
            draft: false,
        }
    }

    #[test]
    fn english_message_quotes_each_title() {
        let files = [
            file("content/posts/a.md", Some("Tides")),
            file("content/posts/b.md", Some("Salt")),
        ];
        assert_eq!(
            default_message(&files, UiLanguage::En),
            "Publish: “Tides”, “Salt”"
        );
    }

    #[test]
    fn chinese_message_uses_angle_brackets() {
        let files = [
            file("content/posts/a.md", Some("潮汐")),
            file("content/posts/b.md", Some("鹽")),
        ];
        assert_eq!(
            default_message(&files, UiLanguage::ZhTw),
            "Publish: 〈潮汐〉, 〈鹽〉"
        );
    }

    #[test]
    fn posts_are_named_before_other_files_and_the_rest_is_counted() {
        let files = [
            file("static/images/a.webp", None),
            file("content/posts/a.md", Some("One")),
            file("content/posts/b.md", Some("Two")),
            file("content/posts/c.md", Some("Three")),
            file("content/posts/d.md", Some("Four")),
        ];
        assert_eq!(
            default_message(&files, UiLanguage::En),
            "Publish: “One”, “Two”, “Three” and 2 more"
        );
        assert_eq!(
            default_message(&files, UiLanguage::ZhTw),
            "Publish: 〈One〉, 〈Two〉, 〈Three〉 等 5 個檔案"
        );
    }

    #[test]
    fn untitled_files_are_named_by_path() {
        let files = [file("static/images/cover.webp", None)];
        assert_eq!(
            default_message(&files, UiLanguage::En),
            "Publish: static/images/cover.webp"
        );
    }

    #[test]
    fn locale_tags_pick_the_language() {
        assert_eq!(UiLanguage::from_tag("zh_TW.UTF-8"), UiLanguage::ZhTw);
        assert_eq!(UiLanguage::from_tag("en-US"), UiLanguage::En);
    }
}
