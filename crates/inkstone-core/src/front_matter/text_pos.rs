//! Line arithmetic shared by splitting, parsing and editing: lines, counts, columns.

/// Number of the line (1-based) on which byte `pos` of `text` sits.
pub(crate) fn line_of(text: &str, pos: usize) -> u32 {
    let pos = pos.min(text.len());
    let newlines = memchr::memchr_iter(b'\n', &text.as_bytes()[..pos]).count();
    saturating_u32(newlines + 1)
}

/// Column (1-based, in characters) of byte `pos` on its line.
pub(crate) fn column_of(text: &str, pos: usize) -> u32 {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..pos]).map_or(0, |i| i + 1);
    saturating_u32(text[line_start..pos].chars().count() + 1)
}

pub(crate) fn saturating_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One line of a text: its byte range without and with the line ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The line's text without `\n` or `\r\n`.
    pub content: &'a str,
    /// Byte offset of the line's first character in the text it was cut from.
    pub start: usize,
    /// Byte offset just past the line ending (or the end of the text).
    pub end: usize,
}

/// The lines of `text`, each with its offsets; a final line without an ending counts.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i + 1);
        let mut content = &text[start..end];
        content = content.strip_suffix('\n').unwrap_or(content);
        content = content.strip_suffix('\r').unwrap_or(content);
        let line = Line {
            content,
            start,
            end,
        };
        start = end;
        Some(line)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let text = "a\n標題: x\n";
        let pos = text.find('x').unwrap_or(0);
        assert_eq!(line_of(text, pos), 2);
        assert_eq!(column_of(text, pos), 5);
    }

    #[test]
    fn lines_keep_offsets_and_drop_crlf() {
        let got: Vec<_> = lines("a\r\nbc\nd")
            .map(|l| (l.content, l.start, l.end))
            .collect();
        assert_eq!(got, vec![("a", 0, 3), ("bc", 3, 6), ("d", 6, 7)]);
    }
}
