//! Finding the links in a post body: markdown links and images (never those inside
//! code), and `ref` / `relref` shortcodes (which Hugo resolves even inside code).

use pulldown_cmark::{Event, Options, Parser, Tag};
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// `[text](target)`
    Link,
    /// `![alt](target)`
    Image,
    /// `{{< ref "target" >}}` or `{{< relref "target" >}}`: Hugo fails the build when
    /// the target does not exist.
    Ref,
}

/// A link found in a body, at its 1-based file line and character column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyLink {
    pub kind: LinkKind,
    pub target: String,
    pub line: u32,
    pub column: u32,
}

/// Every link of `body`, in order of appearance per kind; `body_first_line` is the
/// file line the body starts on, so positions are file positions.
pub fn body_links(body: &str, body_first_line: u32) -> Vec<BodyLink> {
    let lines = LineIndex::new(body, body_first_line);
    let mut links = Vec::new();
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_DEFINITION_LIST;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let (kind, target) = match event {
            Event::Start(Tag::Link { dest_url, .. }) => (LinkKind::Link, dest_url),
            Event::Start(Tag::Image { dest_url, .. }) => (LinkKind::Image, dest_url),
            _ => continue,
        };
        // A shortcode in the destination is resolved by Hugo, and found below.
        if target.is_empty() || target.contains("{{") {
            continue;
        }
        let (line, column) = lines.position(range.start);
        links.push(BodyLink {
            kind,
            target: target.to_string(),
            line,
            column,
        });
    }
    for found in ref_shortcode().captures_iter(body) {
        let (Some(whole), Some(args)) = (found.get(0), found.get(1)) else {
            continue;
        };
        if let Some(target) = ref_target(args.as_str()) {
            let (line, column) = lines.position(whole.start());
            links.push(BodyLink {
                kind: LinkKind::Ref,
                target,
                line,
                column,
            });
        }
    }
    links
}

fn ref_shortcode() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // `{{</* ref */>}}` (the escaped form in docs) does not match: `/*` is not a name.
        Regex::new(r#"\{\{[<%]-?\s*(?:rel)?ref\s+((?:[^>%]|>[^}]|%[^}])*?)\s*-?[>%]\}\}"#)
            .unwrap_or_else(|e| unreachable!("the ref pattern is valid: {e}"))
    })
}

/// The page a `ref` points at: its `path="…"` argument or its first positional one.
/// `None` when it also names a language or output format (resolved elsewhere).
fn ref_target(args: &str) -> Option<String> {
    let mut tokens = Vec::new();
    let mut rest = args.trim();
    while !rest.is_empty() {
        let (name, value_start) = match rest.find('=') {
            Some(eq) if !rest[..eq].contains([' ', '"', '`']) => {
                (Some(&rest[..eq]), &rest[eq + 1..])
            }
            _ => (None, rest),
        };
        let (value, after) = match value_start.chars().next() {
            Some(q @ ('"' | '`')) => {
                let inner = &value_start[1..];
                let end = inner.find(q).unwrap_or(inner.len());
                (&inner[..end], inner.get(end + 1..).unwrap_or(""))
            }
            _ => {
                let end = value_start
                    .find(char::is_whitespace)
                    .unwrap_or(value_start.len());
                (&value_start[..end], &value_start[end..])
            }
        };
        tokens.push((name, value));
        rest = after.trim_start();
    }
    if tokens
        .iter()
        .any(|(name, _)| matches!(name, Some("lang" | "outputFormat")))
    {
        return None;
    }
    tokens
        .iter()
        .find(|(name, _)| *name == Some("path"))
        .or_else(|| tokens.iter().find(|(name, _)| name.is_none()))
        .map(|(_, value)| value.to_string())
}

/// Byte offset → (file line, character column), for one body. Queries mostly come in
/// increasing order, so the last answer is reused: counting characters from the
/// previous link, not from the line start, keeps a one-line 10 MB body linear.
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    first_line: u32,
    /// (line index, byte offset, 0-based column) of the previous query.
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str, first_line: u32) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1));
        LineIndex {
            text,
            starts,
            first_line,
            last: std::cell::Cell::new((0, 0, 0)),
        }
    }

    fn position(&self, offset: usize) -> (u32, u32) {
        let line = self
            .starts
            .partition_point(|start| *start <= offset)
            .saturating_sub(1);
        let start = self.starts.get(line).copied().unwrap_or(0);
        let (last_line, last_offset, last_column) = self.last.get();
        let (from, base) = if last_line == line && last_offset >= start && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (start, 0)
        };
        let column = base + self.text.get(from..offset).map_or(0, |s| s.chars().count());
        self.last.set((line, offset, column));
        let line_number = self
            .first_line
            .saturating_add(u32::try_from(line).unwrap_or(u32::MAX));
        (line_number, u32::try_from(column + 1).unwrap_or(u32::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets(body: &str) -> Vec<(LinkKind, String, u32, u32)> {
        body_links(body, 10)
            .into_iter()
            .map(|l| (l.kind, l.target, l.line, l.column))
            .collect()
    }

    #[test]
    fn links_carry_file_positions_with_columns_in_characters() {
        assert_eq!(
            targets("前言\n另見[〈上篇〉](/posts/a/)。\n"),
            [(LinkKind::Link, "/posts/a/".to_string(), 11, 3)]
        );
    }

    #[test]
    fn links_inside_code_are_not_links() {
        assert_eq!(targets("`[a](/x/)`\n\n```\n[b](/y/)\n```\n"), []);
    }

    #[test]
    fn ref_and_relref_are_found_with_their_path() {
        assert_eq!(
            targets("[a]({{< ref \"posts/a.md\" >}}) {{% relref path=\"b\" %}}"),
            [
                (LinkKind::Ref, "posts/a.md".to_string(), 10, 5),
                (LinkKind::Ref, "b".to_string(), 10, 31),
            ]
        );
    }

    #[test]
    fn escaped_shortcodes_in_docs_are_not_refs() {
        assert_eq!(targets("{{</* ref \"nowhere\" */>}}"), []);
    }

    #[test]
    fn images_are_found() {
        assert_eq!(
            targets("![cover](cover.webp)"),
            [(LinkKind::Image, "cover.webp".to_string(), 10, 1)]
        );
    }
}
