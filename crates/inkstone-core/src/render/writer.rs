//! The HTML writer over pulldown-cmark's events, producing goldmark's markup as Hugo
//! prints it, with `data-line` on top-level blocks when the preview asks for it.

mod blocks;
mod definitions;
mod inline;

use super::decimal::push_decimal;
use super::footnotes::Footnotes;
use super::goldmark_blocks;
use super::heading_id::HeadingIds;
use super::options::GoldmarkSettings;
use super::typographer::Typographer;
use blocks::{HeadingState, TableState};
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Parser, Tag, TagEnd};
use std::ops::Range;

/// Maps a byte offset in the parsed text to its 1-based line in the file, if it has one.
pub type LineOf<'a> = &'a dyn Fn(usize) -> Option<u32>;

/// Renders markdown to HTML; `line_of` is `Some` when the preview wants `data-line` marks.
pub fn write_html(source: &str, settings: &GoldmarkSettings, line_of: Option<LineOf>) -> String {
    let Some(rewritten) = goldmark_blocks::rewrite(source, settings.parser_options()) else {
        return write_parsed(source, settings, line_of, &[]);
    };
    // Marks name lines of the text as written, not of the rewritten one.
    let mapped = |offset: usize| line_of.and_then(|line_of| line_of(rewritten.original(offset)));
    let line_of = line_of.map(|_| &mapped as LineOf);
    write_parsed(&rewritten.source, settings, line_of, &rewritten.padded)
}

/// `write_html` with goldmark's defaults and no preview marks, for the writer's tests.
#[cfg(test)]
fn write_default(source: &str) -> String {
    write_html(source, &GoldmarkSettings::default(), None)
}

fn write_parsed(
    source: &str,
    settings: &GoldmarkSettings,
    line_of: Option<LineOf>,
    padded: &[Range<usize>],
) -> String {
    let parser = Parser::new_ext(source, settings.parser_options()).into_offset_iter();
    let mut writer = Writer {
        source,
        settings,
        line_of,
        out: String::with_capacity(source.len() * 2 + 256),
        pending: String::new(),
        depth: 0,
        link_depth: 0,
        alt: None,
        code: None,
        heading: None,
        table: TableState::default(),
        strike_literal: Vec::new(),
        footnotes: Footnotes::default(),
        footnote_start: None,
        ids: HeadingIds::default(),
        html_block: String::new(),
        dropping_inline: None,
        fence_end: None,
        fences: 0,
        in_term: false,
        padded,
        tight_definition: None,
        bare_paragraphs: Vec::new(),
        typographer: Typographer::default(),
    };
    for (event, range) in parser {
        writer.event(event, range);
    }
    writer.flush_text();
    writer.footnotes.push_section(&mut writer.out);
    writer.out
}

struct Writer<'s, 'o> {
    source: &'s str,
    settings: &'o GoldmarkSettings,
    line_of: Option<LineOf<'o>>,
    out: String,
    /// Consecutive text, written at the next non-text event so linkify sees it whole.
    pending: String,
    depth: usize,
    link_depth: usize,
    /// Image alt text being collected (goldmark writes it as plain text), its image
    /// nesting and the escaped title that follows it.
    alt: Option<(String, usize, String)>,
    code: Option<(CodeBlockKind<'s>, String, String)>,
    heading: Option<HeadingState>,
    table: TableState,
    strike_literal: Vec<bool>,
    footnotes: Footnotes,
    footnote_start: Option<(String, usize)>,
    ids: HeadingIds,
    /// Inside an inline `<script>` (or the like) of an unsafe site: dropped to its end.
    dropping_inline: Option<String>,
    /// The raw text of the HTML block being read (unsafe sites only).
    html_block: String,
    /// The depth of the definition (`dd`) being written when its text is tight.
    tight_definition: Option<usize>,
    /// For each open paragraph, whether it is written without `<p>`.
    bare_paragraphs: Vec<bool>,
    /// goldmark's quote and dash rules, with the quotes left open so far.
    typographer: Typographer,
    /// Where the last fenced code block ended in `out`.
    fence_end: Option<usize>,
    /// Fenced code blocks written so far: Hugo numbers anchor ids by it.
    fences: usize,
    /// Inside a definition term, where each source line is a term of its own.
    in_term: bool,
    /// Header cells the source rewrite added, which goldmark leaves unaligned.
    padded: &'o [Range<usize>],
}

impl<'s> Writer<'s, '_> {
    fn event(&mut self, event: Event<'s>, range: Range<usize>) {
        if let Some(name) = &self.dropping_inline {
            if let Event::InlineHtml(html) = &event {
                let lower = html.to_ascii_lowercase();
                if lower.starts_with(&format!("</{name}")) {
                    self.dropping_inline = None;
                }
            }
            // Inline HTML never spans blocks: the block's end ends the dropping.
            match event {
                Event::End(
                    TagEnd::Paragraph
                    | TagEnd::Heading(_)
                    | TagEnd::TableCell
                    | TagEnd::Item
                    | TagEnd::DefinitionListTitle
                    | TagEnd::DefinitionListDefinition,
                ) => {
                    self.dropping_inline = None;
                }
                _ => return,
            }
        }
        if let Some((_, _, code)) = self.code.as_mut() {
            match event {
                Event::Text(t) => return code.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {}
                _ => return,
            }
        }
        if let Some((alt, nesting, _)) = self.alt.as_mut() {
            match event {
                Event::Code(t) => return alt.push_str(&t),
                Event::Text(t) => {
                    let piece = self.alt_text(&t, range);
                    if let Some((alt, _, _)) = self.alt.as_mut() {
                        alt.push_str(&piece);
                    }
                    return;
                }
                Event::Start(Tag::Image { .. }) => *nesting += 1,
                Event::End(TagEnd::Image) if *nesting > 0 => *nesting -= 1,
                Event::End(TagEnd::Image) => {}
                _ => return,
            }
            if !matches!(event, Event::End(TagEnd::Image)) || *nesting > 0 {
                return;
            }
        }
        match event {
            Event::Text(t) => self.text(&t, range),
            Event::SoftBreak | Event::HardBreak if self.in_term && self.term_can_split() => {
                self.split_term(range);
            }
            Event::Start(tag) => {
                self.flush_text();
                self.start(tag, range);
            }
            Event::End(tag) => {
                self.flush_text();
                self.end(tag);
            }
            other => {
                self.flush_text();
                self.leaf(other, range);
            }
        }
    }

    /// ` data-line="N"` for a block starting at `offset` when it is top-level.
    fn mark(&self, offset: usize) -> String {
        match self.line_of {
            Some(line_of) if self.depth == 0 && self.footnote_start.is_none() => {
                line_of(offset).map(line_mark).unwrap_or_default()
            }
            _ => String::new(),
        }
    }

    /// Writes `<tag` + mark + `>` and a newline; `format!` here cost a tenth of the render.
    fn push_block_open(&mut self, tag: &str, mark: &str) {
        self.out.push('<');
        self.out.push_str(tag);
        self.out.push_str(mark);
        self.out.push_str(">\n");
    }

    fn newline(&mut self) {
        // Hugo's code blocks end without a newline and nothing is added after them.
        if self.fence_end == Some(self.out.len()) {
            return;
        }
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn start(&mut self, tag: Tag<'s>, range: Range<usize>) {
        match tag {
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. } => self.start_inline(tag, range),
            block => {
                if let Some(heading) = holds_text(&block) {
                    self.typographer.enter_block(range.clone(), heading);
                }
                // The mark is taken at the depth the block starts at, before it counts.
                let mark = self.mark(range.start);
                self.depth += 1;
                self.start_block(block, range, mark);
            }
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image => self.end_inline(tag),
            block => {
                self.depth = self.depth.saturating_sub(1);
                self.end_block(block);
            }
        }
    }
}

/// For a block that holds inline text, what `typographer::block_text` needs to know of
/// it: `Some(None)` for a paragraph, cell, item or definition part, `Some(Some(has
/// attributes))` for a heading; `None` for a block holding no text of its own.
fn holds_text(tag: &Tag) -> Option<Option<bool>> {
    match tag {
        Tag::Heading {
            id, classes, attrs, ..
        } => Some(Some(
            id.is_some() || !classes.is_empty() || !attrs.is_empty(),
        )),
        Tag::Paragraph
        | Tag::TableCell
        | Tag::Item
        | Tag::DefinitionListTitle
        | Tag::DefinitionListDefinition => Some(None),
        _ => None,
    }
}

/// ` data-line="N"`, written without the formatting machinery (it runs for every block).
fn line_mark(line: u32) -> String {
    let mut mark = String::with_capacity(23);
    mark.push_str(" data-line=\"");
    push_decimal(&mut mark, line.into());
    mark.push('"');
    mark
}

/// `HeadingLevel::H1` is 1 through `H6` is 6.
fn heading_digit(level: HeadingLevel) -> char {
    char::from(b'0' + level as u8)
}

#[cfg(test)]
mod line_mark_tests {
    use super::{heading_digit, line_mark};
    use pulldown_cmark::HeadingLevel;

    #[test]
    fn line_marks_and_heading_digits_are_written_as_format_would() {
        for line in [0, 1, 9, 10, 99, 1234, u32::MAX] {
            assert_eq!(line_mark(line), format!(" data-line=\"{line}\""));
        }
        assert_eq!(heading_digit(HeadingLevel::H1), '1');
        assert_eq!(heading_digit(HeadingLevel::H6), '6');
    }
}
