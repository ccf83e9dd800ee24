//! Shortcodes: found before markdown is parsed and swapped for placeholders, as Hugo
//! does, then replaced by their output once the markdown is HTML.

pub mod builtins;
pub mod parse;
pub mod preview;

use self::parse::Token;
use crate::check::{Diagnostic, Severity};
use std::ops::Range;

/// Text the markdown parser will never change, standing for shortcode number N.
const PLACEHOLDER: &str = "inkstoneph";
const MORE: &str = "<!--more-->";

/// A body with its shortcodes replaced by placeholders.
pub struct Expanded {
    pub source: String,
    /// `(offset in source, offset in the original body)` where each copied run starts.
    pub offsets: Vec<(usize, usize)>,
    pub calls: Vec<Call>,
}

/// One shortcode (or summary divider) waiting to be rendered.
#[derive(Debug, Clone)]
pub struct Call {
    pub kind: CallKind,
    /// Byte range in the original body, from the opening tag to the closing one.
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub enum CallKind {
    Shortcode {
        name: String,
        args: parse::Args,
        inner: Option<Range<usize>>,
        markdown: bool,
    },
    More,
}

/// Finds shortcodes and `<!--more-->`; problems go to `problems` as (offset, code, message, hint).
pub fn expand(body: &str, problems: &mut Vec<(usize, &'static str, String, String)>) -> Expanded {
    let mut tokens = parse::tokens(body);
    let mut more_from = 0;
    let more = memchr::memmem::Finder::new(MORE);
    while let Some(rel) = more.find(&body.as_bytes()[more_from..]) {
        let at = more_from + rel;
        more_from = at + MORE.len();
        // Hugo takes the divider on a line of its own; elsewhere (in code) it is text.
        let line_start = body[..at].rfind('\n').map_or(0, |i| i + 1);
        let line_end = body[at..].find('\n').map_or(body.len(), |i| at + i);
        if body[line_start..line_end].trim() != MORE {
            continue;
        }
        tokens.push(Token::SummaryDivider {
            span: at..at + MORE.len(),
        });
        // Only the first divider counts; later ones are ordinary HTML comments.
        break;
    }
    tokens.sort_by_key(|token| token_span(token).start);

    let mut expanded = Expanded {
        source: String::with_capacity(body.len()),
        offsets: vec![(0, 0)],
        calls: Vec::new(),
    };
    let mut cursor = 0;
    let mut i = 0;
    while i < tokens.len() {
        let span = token_span(&tokens[i]).clone();
        if span.start < cursor {
            i += 1;
            continue;
        }
        match &tokens[i] {
            Token::Escaped { literal, .. } => {
                expanded.copy(body, cursor, span.start);
                expanded.source.push_str(literal);
                cursor = span.end;
                expanded.offsets.push((expanded.source.len(), cursor));
            }
            Token::SummaryDivider { .. } => {
                expanded.copy(body, cursor, span.start);
                expanded.placeholder(Call {
                    kind: CallKind::More,
                    span: span.clone(),
                });
                cursor = span.end;
                expanded.offsets.push((expanded.source.len(), cursor));
            }
            Token::Broken { reason, .. } => problems.push((
                span.start,
                "shortcode-syntax",
                format!("this shortcode cannot be read: {reason}"),
                "write it like {{< name arg >}} or {{< name key=\"value\" >}}".to_string(),
            )),
            Token::Close { name, .. } => problems.push((
                span.start,
                "shortcode-unmatched",
                format!("`{{{{< /{name} >}}}}` closes a shortcode that was never opened"),
                format!("remove it or add {{{{< {name} >}}}} before it"),
            )),
            Token::Open {
                name,
                args,
                markdown,
                self_closing,
                ..
            } => {
                let closing = if *self_closing {
                    None
                } else {
                    matching_close(&tokens, i, name)
                };
                let (inner, end, next) = match closing {
                    Some(j) => {
                        let close = token_span(&tokens[j]);
                        (Some(span.end..close.start), close.end, j)
                    }
                    None => (None, span.end, i),
                };
                expanded.copy(body, cursor, span.start);
                expanded.placeholder(Call {
                    kind: CallKind::Shortcode {
                        name: name.clone(),
                        args: args.clone(),
                        inner,
                        markdown: *markdown,
                    },
                    span: span.start..end,
                });
                cursor = end;
                expanded.offsets.push((expanded.source.len(), cursor));
                i = next;
            }
        }
        i += 1;
    }
    expanded.copy(body, cursor, body.len());
    expanded
}

fn token_span(token: &Token) -> &Range<usize> {
    match token {
        Token::Open { span, .. }
        | Token::Close { span, .. }
        | Token::Escaped { span, .. }
        | Token::Broken { span, .. }
        | Token::SummaryDivider { span } => span,
    }
}

/// The closing tag for the opening tag at `open`, skipping nested pairs of the same name.
fn matching_close(tokens: &[Token], open: usize, name: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (j, token) in tokens.iter().enumerate().skip(open + 1) {
        match token {
            Token::Open {
                name: other,
                self_closing: false,
                ..
            } if other == name => depth += 1,
            Token::Close { name: other, .. } if other == name => {
                if depth == 0 {
                    return Some(j);
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

impl Expanded {
    fn copy(&mut self, body: &str, from: usize, to: usize) {
        if from < to {
            self.source.push_str(&body[from..to]);
        }
    }

    fn placeholder(&mut self, call: Call) {
        self.source
            .push_str(&format!("{PLACEHOLDER}{}x", self.calls.len()));
        self.calls.push(call);
    }

    /// The original body offset for an offset in the expanded source.
    pub fn original_offset(&self, offset: usize) -> usize {
        let index = self
            .offsets
            .partition_point(|(source_at, _)| *source_at <= offset);
        let (source_at, body_at) = self.offsets[index.saturating_sub(1)];
        body_at + (offset - source_at)
    }
}

/// Replaces placeholders with their output; `render(n, standalone)` gives call n's HTML,
/// where `standalone` means it was alone in a paragraph, whose `<p>` Hugo then drops.
pub fn substitute(html: &str, mut render: impl FnMut(usize, bool) -> String) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let finder = memchr::memmem::Finder::new(PLACEHOLDER);
    while let Some(at) = finder.find(rest.as_bytes()) {
        let after = &rest[at + PLACEHOLDER.len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let number = after[..digits].parse::<usize>().ok();
        let (Some(number), true) = (number, after[digits..].starts_with('x')) else {
            out.push_str(&rest[..at + PLACEHOLDER.len()]);
            rest = after;
            continue;
        };
        let before = &rest[..at];
        let tail = &after[digits + 1..];
        let opening = paragraph_opening(before);
        match (opening, tail.strip_prefix("</p>")) {
            (Some(open_len), Some(tail)) => {
                out.push_str(&before[..before.len() - open_len]);
                out.push_str(&render(number, true));
                rest = tail;
            }
            _ => {
                out.push_str(before);
                out.push_str(&render(number, false));
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The length of a `<p>` or `<p data-line="N">` that `before` ends with.
fn paragraph_opening(before: &str) -> Option<usize> {
    if before.ends_with("<p>") {
        return Some(3);
    }
    let start = before.rfind("<p data-line=\"")?;
    let tag = &before[start..];
    let digits = tag.strip_prefix("<p data-line=\"")?.strip_suffix("\">")?;
    digits
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then_some(tag.len())
}

/// A diagnostic at a byte offset of the body.
pub fn diagnostic_at(
    body: &str,
    offset: usize,
    first_line: u32,
    path: &str,
    code: &str,
    message: String,
    hint: String,
) -> Diagnostic {
    let (line, column) = line_column(body, offset, first_line);
    Diagnostic {
        path: path.to_string(),
        line,
        column,
        severity: Severity::Error,
        code: code.to_string(),
        message,
        hint,
    }
}

/// 1-based file line and character column of a byte offset in the body.
pub fn line_column(body: &str, offset: usize, first_line: u32) -> (u32, u32) {
    let offset = offset.min(body.len());
    let before = body.get(..offset).unwrap_or("");
    let line = first_line + before.bytes().filter(|b| *b == b'\n').count() as u32;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() as u32 + 1;
    (line, column)
}
