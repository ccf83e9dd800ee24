//! Small source edits so pulldown-cmark finds the tables and definitions goldmark finds.
//!
//! goldmark (Hugo 0.111) differs in three places, each fixed by inserting text before
//! the real parse, with a map back to the original offsets for `data-line`:
//! - a definition needs whitespace after its `:`; `:--|:--` is paragraph text, so a
//!   `\` is put before such a `:`;
//! - a table's header may have fewer cells than its delimiter row (padded with empty,
//!   unaligned cells), so the header gets the missing `|`;
//! - a table may start inside a paragraph, its earlier lines staying a paragraph, so a
//!   top-level paragraph gets a blank line before the header.

use pulldown_cmark::{Event, Options, Parser, Tag};
use std::ops::Range;

/// A source with insertions, and where each insertion sits in the old and new text.
pub struct Rewritten {
    pub source: String,
    /// `(new start, new end, old offset)` of each insertion, in order.
    inserts: Vec<(usize, usize, usize)>,
    /// Header cells added as padding (new offsets): goldmark gives them no alignment.
    pub padded: Vec<Range<usize>>,
}

impl Rewritten {
    /// The original offset of a rewritten one (inserted text maps to where it went in).
    pub fn original(&self, offset: usize) -> usize {
        let index = self
            .inserts
            .partition_point(|(start, _, _)| *start <= offset);
        match index.checked_sub(1).map(|i| self.inserts[i]) {
            None => offset,
            Some((_, end, old)) if offset < end => old,
            Some((_, end, old)) => old + (offset - end),
        }
    }
}

struct Insert {
    at: usize,
    text: String,
    pad: bool,
}

/// The rewritten source, or `None` when pulldown-cmark already reads it as goldmark does.
pub fn rewrite(source: &str, options: Options) -> Option<Rewritten> {
    let tables = options.contains(Options::ENABLE_TABLES);
    let definitions = options.contains(Options::ENABLE_DEFINITION_LIST);
    if !may_differ(source, tables, definitions) {
        return None;
    }
    let mut inserts = Vec::new();
    let mut depth = 0usize;
    let mut title: Option<Range<usize>> = None;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph) if tables => {
                table_edits(source, range, depth == 0, None, &mut inserts);
                depth += 1;
            }
            Event::Start(Tag::DefinitionListTitle) => {
                title = Some(range);
                depth += 1;
            }
            Event::Start(Tag::DefinitionListDefinition) => {
                depth += 1;
                let term = title.take();
                // The range may start at the line's indentation rather than at the `:`.
                let rest = source[range.start..].trim_start_matches([' ', '\t']);
                let colon = source.len() - rest.len();
                if !bare_colon(rest) {
                    continue;
                }
                // The term and this `:` line were one paragraph to goldmark; the line may
                // be the delimiter row of its table.
                let table = match term.filter(|_| tables) {
                    Some(term) => table_edits(
                        source,
                        term.start..range.end,
                        depth == 2,
                        Some(range.start),
                        &mut inserts,
                    ),
                    None => false,
                };
                if !table {
                    inserts.push(Insert {
                        at: colon,
                        text: "\\".to_string(),
                        pad: false,
                    });
                }
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if inserts.is_empty() {
        return None;
    }
    inserts.sort_by_key(|insert| insert.at);
    let mut out = Rewritten {
        source: String::with_capacity(source.len() + 16),
        inserts: Vec::new(),
        padded: Vec::new(),
    };
    let mut copied = 0;
    for insert in inserts {
        out.source.push_str(&source[copied..insert.at]);
        let start = out.source.len();
        out.source.push_str(&insert.text);
        out.inserts.push((start, out.source.len(), insert.at));
        if insert.pad {
            out.padded.push(start..out.source.len());
        }
        copied = insert.at;
    }
    out.source.push_str(&source[copied..]);
    Some(out)
}

/// A look at the lines alone, before paying for a parse: true when some line could be
/// one of the three cases (a bare `:` line, a delimiter row under a header with fewer
/// cells, or under a header that follows another line of text). Most posts, tables
/// included, have none, and their render parses once.
fn may_differ(source: &str, tables: bool, definitions: bool) -> bool {
    let bytes = source.as_bytes();
    let mut from = 0;
    // Only a line whose first character (after spaces or tabs) is `:`, `|` or `-` can be
    // a bare `:` or a delimiter row. memchr jumps from one such character to the next;
    // each is dismissed by a look at the bytes next to it unless it starts its line.
    while let Some(found) = bytes
        .get(from..)
        .and_then(|rest| memchr::memchr3(b':', b'|', b'-', rest))
    {
        let at = from + found;
        from = at + 1;
        let indent = bytes[..at]
            .iter()
            .rev()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count();
        let line_start = at - indent;
        if line_start > 0 && bytes[line_start - 1] != b'\n' {
            continue;
        }
        if definitions && bare_colon(&source[at..]) {
            return true;
        }
        if !tables || line_start == 0 {
            continue;
        }
        // A delimiter row holds nothing but `-`, `|`, `:` and blanks: a list item or a
        // table's body row fails within a few bytes.
        let row = bytes[at..]
            .iter()
            .take_while(|b| matches!(b, b'-' | b'|' | b':' | b' ' | b'\t' | b'\r'))
            .count();
        let line_end = at + row;
        if bytes.get(line_end).is_some_and(|b| *b != b'\n') {
            continue;
        }
        from = line_end + 1;
        let Some(columns) = delimiter_cells(&source[line_start..line_end]) else {
            continue;
        };
        let header_start = line_before(bytes, line_start);
        let header = &source[header_start..line_start - 1];
        let mid_paragraph = header_start > 0 && {
            let above = &source[line_before(bytes, header_start)..header_start - 1];
            !above.trim().is_empty()
        };
        if header_cells(header) < columns || mid_paragraph {
            return true;
        }
    }
    false
}

/// Where the line before the one starting at `line_start` (> 0) starts.
fn line_before(bytes: &[u8], line_start: usize) -> usize {
    memchr::memrchr(b'\n', &bytes[..line_start - 1]).map_or(0, |nl| nl + 1)
}

/// Whether a line starts with a `:` that goldmark does not take for a definition (no
/// space or tab after it).
fn bare_colon(line: &str) -> bool {
    line.strip_prefix(':')
        .is_some_and(|rest| !rest.starts_with([' ', '\t']))
}

/// Edits that make pulldown-cmark see goldmark's table among the paragraph lines in
/// `range`; `marker` is a bare `:` line's offset, true is returned when it is the table's
/// delimiter row. `top` says the paragraph is not inside a container, where a blank line
/// could be inserted safely.
fn table_edits(
    source: &str,
    range: Range<usize>,
    top: bool,
    marker: Option<usize>,
    inserts: &mut Vec<Insert>,
) -> bool {
    let mut lines = Vec::new();
    let mut at = range.start;
    for line in source[range].split_inclusive('\n') {
        if line.trim().is_empty() {
            break;
        }
        lines.push((at, line.trim_end_matches(['\n', '\r'])));
        at += line.len();
    }
    for i in 1..lines.len() {
        let Some(columns) = delimiter_cells(lines[i].1) else {
            continue;
        };
        let (header_at, header) = lines[i - 1];
        let cells = header_cells(header);
        // goldmark gives up on the paragraph at its first delimiter row that fails.
        if cells == 0 || cells > columns || (i > 1 && !top) {
            return false;
        }
        if i > 1 {
            inserts.push(Insert {
                at: header_at,
                text: "\n".to_string(),
                pad: false,
            });
        }
        if cells < columns {
            let trimmed = header.trim_end();
            let closed = trimmed.ends_with('|') && !trimmed.ends_with("\\|");
            let pipes = columns - cells + usize::from(!closed);
            inserts.push(Insert {
                at: header_at + trimmed.len(),
                text: "|".repeat(pipes),
                pad: true,
            });
        }
        let (row_at, row) = lines[i];
        return marker.is_some_and(|m| (row_at..row_at + row.len()).contains(&m));
    }
    false
}

/// goldmark's delimiter row (`:--|--:`): its number of columns.
fn delimiter_cells(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    let allowed = |b: &u8| matches!(b, b'-' | b'|' | b':') || b.is_ascii_whitespace();
    // Checked byte by byte first: a table's body row or a list item fails at once.
    if indent > 3 || !line.as_bytes().iter().all(allowed) || line.bytes().all(|b| b == b'-') {
        return None;
    }
    let trimmed = line.trim();
    let inner = trimmed.strip_prefix('|').unwrap_or(trimmed);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let valid = |col: &str| {
        let col = col.trim();
        let col = col.strip_prefix(':').unwrap_or(col);
        let col = col.strip_suffix(':').unwrap_or(col);
        !col.is_empty() && col.bytes().all(|b| b == b'-')
    };
    let mut columns = 0;
    for col in inner.split('|') {
        if !valid(col) {
            return None;
        }
        columns += 1;
    }
    (columns > 0).then_some(columns)
}

/// The cells goldmark reads in a header row: outer pipes dropped, `\|` kept in a cell.
fn header_cells(line: &str) -> usize {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = match line.strip_suffix('|') {
        Some(rest) if !rest.ends_with('\\') => rest,
        _ => line,
    };
    if line.is_empty() {
        return 0;
    }
    let bytes = line.as_bytes();
    1 + (0..bytes.len())
        .filter(|&i| bytes[i] == b'|' && (i == 0 || bytes[i - 1] != b'\\'))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(source: &str) -> Option<String> {
        rewrite(source, Options::all()).map(|r| r.source)
    }

    #[test]
    fn a_colon_without_a_space_is_escaped_so_it_stays_paragraph_text() {
        assert_eq!(fixed("Term\n:none\n").as_deref(), Some("Term\n\\:none\n"));
        assert_eq!(fixed("Term\n: def\n"), None);
    }

    #[test]
    fn a_short_header_gets_the_pipes_its_delimiter_row_asks_for() {
        let out = rewrite("a|b\n:--|:--|:--\nx|y\n", Options::all()).expect("rewritten");
        assert_eq!(out.source, "a|b||\n:--|:--|:--\nx|y\n");
        assert_eq!(out.padded, vec![3..5]);
        assert_eq!(
            fixed("|a|b|\n--|--|--\n").as_deref(),
            Some("|a|b||\n--|--|--\n")
        );
    }

    #[test]
    fn a_header_with_more_cells_than_its_delimiter_row_is_no_table() {
        assert_eq!(fixed("a|b|c\n--|--\n"), None);
        // Nor a definition: the bare `:` is escaped.
        assert_eq!(
            fixed("a|b|c\n:--|:--\n").as_deref(),
            Some("a|b|c\n\\:--|:--\n")
        );
    }

    #[test]
    fn a_table_inside_a_top_level_paragraph_is_split_from_it() {
        assert_eq!(
            fixed("intro\nc|d\n--|--\n").as_deref(),
            Some("intro\n\nc|d\n--|--\n")
        );
    }

    #[test]
    fn original_offsets_skip_inserted_text() {
        let out = rewrite("intro\nc|d\n--|--\n", Options::all()).expect("rewritten");
        assert_eq!(out.original(3), 3);
        assert_eq!(out.original(6), 6);
        assert_eq!(out.original(7), 6);
        assert_eq!(out.original(9), 8);
    }

    #[test]
    fn a_table_goldmark_reads_alike_costs_no_second_parse() {
        let source = "text\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n";
        assert!(!may_differ(source, true, true));
        assert!(may_differ("text\n| a | b |\n|--|--|\n", true, true));
        assert!(may_differ("| a |\n|--|--|\n", true, true));
    }

    #[test]
    fn code_blocks_are_left_alone() {
        assert_eq!(fixed("```\nTerm\n:none\na|b\n--|--|--\n```\n"), None);
    }
}
