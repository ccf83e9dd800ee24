//! Three-way merge of a post: the writer's text and the disk's, against the last
//! version both shared. Line-based, as git merges, with git-style conflict markers.

mod align;
mod diff;

use serde::Serialize;
use ts_rs::TS;

use align::{unstable_chunks, Chunk};
pub use diff::{diff_lines, DiffLine};

/// Marker lines, as git writes them, so writers and tools recognise them.
pub const MARKER_MINE: &str = "<<<<<<< mine";
pub const MARKER_BASE_END: &str = "=======";
pub const MARKER_DISK: &str = ">>>>>>> disk";

/// The result of merging: clean, or with conflicts marked for the writer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum MergeOutcome {
    /// Both sides' edits applied; nothing for the writer to decide.
    Clean { text: String },
    /// Overlapping edits: `text` holds both versions between markers.
    Conflicted {
        text: String,
        conflicts: Vec<ConflictRegion>,
    },
}

impl MergeOutcome {
    pub fn text(&self) -> &str {
        match self {
            Self::Clean { text } | Self::Conflicted { text, .. } => text,
        }
    }
}

/// One place where both sides changed the same lines differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictRegion {
    /// 1-based line of the `<<<<<<<` marker in the merged text.
    pub start_line: u32,
    /// 1-based line of the `>>>>>>>` marker in the merged text.
    pub end_line: u32,
    pub base: String,
    pub mine: String,
    pub disk: String,
}

/// Merges `mine` (the writer's buffer) and `disk` (the file now) against `base`.
pub fn merge_texts(base: &str, mine: &str, disk: &str) -> MergeOutcome {
    let base_lines = lines_of(base);
    let mine_lines = lines_of(mine);
    let disk_lines = lines_of(disk);
    let mut merged = String::with_capacity(mine.len().max(disk.len()));
    let mut conflicts = Vec::new();
    for chunk in unstable_chunks(&base_lines, &mine_lines, &disk_lines) {
        match chunk {
            Chunk::Stable(lines) => lines.iter().for_each(|line| merged.push_str(line)),
            Chunk::Changed { base, mine, disk } => {
                let (b, m, d) = (base.concat(), mine.concat(), disk.concat());
                if m == b || m == d {
                    merged.push_str(&d);
                } else if d == b {
                    merged.push_str(&m);
                } else {
                    conflicts.push(write_conflict(&mut merged, b, m, d));
                }
            }
        }
    }
    if conflicts.is_empty() {
        MergeOutcome::Clean { text: merged }
    } else {
        MergeOutcome::Conflicted {
            text: merged,
            conflicts,
        }
    }
}

fn write_conflict(merged: &mut String, base: String, mine: String, disk: String) -> ConflictRegion {
    let start_line = line_count(merged) + 1;
    for (marker, body) in [(MARKER_MINE, &mine), (MARKER_BASE_END, &disk)] {
        merged.push_str(marker);
        merged.push('\n');
        merged.push_str(body);
        if !body.is_empty() && !body.ends_with('\n') {
            merged.push('\n');
        }
    }
    merged.push_str(MARKER_DISK);
    merged.push('\n');
    ConflictRegion {
        start_line,
        end_line: line_count(merged),
        base,
        mine,
        disk,
    }
}

/// Lines with their endings kept, so CRLF and a missing final newline survive.
fn lines_of(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

fn line_count(text: &str) -> u32 {
    let count = text.bytes().filter(|&b| b == b'\n').count();
    u32::try_from(count).unwrap_or(u32::MAX)
}
