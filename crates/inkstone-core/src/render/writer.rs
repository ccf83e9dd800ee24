//! The HTML writer over pulldown-cmark's events, producing goldmark's markup as Hugo
//! prints it, with `data-line` on top-level blocks when the preview asks for it.

use super::code;
use super::escape::{push_escaped, push_escaped_url};
use super::footnotes::Footnotes;
use super::goldmark_rules::{closes_on_a_later_line, safe_url};
use super::heading_id::HeadingIds;
use super::options::GoldmarkSettings;
use super::sanitize;
use super::text;
use pulldown_cmark::{
    Alignment, CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Parser, Tag, TagEnd,
};
use std::ops::Range;

/// Maps a byte offset in the parsed text to its 1-based line in the file, if it has one.
pub type LineOf<'a> = &'a dyn Fn(usize) -> Option<u32>;

/// Renders markdown to HTML; `line_of` is `Some` when the preview wants `data-line` marks.
pub fn write_html(source: &str, settings: &GoldmarkSettings, line_of: Option<LineOf>) -> String {
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
        tight_definition: None,
        bare_paragraphs: Vec::new(),
    };
    for (event, range) in parser {
        writer.event(event, range);
    }
    writer.flush_text();
    writer.footnotes.push_section(&mut writer.out);
    writer.out
}

#[derive(Default)]
struct TableState {
    alignments: Vec<Alignment>,
    column: usize,
    in_head: bool,
    body_open: bool,
}

struct HeadingState {
    level: HeadingLevel,
    id: Option<String>,
    classes: Vec<String>,
    attrs: Vec<(String, Option<String>)>,
    mark: String,
    start: usize,
    plain: String,
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
    /// Where the last fenced code block ended in `out`.
    fence_end: Option<usize>,
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
                Event::Text(t) | Event::Code(t) => return alt.push_str(&t),
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

    fn text(&mut self, t: &str, range: Range<usize>) {
        let typed_here = self.source.get(range.clone()).unwrap_or("");
        let mut chars = t.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if typed_here != t {
                if let Some(mark) = text::typographer_mark(c) {
                    self.pending.push(mark);
                    return self.note_heading_text(typed_here);
                }
            }
        }
        self.pending.push_str(t);
        self.note_heading_text(t);
    }

    fn note_heading_text(&mut self, t: &str) {
        if let Some(heading) = self.heading.as_mut() {
            heading.plain.push_str(t);
        }
    }

    fn flush_text(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        if self.settings.typographer && text::may_hold_guillemets(&self.pending) {
            self.pending = text::guillemets(std::mem::take(&mut self.pending));
        }
        if self.settings.linkify && self.link_depth == 0 {
            text::push_linkified(
                &mut self.out,
                &self.pending,
                &self.settings.linkify_protocol,
            );
        } else {
            text::push_text(&mut self.out, &self.pending);
        }
        // Cleared, not replaced, so the buffer is reused for the next run of text.
        self.pending.clear();
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
        let mark = self.mark(range.start);
        let is_block = !matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        );
        if is_block {
            self.depth += 1;
        }
        match tag {
            Tag::Paragraph => {
                // goldmark writes a definition's text bare unless a blank line
                // separates it from its term; pulldown-cmark always gives a paragraph.
                let bare = self.tight_definition == Some(self.depth - 1);
                if bare {
                    // Only the first paragraph; later ones keep their `<p>`.
                    self.tight_definition = None;
                }
                self.bare_paragraphs.push(bare);
                if !bare {
                    self.newline();
                    self.out.push_str("<p");
                    self.out.push_str(&mark);
                    self.out.push('>');
                }
            }
            Tag::Heading {
                level,
                id,
                classes,
                attrs,
            } => {
                self.newline();
                self.heading = Some(HeadingState {
                    level,
                    id: id.map(|id| id.to_string()),
                    classes: classes.iter().map(|c| c.to_string()).collect(),
                    attrs: attrs
                        .iter()
                        .map(|(k, v)| (k.to_string(), v.as_ref().map(|v| v.to_string())))
                        .collect(),
                    mark,
                    start: self.out.len(),
                    plain: String::new(),
                });
            }
            Tag::BlockQuote(_) => {
                self.newline();
                self.push_block_open("blockquote", &mark);
            }
            Tag::CodeBlock(kind) => {
                self.newline();
                self.code = Some((kind, mark, String::new()));
            }
            Tag::HtmlBlock => {
                self.newline();
                if !self.settings.unsafe_html {
                    self.out.push_str("<!-- raw HTML omitted -->\n");
                }
            }
            Tag::List(Some(1)) => {
                self.newline();
                self.push_block_open("ol", &mark);
            }
            Tag::List(Some(start)) => {
                self.newline();
                self.out
                    .push_str(&format!("<ol start=\"{start}\"{mark}>\n"));
            }
            Tag::List(None) => {
                self.newline();
                self.push_block_open("ul", &mark);
            }
            Tag::Item => {
                self.newline();
                self.out.push_str("<li>");
            }
            Tag::FootnoteDefinition(label) => {
                self.footnote_start = Some((label.to_string(), self.out.len()));
            }
            Tag::DefinitionList => {
                self.newline();
                self.push_block_open("dl", &mark);
            }
            Tag::DefinitionListTitle => {
                self.newline();
                self.out.push_str("<dt>");
            }
            Tag::DefinitionListDefinition => {
                self.newline();
                self.out.push_str("<dd>");
                let before = self.source.get(..range.start).unwrap_or("");
                let before = before.trim_end_matches([' ', '\t', ':']);
                let loose = before.ends_with("\n\n") || before.ends_with("\r\n\r\n");
                self.tight_definition = (!loose).then_some(self.depth);
            }
            Tag::Table(alignments) => {
                self.newline();
                self.table = TableState {
                    alignments,
                    ..TableState::default()
                };
                self.push_block_open("table", &mark);
            }
            Tag::TableHead => {
                self.table.in_head = true;
                self.table.column = 0;
                self.out.push_str("<thead>\n<tr>\n");
            }
            Tag::TableRow => {
                if !self.table.body_open {
                    self.table.body_open = true;
                    self.out.push_str("<tbody>\n");
                }
                self.table.column = 0;
                self.out.push_str("<tr>\n");
            }
            Tag::TableCell => {
                let cell = if self.table.in_head { "th" } else { "td" };
                let style = match self.table.alignments.get(self.table.column) {
                    Some(Alignment::Left) => " style=\"text-align:left\"",
                    Some(Alignment::Center) => " style=\"text-align:center\"",
                    Some(Alignment::Right) => " style=\"text-align:right\"",
                    _ => "",
                };
                self.out.push('<');
                self.out.push_str(cell);
                self.out.push_str(style);
                self.out.push('>');
            }
            Tag::Emphasis => self.out.push_str("<em>"),
            Tag::Strong => self.out.push_str("<strong>"),
            Tag::Strikethrough => {
                // goldmark strikes only `~~text~~`; a single tilde stays literal.
                let literal = !self.source.get(range).unwrap_or("").starts_with("~~");
                self.strike_literal.push(literal);
                self.out.push_str(if literal { "~" } else { "<del>" });
            }
            Tag::Superscript => self.out.push_str("<sup>"),
            Tag::Subscript => self.out.push_str("<sub>"),
            Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            } => {
                self.link_depth += 1;
                self.out.push_str("<a href=\"");
                let dest = if link_type == LinkType::Email {
                    CowStr::from(format!("mailto:{dest_url}"))
                } else {
                    dest_url
                };
                push_escaped_url(&mut self.out, safe_url(&dest));
                self.out.push('"');
                if !title.is_empty() {
                    self.out.push_str(" title=\"");
                    push_escaped(&mut self.out, &title);
                    self.out.push('"');
                }
                self.out.push('>');
            }
            Tag::Image {
                dest_url, title, ..
            } => {
                self.out.push_str("<img src=\"");
                push_escaped_url(&mut self.out, safe_url(&dest_url));
                self.out.push('"');
                // goldmark writes the title after the alt text, known only at the end.
                let mut title_attr = String::new();
                if !title.is_empty() {
                    title_attr.push_str(" title=\"");
                    push_escaped(&mut title_attr, &title);
                    title_attr.push('"');
                }
                self.alt = Some((String::new(), 0, title_attr));
            }
            Tag::MetadataBlock(_) => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        let is_block = !matches!(
            tag,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image
        );
        if is_block {
            self.depth = self.depth.saturating_sub(1);
        }
        match tag {
            TagEnd::Paragraph => {
                if !self.bare_paragraphs.pop().unwrap_or(false) {
                    self.out.push_str("</p>\n");
                }
            }
            TagEnd::Heading(_) => self.end_heading(),
            TagEnd::BlockQuote(_) => {
                self.newline();
                self.out.push_str("</blockquote>\n");
            }
            TagEnd::CodeBlock => {
                if let Some((kind, mark, code)) = self.code.take() {
                    match kind {
                        CodeBlockKind::Indented => code::push_indented(&mut self.out, &code, &mark),
                        CodeBlockKind::Fenced(info) => {
                            code::push_fence(&mut self.out, &info, &code, &mark);
                            self.fence_end = Some(self.out.len());
                        }
                    }
                }
            }
            TagEnd::HtmlBlock => {
                let block = std::mem::take(&mut self.html_block);
                if self.settings.unsafe_html {
                    self.out.push_str(&sanitize::clean_fragment(&block));
                } else if closes_on_a_later_line(&block) {
                    // goldmark omits the closing line of a `<!--`, `<script>`… block apart.
                    self.out.push_str("<!-- raw HTML omitted -->\n");
                }
            }
            TagEnd::List(ordered) => {
                self.newline();
                self.out
                    .push_str(if ordered { "</ol>\n" } else { "</ul>\n" });
            }
            TagEnd::Item => self.out.push_str("</li>\n"),
            TagEnd::FootnoteDefinition => {
                if let Some((label, start)) = self.footnote_start.take() {
                    let body = self.out.split_off(start);
                    self.footnotes.define(&label, body);
                }
            }
            TagEnd::DefinitionList => {
                self.newline();
                self.out.push_str("</dl>\n");
            }
            TagEnd::DefinitionListTitle => self.out.push_str("</dt>\n"),
            TagEnd::DefinitionListDefinition => {
                self.tight_definition = None;
                self.out.push_str("</dd>\n");
            }
            TagEnd::Table => {
                if self.table.body_open {
                    self.out.push_str("</tbody>\n");
                }
                self.out.push_str("</table>\n");
            }
            TagEnd::TableHead => {
                self.table.in_head = false;
                self.out.push_str("</tr>\n</thead>\n");
            }
            TagEnd::TableRow => self.out.push_str("</tr>\n"),
            TagEnd::TableCell => {
                self.out.push_str(if self.table.in_head {
                    "</th>\n"
                } else {
                    "</td>\n"
                });
                self.table.column += 1;
            }
            TagEnd::Emphasis => self.out.push_str("</em>"),
            TagEnd::Strong => self.out.push_str("</strong>"),
            TagEnd::Strikethrough => {
                let literal = self.strike_literal.pop().unwrap_or(false);
                self.out.push_str(if literal { "~" } else { "</del>" });
            }
            TagEnd::Superscript => self.out.push_str("</sup>"),
            TagEnd::Subscript => self.out.push_str("</sub>"),
            TagEnd::Link => {
                self.link_depth = self.link_depth.saturating_sub(1);
                self.out.push_str("</a>");
            }
            TagEnd::Image => self.end_image(),
            TagEnd::MetadataBlock(_) => {}
        }
    }

    fn end_image(&mut self) {
        let (alt, _, title) = self.alt.take().unwrap_or_default();
        self.out.push_str(" alt=\"");
        push_escaped(&mut self.out, &alt);
        self.out.push('"');
        self.out.push_str(&title);
        self.out.push('>');
    }

    fn end_heading(&mut self) {
        let Some(heading) = self.heading.take() else {
            return;
        };
        let inner = self.out.split_off(heading.start);
        let id = match heading.id {
            Some(id) => {
                self.ids.reserve(&id);
                Some(id)
            }
            None if self.settings.auto_heading_id => Some(self.ids.next(
                &text::unmark_for_id(&heading.plain),
                self.settings.heading_id_style,
            )),
            None => None,
        };
        let level = heading_digit(heading.level);
        self.out.push_str("<h");
        self.out.push(level);
        if let Some(id) = id {
            self.out.push_str(" id=\"");
            push_escaped(&mut self.out, &id);
            self.out.push('"');
        }
        if !heading.classes.is_empty() {
            self.out.push_str(" class=\"");
            push_escaped(&mut self.out, &heading.classes.join(" "));
            self.out.push('"');
        }
        for (key, value) in &heading.attrs {
            self.out.push(' ');
            push_escaped(&mut self.out, key);
            self.out.push_str("=\"");
            push_escaped(&mut self.out, value.as_deref().unwrap_or(""));
            self.out.push('"');
        }
        self.out.push_str(&heading.mark);
        self.out.push('>');
        self.out.push_str(&inner);
        self.out.push_str("</h");
        self.out.push(level);
        self.out.push_str(">\n");
    }

    fn leaf(&mut self, event: Event<'s>, range: Range<usize>) {
        match event {
            Event::Code(code) => {
                self.note_heading_text(&code);
                self.out.push_str("<code>");
                push_escaped(&mut self.out, &code);
                self.out.push_str("</code>");
            }
            Event::Html(html) => self.html_block.push_str(&html),
            Event::InlineHtml(html) => {
                if self.settings.unsafe_html {
                    self.dropping_inline = sanitize::drops_content(&html);
                    self.out.push_str(&sanitize::clean_fragment(&html));
                } else {
                    self.out.push_str("<!-- raw HTML omitted -->");
                }
            }
            Event::FootnoteReference(label) => self.footnotes.push_reference(&mut self.out, &label),
            Event::SoftBreak => self.out.push('\n'),
            Event::HardBreak => self.out.push_str("<br>\n"),
            Event::Rule => {
                self.newline();
                let mark = self.mark(range.start);
                self.push_block_open("hr", &mark);
            }
            Event::TaskListMarker(checked) => self.out.push_str(if checked {
                "<input checked=\"\" disabled=\"\" type=\"checkbox\"> "
            } else {
                "<input disabled=\"\" type=\"checkbox\"> "
            }),
            Event::InlineMath(math) | Event::DisplayMath(math) => {
                push_escaped(&mut self.out, &math)
            }
            Event::Text(_) | Event::Start(_) | Event::End(_) => {}
        }
    }
}

/// ` data-line="N"`, written without the formatting machinery (it runs for every block).
fn line_mark(line: u32) -> String {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    let mut rest = line;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut mark = String::with_capacity(13 + digits.len() - at);
    mark.push_str(" data-line=\"");
    mark.extend(digits[at..].iter().map(|d| char::from(*d)));
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
