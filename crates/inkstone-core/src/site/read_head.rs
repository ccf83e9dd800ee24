//! Reading only the head of a content file (its front matter and the line after it):
//! all the index needs, about a tenth of a typical post's bytes.

use super::read_file::{
    binary_problem, not_utf8_problem, too_large_problem, unreadable, MAX_CONTENT_BYTES,
};
use crate::check::Diagnostic;
use crate::front_matter::{self, FrontMatterError, Split};
use std::io::Read;
use std::path::Path;

/// The first read: enough for the front matter of nearly every post.
const FIRST_READ: u64 = 4096;

/// The head of a file as text, and how it splits (the body range running to the end
/// of the whole file).
pub(crate) struct Head<'a> {
    pub text: &'a str,
    pub split: Result<Split, FrontMatterError>,
}

/// Reads `path` into `buf` (reused from file to file, so reading allocates nothing)
/// until its front matter has ended, or to its end, and hands the head to `use_head`.
/// Only the bytes read are checked for NUL bytes, and only the head for UTF-8; the
/// checks read the whole file (`Site::read_post`) and find problems further down.
pub(crate) fn with_head<T>(
    path: &Path,
    rel_path: &str,
    buf: &mut Vec<u8>,
    use_head: impl FnOnce(Head<'_>) -> T,
) -> Result<T, Diagnostic> {
    buf.clear();
    let mut file = std::fs::File::open(path).map_err(|e| unreadable(rel_path, &e))?;
    let size = file.metadata().map_err(|e| unreadable(rel_path, &e))?.len();
    if size > MAX_CONTENT_BYTES {
        return Err(too_large_problem(rel_path, size));
    }
    (&mut file)
        .take(FIRST_READ)
        .read_to_end(buf)
        .map_err(|e| unreadable(rel_path, &e))?;
    let complete = (buf.len() as u64) < FIRST_READ;
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    let mut use_head = Some(use_head);
    if let Some(done) = try_head(buf, complete, size, rel_path, &mut use_head)? {
        return Ok(done);
    }
    // Long front matter, or none found yet: read the rest of the file (up to the cap).
    file.take(MAX_CONTENT_BYTES + 1 - buf.len() as u64)
        .read_to_end(buf)
        .map_err(|e| unreadable(rel_path, &e))?;
    if buf.len() as u64 > MAX_CONTENT_BYTES {
        return Err(too_large_problem(rel_path, buf.len() as u64));
    }
    let done = try_head(buf, true, buf.len(), rel_path, &mut use_head)?;
    // A complete file always settles, and `use_head` is still there to be called.
    Ok(done.expect("a whole file settles"))
}

/// Calls `use_head` when the bytes read so far hold the whole head; `None` when more
/// of the file is needed.
fn try_head<T, F: FnOnce(Head<'_>) -> T>(
    bytes: &[u8],
    complete: bool,
    file_len: usize,
    rel_path: &str,
    use_head: &mut Option<F>,
) -> Result<Option<T>, Diagnostic> {
    if memchr::memchr(0, bytes).is_some() {
        return Err(binary_problem(rel_path));
    }
    // Most heads end at a closing `---` found in the bytes: only they are validated.
    let mut settled = None;
    if let Some(end) = likely_head_end(bytes).filter(|_| !complete) {
        let text = std::str::from_utf8(&bytes[..end])
            .map_err(|error| not_utf8_problem(rel_path, bytes, &error))?;
        settled = settle(text, false).map(|split| (text, split));
    }
    let (text, split) = match settled {
        Some(found) => found,
        None => {
            let text = match std::str::from_utf8(bytes) {
                Ok(text) => text,
                // The read stopped inside a character: the rest of it comes with the next read.
                Err(error) if !complete && error.error_len().is_none() => {
                    std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default()
                }
                Err(error) => return Err(not_utf8_problem(rel_path, bytes, &error)),
            };
            match settle(text, complete) {
                Some(split) => (text, split),
                None => return Ok(None),
            }
        }
    };
    let file_len = if complete { text.len() } else { file_len };
    let split = split.map(|mut split| {
        split.body.end = file_len.max(split.body.start);
        split
    });
    Ok(use_head
        .take()
        .map(|use_head| use_head(Head { text, split })))
}

/// Where the head most likely ends, found in raw bytes: past the line that closes a
/// `---` or `+++` block, or past the first line of a file that opens with neither.
/// `None` when unsure (JSON front matter, no closing line yet). `is_settled` has the
/// last word, on the text.
fn likely_head_end(bytes: &[u8]) -> Option<usize> {
    let line_end = |from: usize| memchr::memchr(b'\n', &bytes[from..]).map(|i| from + i + 1);
    let start = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let opening = start
        + bytes[start..]
            .iter()
            .position(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'))?;
    let closing: &[u8] = match bytes[opening] {
        b'-' => b"\n---",
        b'+' => b"\n+++",
        b'{' => return None,
        _ => return line_end(opening),
    };
    // From the opening line's own newline, so an empty block's closing line is found.
    let from = line_end(opening)? - 1;
    for found in memchr::memmem::find_iter(&bytes[from..], closing) {
        let line_start = from + found + 1;
        let end = line_end(line_start)?;
        let after_delimiter = &bytes[line_start + 3..end];
        if after_delimiter
            .iter()
            .all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
        {
            return Some(end);
        }
    }
    None
}

/// How `head` splits, when reading more of the file could not change it: the
/// front matter has ended and so has the line of its closing delimiter (or brace), or
/// the first non-blank line is whole and opens no front matter. A complete file is
/// always settled.
fn settle(head: &str, complete: bool) -> Option<Result<Split, FrontMatterError>> {
    let split = front_matter::split(head);
    (complete || is_settled(head, &split)).then_some(split)
}

fn is_settled(head: &str, split: &Result<Split, FrontMatterError>) -> bool {
    let Ok(split) = split else {
        return false; // unterminated so far
    };
    let has_newline = |from: usize| memchr::memchr(b'\n', &head.as_bytes()[from..]).is_some();
    match split.format {
        Some(_) => has_newline(split.block.end),
        None => {
            let blank = head.len()
                - head
                    .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
                    .len();
            has_newline(blank)
        }
    }
}

#[cfg(test)]
mod tests;
