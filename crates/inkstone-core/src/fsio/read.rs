//! Reading a text file safely: UTF-8 only, no binary, no absurd sizes.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Larger than any post (a 10 MB post reads fine); a file past this is not text a
/// writer edits, and reading it whole would stall the index.
pub const MAX_TEXT_BYTES: u64 = 64 * 1024 * 1024;

/// Why a text file could not be read. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}: cannot be read: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },

    #[error("{}: is {bytes} bytes, more than the {limit} bytes Inkstone opens", path.display())]
    TooLarge {
        path: PathBuf,
        bytes: u64,
        limit: u64,
    },

    #[error("{}: is a binary file, not text (it contains a NUL byte on line {line})", path.display())]
    Binary {
        path: PathBuf,
        line: u32,
        column: u32,
    },

    #[error("{}: is not valid UTF-8 at line {line}, column {column}", path.display())]
    NotUtf8 {
        path: PathBuf,
        line: u32,
        column: u32,
        /// What the bytes look like instead, when that is plausible.
        looks_like: Option<&'static str>,
    },
}

impl ReadError {
    pub fn path(&self) -> &Path {
        match self {
            Self::Io { path, .. }
            | Self::TooLarge { path, .. }
            | Self::Binary { path, .. }
            | Self::NotUtf8 { path, .. } => path,
        }
    }

    /// 1-based line of the problem (1 when it concerns the whole file).
    pub fn line(&self) -> u32 {
        match self {
            Self::Binary { line, .. } | Self::NotUtf8 { line, .. } => *line,
            _ => 1,
        }
    }

    /// 1-based column (in characters) of the problem.
    pub fn column(&self) -> u32 {
        match self {
            Self::Binary { column, .. } | Self::NotUtf8 { column, .. } => *column,
            _ => 1,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::Io { source, .. } if source.kind() == io::ErrorKind::NotFound => "file-not-found",
            Self::Io { .. } => "file-unreadable",
            Self::TooLarge { .. } => "file-too-large",
            Self::Binary { .. } => "file-binary",
            Self::NotUtf8 { .. } => "file-not-utf8",
        }
    }

    /// The likely fix, written for the writer.
    pub fn hint(&self) -> String {
        match self {
            Self::Io { source, .. } if source.kind() == io::ErrorKind::NotFound => {
                "check the file name and folder".to_string()
            }
            Self::Io { .. } => "check that the file exists and that you may read it".to_string(),
            Self::TooLarge { .. } => {
                "split the file, or move large data out of the content folder".to_string()
            }
            Self::Binary { .. } => {
                "move this file out of the content folder, or re-save it as plain text".to_string()
            }
            Self::NotUtf8 {
                looks_like: Some(encoding),
                ..
            } => {
                format!("re-save it as UTF-8 (it looks like {encoding})")
            }
            Self::NotUtf8 {
                looks_like: None, ..
            } => "re-save it as UTF-8".to_string(),
        }
    }
}

/// Reads `path` as UTF-8 text, exactly as stored (a BOM and CRLF are kept).
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    let io_error = |source| ReadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = File::open(path).map_err(io_error)?;
    let declared = file.metadata().map_err(io_error)?.len();
    if declared > MAX_TEXT_BYTES {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            bytes: declared,
            limit: MAX_TEXT_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(declared).unwrap_or(0));
    // The file may grow between the size check and the read; never read past the cap.
    file.take(MAX_TEXT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            bytes: bytes.len() as u64,
            limit: MAX_TEXT_BYTES,
        });
    }
    decode(path, bytes)
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, ReadError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ReadError::NotUtf8 {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            looks_like: Some("UTF-16"),
        });
    }
    if let Some(nul) = memchr::memchr(0, &bytes) {
        let (line, column) = position(&bytes[..nul]);
        return Err(ReadError::Binary {
            path: path.to_path_buf(),
            line,
            column,
        });
    }
    String::from_utf8(bytes).map_err(|error| {
        let bytes = error.as_bytes();
        let valid = error.utf8_error().valid_up_to();
        let (line, column) = position(&bytes[..valid]);
        ReadError::NotUtf8 {
            path: path.to_path_buf(),
            line,
            column,
            looks_like: guess_encoding(bytes),
        }
    })
}

/// Line and column just after `valid`, which is valid UTF-8.
fn position(valid: &[u8]) -> (u32, u32) {
    let line = memchr::memchr_iter(b'\n', valid).count() + 1;
    let line_start = memchr::memrchr(b'\n', valid).map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&valid[line_start..])
        .chars()
        .count()
        + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// A rough guess at a legacy encoding: Big5 and GBK write each Chinese character as a
/// lead byte 0x81–0xFE and a trail byte; Latin-1 text has lone high bytes.
fn guess_encoding(bytes: &[u8]) -> Option<&'static str> {
    let (mut pairs, mut lone, mut i) = (0usize, 0usize, 0usize);
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        let trail = bytes.get(i + 1).copied().unwrap_or(0);
        if (0x81..=0xFE).contains(&b)
            && ((0x40..=0x7E).contains(&trail) || (0x80..=0xFE).contains(&trail))
        {
            pairs += 1;
            i += 2;
        } else {
            lone += 1;
            i += 1;
        }
    }
    if pairs >= 2 && pairs > lone * 4 {
        Some("Big5 or GBK")
    } else if lone > 0 && pairs == 0 {
        Some("Latin-1 or Windows-1252")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_characters() {
        assert_eq!(position("a\n標題".as_bytes()), (2, 3));
    }

    #[test]
    fn big5_bytes_are_recognised() {
        // "中文字" in Big5.
        assert_eq!(
            guess_encoding(&[0xA4, 0xA4, 0xA4, 0xE5, 0xA6, 0x72]),
            Some("Big5 or GBK")
        );
        assert_eq!(
            guess_encoding(b"caf\xE9 ok"),
            Some("Latin-1 or Windows-1252")
        );
    }
}
