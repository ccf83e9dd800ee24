//! The cross-link block: writing it from the template, and finding it in a body,
//! between Inkstone's markers or as a hand-written leading blockquote.

use super::model::{Series, SeriesPost};
use super::ordinal;
use super::settings::{BlockTemplate, Numerals, SeriesSettings};
use std::ops::Range;

/// How the hand-written blocks Inkstone recognises begin (after `> `).
const HAND_WRITTEN_OPENINGS: [&str; 2] = ["本文為系列文", "This post is part"];

/// The blockquote text of the block for `post` (no markers), lines joined by `\n`.
/// A published post does not link draft parts: those links would break once published.
pub fn quote_for(settings: &SeriesSettings, series: &Series, post: &SeriesPost) -> String {
    let template = settings.template_for(&post.lang);
    let links: Vec<String> = series
        .posts
        .iter()
        .filter(|other| other.path != post.path && (post.draft || !other.draft))
        .map(|other| {
            template
                .link
                .replace("{title}", &other.title)
                .replace("{url}", &other.url)
        })
        .collect();
    let part = part_words(template, post.part);
    let pattern = if links.is_empty() {
        &template.alone
    } else {
        &template.line
    };
    pattern
        .replace("{part}", &part)
        .replace("{series}", &series.name)
        .replace("{others}", &join(template, &links))
}

/// The whole block with its markers, ending with a line ending.
pub fn marked_block(settings: &SeriesSettings, quote: &str, line_ending: &str) -> String {
    let mut block = String::new();
    for line in [
        settings.start_marker.as_str(),
        "",
        quote,
        "",
        settings.end_marker.as_str(),
    ] {
        block.push_str(&line.replace('\n', line_ending));
        block.push_str(line_ending);
    }
    block
}

fn part_words(template: &BlockTemplate, part: usize) -> String {
    match template.numerals {
        Numerals::Chinese => ordinal::chinese(part),
        Numerals::Arabic => part.to_string(),
    }
}

fn join(template: &BlockTemplate, links: &[String]) -> String {
    match links {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!(
            "{}{}{}",
            rest.join(&template.separator),
            template.last_separator,
            last
        ),
    }
}

/// A block found in a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundBlock {
    /// Byte range in the body: whole lines, including the last line's ending.
    pub range: Range<usize>,
    /// Between markers (`true`) or a hand-written blockquote Inkstone recognised.
    pub marked: bool,
    /// The blockquote's lines without blank lines around, joined by `\n`.
    pub quote: String,
    /// Byte offset in the body of the quote's first line.
    pub quote_start: usize,
}

/// Lines of `body` with their byte ranges (ending included) and text (ending removed).
fn lines(body: &str) -> Vec<(Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in body.split_inclusive('\n') {
        let end = start + piece.len();
        let text = piece.trim_end_matches('\n').trim_end_matches('\r');
        out.push((start..end, text));
        start = end;
    }
    out
}

/// The block in `body`: the first marked one, else a hand-written leading blockquote.
pub fn find(settings: &SeriesSettings, body: &str) -> Option<FoundBlock> {
    let lines = lines(body);
    find_marked(settings, &lines).or_else(|| find_hand_written(&lines))
}

fn find_marked(settings: &SeriesSettings, lines: &[(Range<usize>, &str)]) -> Option<FoundBlock> {
    let start = lines
        .iter()
        .position(|(_, t)| t.trim_end() == settings.start_marker)?;
    let end = start
        + 1
        + lines[start + 1..]
            .iter()
            .position(|(_, t)| t.trim_end() == settings.end_marker)?;
    let inner: Vec<&(Range<usize>, &str)> = lines[start + 1..end]
        .iter()
        .filter(|(_, t)| !t.trim().is_empty())
        .collect();
    Some(FoundBlock {
        range: lines[start].0.start..lines[end].0.end,
        marked: true,
        quote: inner.iter().map(|(_, t)| *t).collect::<Vec<_>>().join("\n"),
        quote_start: inner.first().map_or(lines[start].0.start, |(r, _)| r.start),
    })
}

fn find_hand_written(lines: &[(Range<usize>, &str)]) -> Option<FoundBlock> {
    let first = lines.iter().position(|(_, t)| !t.trim().is_empty())?;
    let opening = lines[first].1.trim_start().strip_prefix('>')?.trim_start();
    if !HAND_WRITTEN_OPENINGS.iter().any(|o| opening.starts_with(o)) {
        return None;
    }
    let count = lines[first..]
        .iter()
        .take_while(|(_, t)| t.trim_start().starts_with('>'))
        .count();
    let quote_lines = &lines[first..first + count];
    Some(FoundBlock {
        range: quote_lines[0].0.start..quote_lines[count - 1].0.end,
        marked: false,
        quote: quote_lines
            .iter()
            .map(|(_, t)| *t)
            .collect::<Vec<_>>()
            .join("\n"),
        quote_start: quote_lines[0].0.start,
    })
}

/// Whether the body opens with a blockquote that carries a series sentence after
/// other text (`> 本文整理自…。本文為系列文第三篇…`): that sentence is the writer's to
/// move, and adding a block beside it would say the same thing twice.
pub fn has_embedded_series_sentence(body: &str) -> bool {
    lines(body)
        .iter()
        .skip_while(|(_, t)| t.trim().is_empty())
        .take_while(|(_, t)| t.trim_start().starts_with('>'))
        .any(|(_, t)| HAND_WRITTEN_OPENINGS.iter().any(|o| t.contains(o)))
}

/// What a block says: its part number and its links (title, url), titles without
/// the 〈〉 brackets the Chinese template puts around them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockClaims {
    pub part: Option<usize>,
    pub links: Vec<(String, String)>,
}

pub fn claims(quote: &str) -> BlockClaims {
    BlockClaims {
        part: claimed_part(quote),
        links: claimed_links(quote),
    }
}

fn claimed_part(quote: &str) -> Option<usize> {
    if let Some(after) = quote.split("第").nth(1) {
        if let Some(number) = after.split('篇').next() {
            if let Some(n) = ordinal::parse(number.trim()) {
                return Some(n);
            }
        }
    }
    let after = quote.split("part ").nth(1)?;
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// `[text](url)` links, in order; enough for the blocks this module writes and the
/// hand-written ones it recognises.
fn claimed_links(quote: &str) -> Vec<(String, String)> {
    let mut links = Vec::new();
    let mut rest = quote;
    while let Some(open) = rest.find('[') {
        let after_open = &rest[open + 1..];
        let Some(close) = after_open.find("](") else {
            break;
        };
        let target = &after_open[close + 2..];
        let Some(end) = target.find(')') else {
            break;
        };
        let title = after_open[..close]
            .trim()
            .trim_start_matches('〈')
            .trim_end_matches('〉');
        let url = target[..end].split_whitespace().next().unwrap_or("");
        links.push((title.to_string(), url.to_string()));
        rest = &target[end + 1..];
    }
    links
}
