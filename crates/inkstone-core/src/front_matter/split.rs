//! Cutting a content file into its front matter block and its body, as Hugo does.

use super::error::FrontMatterError;
use super::text_pos::{line_of, lines};
use std::ops::Range;

/// The language of a front matter block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Between `---` lines.
    Yaml,
    /// Between `+++` lines.
    Toml,
    /// One `{…}` object at the top of the file.
    Json,
}

/// How the file ends its lines (taken from its first line ending).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineEnding {
    Lf,
    CrLf,
}

impl LineEnding {
    pub fn as_str(self) -> &'static str {
        match self {
            LineEnding::Lf => "\n",
            LineEnding::CrLf => "\r\n",
        }
    }
}

/// Byte ranges into the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    pub bom: bool,
    /// `None`: the file has no front matter.
    pub format: Option<Format>,
    /// Raw front matter text between the delimiters (JSON: the whole `{…}` object).
    pub block: Range<usize>,
    /// 1-based file line where `block` starts.
    pub block_first_line: u32,
    pub body: Range<usize>,
    /// 1-based file line where the body starts.
    pub body_first_line: u32,
    pub line_ending: LineEnding,
}

const BOM: &str = "\u{FEFF}";

/// Finds the front matter at the top of `text`. Like Hugo, blank lines before the
/// opening delimiter are allowed; a file that starts with anything else has no front
/// matter and is all body.
pub fn split(text: &str) -> Result<Split, FrontMatterError> {
    let bom = text.starts_with(BOM);
    let start = if bom { BOM.len() } else { 0 };
    let line_ending = detect_line_ending(text);
    let opening = start + text[start..].len()
        - text[start..]
            .trim_start_matches([' ', '\t', '\r', '\n'])
            .len();
    let rest = &text[opening..];

    let fenced = if rest.starts_with('{') {
        return split_json(text, opening, bom, line_ending);
    } else if rest.starts_with("---") {
        Some((Format::Yaml, "---"))
    } else if rest.starts_with("+++") {
        Some((Format::Toml, "+++"))
    } else {
        None
    };
    let no_front_matter = Split {
        bom,
        format: None,
        block: start..start,
        block_first_line: 1,
        body: start..text.len(),
        body_first_line: 1,
        line_ending,
    };
    let Some((format, delimiter)) = fenced else {
        return Ok(no_front_matter);
    };

    let mut all = lines(&text[opening..]);
    let Some(first) = all.next() else {
        return Ok(no_front_matter);
    };
    if !is_delimiter_line(first.content, delimiter) {
        // `----` or `--- text` is a thematic break or prose, not a fence.
        return Ok(no_front_matter);
    }
    let block_start = opening + first.end;
    let opening_line = line_of(text, opening);
    for line in all {
        if is_delimiter_line(line.content, delimiter) {
            let block = block_start..opening + line.start;
            let body_start = opening + line.end;
            return Ok(Split {
                bom,
                format: Some(format),
                block_first_line: opening_line + 1,
                body_first_line: line_of(text, body_start),
                block,
                body: body_start..text.len(),
                line_ending,
            });
        }
    }
    Err(FrontMatterError::Unterminated {
        delimiter,
        line: opening_line,
    })
}

fn is_delimiter_line(line: &str, delimiter: &str) -> bool {
    line.strip_prefix(delimiter)
        .is_some_and(|after| after.trim_matches([' ', '\t']).is_empty())
}

fn detect_line_ending(text: &str) -> LineEnding {
    match memchr::memchr(b'\n', text.as_bytes()) {
        Some(i) if i > 0 && text.as_bytes()[i - 1] == b'\r' => LineEnding::CrLf,
        _ => LineEnding::Lf,
    }
}

/// JSON front matter is one object; its end is the brace that balances the first one,
/// found while skipping over strings (which may contain braces).
fn split_json(
    text: &str,
    opening: usize,
    bom: bool,
    line_ending: LineEnding,
) -> Result<Split, FrontMatterError> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, &b) in bytes.iter().enumerate().skip(opening) {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let block_end = i + 1;
                    // The body starts on the line after the closing brace.
                    let body_start = match text[block_end..].find('\n') {
                        Some(n) if text[block_end..block_end + n].trim().is_empty() => {
                            block_end + n + 1
                        }
                        _ => block_end,
                    };
                    return Ok(Split {
                        bom,
                        format: Some(Format::Json),
                        block: opening..block_end,
                        block_first_line: line_of(text, opening),
                        body: body_start..text.len(),
                        body_first_line: line_of(text, body_start),
                        line_ending,
                    });
                }
            }
            _ => {}
        }
    }
    Err(FrontMatterError::Unterminated {
        delimiter: "{",
        line: line_of(text, opening),
    })
}
