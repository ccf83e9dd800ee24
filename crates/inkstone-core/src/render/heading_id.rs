//! Automatic heading ids the way Hugo's goldmark makes them, with `-1`, `-2` for repeats.

use super::options::HeadingIdStyle;
use std::collections::HashSet;

/// Hands out heading ids for one document, remembering those already used.
#[derive(Debug, Default)]
pub struct HeadingIds {
    used: HashSet<String>,
}

impl HeadingIds {
    /// Marks an id given explicitly (`{#custom}`) as taken, so generated ones avoid it.
    pub fn reserve(&mut self, id: &str) {
        self.used.insert(id.to_string());
    }

    /// The id for a heading whose plain text is `text`.
    pub fn next(&mut self, text: &str, style: HeadingIdStyle) -> String {
        let mut base = anchorize(text, style);
        if base.is_empty() {
            base = "heading".to_string();
        }
        if self.used.insert(base.clone()) {
            return base;
        }
        let mut n = 1;
        loop {
            let candidate = format!("{base}-{n}");
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }
}

/// A heading's text as an id, before de-duplication.
pub fn anchorize(text: &str, style: HeadingIdStyle) -> String {
    let text = text.trim();
    match style {
        HeadingIdStyle::Github | HeadingIdStyle::GithubAscii => {
            let ascii_only = style == HeadingIdStyle::GithubAscii;
            let mut id = String::with_capacity(text.len());
            for c in text.chars() {
                if c.is_whitespace() {
                    id.push('-');
                } else if c.is_ascii() {
                    // Most headings are ASCII: it needs neither the Unicode tables nor case mapping.
                    if c == '-' || c == '_' || c.is_ascii_alphanumeric() {
                        id.push(c.to_ascii_lowercase());
                    }
                } else if c.is_alphanumeric() && !ascii_only {
                    id.extend(c.to_lowercase());
                }
            }
            id
        }
        HeadingIdStyle::Blackfriday => {
            let mut id = String::with_capacity(text.len());
            let mut pending_dash = false;
            for c in text.chars() {
                if c.is_alphanumeric() {
                    if pending_dash && !id.is_empty() {
                        id.push('-');
                    }
                    pending_dash = false;
                    if c.is_ascii() {
                        id.push(c.to_ascii_lowercase());
                    } else {
                        id.extend(c.to_lowercase());
                    }
                } else {
                    pending_dash = true;
                }
            }
            id
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_style_drops_punctuation_and_keeps_cjk() {
        assert_eq!(
            anchorize("中文 標題，好嗎？", HeadingIdStyle::Github),
            "中文-標題好嗎"
        );
        assert_eq!(
            anchorize("Don't \"quote\" -- me", HeadingIdStyle::Github),
            "dont-quote----me"
        );
    }

    #[test]
    fn repeated_headings_get_numbered_suffixes() {
        let mut ids = HeadingIds::default();
        let style = HeadingIdStyle::Github;
        assert_eq!(ids.next("Hello World!", style), "hello-world");
        assert_eq!(ids.next("Hello World", style), "hello-world-1");
        assert_eq!(ids.next("hello world", style), "hello-world-2");
    }

    #[test]
    fn github_ascii_drops_cjk_and_blackfriday_collapses_runs() {
        assert_eq!(
            anchorize("Rust 與 Go", HeadingIdStyle::GithubAscii),
            "rust--go"
        );
        assert_eq!(
            anchorize("  Hello, World! ", HeadingIdStyle::Blackfriday),
            "hello-world"
        );
    }
}
