//! A short piece of the line around a match, cut at character boundaries, for the list.

use serde::Serialize;
use std::ops::Range;
use ts_rs::TS;

/// The match and a little of its line on each side; `…` marks where the line was cut.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Snippet {
    pub before: String,
    pub matched: String,
    pub after: String,
}

/// Columns of context kept before the match (the list row is narrow, about 23 CJK
/// characters: the match must stay in view) and after it; a CJK character takes two
/// columns, as on screen.
const COLUMNS_BEFORE: usize = 16;
const COLUMNS_AFTER: usize = 160;
/// A match wider than this is shown cut, so a row never carries a whole paragraph.
const MAX_MATCH_COLUMNS: usize = 160;

/// The snippet of `text` around `found` (a byte range on char boundaries).
pub fn snippet(text: &str, found: Range<usize>) -> Snippet {
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..found.start]).map_or(0, |at| at + 1);
    let line_end = memchr::memchr(b'\n', &text.as_bytes()[found.end..])
        .map_or(text.len(), |at| found.end + at);
    let before = text[line_start..found.start].trim_start();
    let after = text[found.end..line_end].trim_end();
    Snippet {
        before: keep_last_columns(before, COLUMNS_BEFORE),
        matched: keep_first_columns(&text[found], MAX_MATCH_COLUMNS),
        after: keep_first_columns(after, COLUMNS_AFTER),
    }
}

/// East Asian wide characters (CJK, Hangul, kana, full-width forms) take two columns.
fn columns(c: char) -> usize {
    let wide = matches!(u32::from(c),
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD);
    if wide {
        2
    } else {
        1
    }
}

fn keep_last_columns(text: &str, budget: usize) -> String {
    let mut used = 0;
    for (at, c) in text.char_indices().rev() {
        used += columns(c);
        if used > budget {
            return format!("…{}", &text[at + c.len_utf8()..]);
        }
    }
    text.to_owned()
}

fn keep_first_columns(text: &str, budget: usize) -> String {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += columns(c);
        if used > budget {
            return format!("{}…", &text[..at]);
        }
    }
    text.to_owned()
}

/// The 1-based line of byte `at` in `text`.
pub fn line_at(text: &str, at: usize) -> u32 {
    let newlines = memchr::memchr_iter(b'\n', &text.as_bytes()[..at]).count();
    u32::try_from(newlines + 1).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_line_around_the_match() {
        let text = "first\n  say hello world\r\nlast";
        let at = text.find("hello").unwrap();
        let got = snippet(text, at..at + 5);
        assert_eq!(got.before, "say ");
        assert_eq!(got.matched, "hello");
        assert_eq!(got.after, " world");
        assert_eq!(line_at(text, at), 2);
    }

    #[test]
    fn cuts_long_lines_at_character_boundaries() {
        let text = format!("{}雲端{}", "前".repeat(40), "後".repeat(100));
        let at = text.find("雲端").unwrap();
        let got = snippet(&text, at..at + "雲端".len());
        assert_eq!(got.before, format!("…{}", "前".repeat(8)));
        assert_eq!(got.after, format!("{}…", "後".repeat(80)));
    }
}
