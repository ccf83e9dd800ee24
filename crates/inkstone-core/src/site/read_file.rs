//! Reading one content file's whole text, turning unreadable files into problems.

use super::index_post::read_problem;
use crate::check::Diagnostic;
use std::io::Read;
use std::path::Path;

/// Content files larger than this are not posts; refusing them keeps the index fast.
pub(crate) const MAX_CONTENT_BYTES: u64 = 16 * 1024 * 1024;

/// The file's text, or the problem that stops it from being indexed or checked.
pub(crate) fn read_content_text(path: &Path, rel_path: &str) -> Result<String, Diagnostic> {
    let file = std::fs::File::open(path).map_err(|e| unreadable(rel_path, &e))?;
    let size = file.metadata().map_err(|e| unreadable(rel_path, &e))?.len();
    if size > MAX_CONTENT_BYTES {
        return Err(too_large_problem(rel_path, size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0) + 1);
    // The file may grow after the size check; never read past the cap.
    file.take(MAX_CONTENT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(rel_path, &e))?;
    if bytes.len() as u64 > MAX_CONTENT_BYTES {
        return Err(too_large_problem(rel_path, bytes.len() as u64));
    }
    if memchr::memchr(0, &bytes).is_some() {
        return Err(binary_problem(rel_path));
    }
    String::from_utf8(bytes)
        .map_err(|error| not_utf8_problem(rel_path, error.as_bytes(), &error.utf8_error()))
}

pub(crate) fn too_large_problem(rel_path: &str, size: u64) -> Diagnostic {
    read_problem(
        rel_path,
        "file-too-large",
        format!(
            "the file is {size} bytes, more than the {MAX_CONTENT_BYTES} bytes Inkstone indexes"
        ),
        "split the post or move large data out of content/",
    )
}

pub(crate) fn binary_problem(rel_path: &str) -> Diagnostic {
    read_problem(
        rel_path,
        "file-binary",
        "the file contains NUL bytes: it is not a text file".into(),
        "move binary files out of the content folder or rename them away from .md",
    )
}

/// `bytes` failed UTF-8 validation with `error`: the problem points at the first bad byte.
pub(crate) fn not_utf8_problem(
    rel_path: &str,
    bytes: &[u8],
    error: &std::str::Utf8Error,
) -> Diagnostic {
    let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or("");
    let line = valid.matches('\n').count() + 1;
    let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    let mut problem = read_problem(
        rel_path,
        "file-not-utf8",
        "the file is not valid UTF-8".into(),
        "re-save the file as UTF-8 in your editor",
    );
    problem.line = u32::try_from(line).unwrap_or(u32::MAX);
    problem.column = u32::try_from(column).unwrap_or(u32::MAX);
    problem
}

pub(crate) fn unreadable(rel_path: &str, error: &std::io::Error) -> Diagnostic {
    read_problem(
        rel_path,
        "file-unreadable",
        format!("cannot read the file: {error}"),
        "check the file exists and you may read it",
    )
}
