//! A line diff of two versions of a post, for showing a writer what changed on disk
//! (the conflict banner, the recovery dialog) with a little context around each change.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};
use ts_rs::TS;

/// Unchanged lines kept around each change; the rest fold into one `Skipped` line.
const CONTEXT_LINES: usize = 2;

/// One line of a diff, from `old` (usually the writer's text) to `new` (the disk's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum DiffLine {
    Same {
        text: String,
    },
    /// Only in `old`.
    Removed {
        text: String,
    },
    /// Only in `new`.
    Added {
        text: String,
    },
    /// Unchanged lines left out of the view.
    Skipped {
        count: u32,
    },
}

/// The lines that differ between `old` and `new`, with context; empty when equal.
pub fn diff_lines(old: &str, new: &str) -> Vec<DiffLine> {
    let diff = TextDiff::from_lines(old, new);
    let groups = diff.grouped_ops(CONTEXT_LINES);
    let mut lines = Vec::new();
    // Where the previous group ended in `old`: the lines up to the next group are folded.
    let mut shown_until = 0;
    for group in &groups {
        let start = group.first().map_or(shown_until, |op| op.old_range().start);
        if start > shown_until {
            lines.push(skipped(start - shown_until));
        }
        for op in group {
            for change in diff.iter_changes(op) {
                let text = change.value().trim_end_matches(['\n', '\r']).to_owned();
                lines.push(match change.tag() {
                    ChangeTag::Equal => DiffLine::Same { text },
                    ChangeTag::Delete => DiffLine::Removed { text },
                    ChangeTag::Insert => DiffLine::Added { text },
                });
            }
        }
        shown_until = group.last().map_or(shown_until, |op| op.old_range().end);
    }
    let total = diff.old_slices().len();
    if !groups.is_empty() && total > shown_until {
        lines.push(skipped(total - shown_until));
    }
    lines
}

fn skipped(count: usize) -> DiffLine {
    DiffLine::Skipped {
        count: u32::try_from(count).unwrap_or(u32::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(t: &str) -> DiffLine {
        DiffLine::Same { text: t.into() }
    }

    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(diff_lines("a\nb\n", "a\nb\n"), []);
    }

    #[test]
    fn one_changed_line_shows_with_two_lines_of_context_and_the_rest_folded() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assert_eq!(
            diff_lines(old, new),
            [
                DiffLine::Skipped { count: 2 },
                same("3"),
                same("4"),
                DiffLine::Removed { text: "5".into() },
                DiffLine::Added {
                    text: "five".into()
                },
                same("6"),
                same("7"),
                DiffLine::Skipped { count: 2 },
            ]
        );
    }

    #[test]
    fn crlf_endings_do_not_show_in_the_lines() {
        assert_eq!(
            diff_lines("a\r\n", "b\r\n"),
            [
                DiffLine::Removed { text: "a".into() },
                DiffLine::Added { text: "b".into() }
            ]
        );
    }
}
