//! The writer's block events: paragraphs, headings, quotes, code blocks, HTML blocks,
//! lists, footnote and definition lists, and tables.

use super::super::code;
use super::super::escape::push_escaped;
use super::super::goldmark_rules::closes_on_a_later_line;
use super::super::sanitize;
use super::super::text;
use super::{heading_digit, Writer};
use pulldown_cmark::{Alignment, CodeBlockKind, HeadingLevel, Tag, TagEnd};
use std::ops::Range;

#[derive(Default)]
pub(super) struct TableState {
    alignments: Vec<Alignment>,
    column: usize,
    in_head: bool,
    body_open: bool,
}

/// A heading being written: its attributes wait until its text gives the id.
pub(super) struct HeadingState {
    level: HeadingLevel,
    id: Option<String>,
    classes: Vec<String>,
    attrs: Vec<(String, Option<String>)>,
    mark: String,
    start: usize,
    /// The heading's text as typed, for the automatic id.
    pub(super) plain: String,
}

impl<'s> Writer<'s, '_> {
    /// Opens a block tag (the caller has counted it in `depth`); `mark` is its
    /// `data-line` mark, taken at the depth it starts at.
    pub(super) fn start_block(&mut self, tag: Tag<'s>, range: Range<usize>, mark: String) {
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
                self.in_term = true;
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
                let alignment = if self.padding_cell(&range) {
                    None
                } else {
                    self.table.alignments.get(self.table.column)
                };
                let style = match alignment {
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
            Tag::MetadataBlock(_) => {}
            // `Writer::start` routes these to `start_inline`.
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. } => {}
        }
    }

    /// Closes a block tag (the caller has already taken it off `depth`).
    pub(super) fn end_block(&mut self, tag: TagEnd) {
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
                            code::push_fence(&mut self.out, &info, &code, &mark, self.fences);
                            self.fences += 1;
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
            TagEnd::DefinitionListTitle => {
                self.in_term = false;
                self.out.push_str("</dt>\n");
            }
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
            TagEnd::MetadataBlock(_) => {}
            // `Writer::end` routes these to `end_inline`.
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image => {}
        }
    }

    /// Whether a cell is padding: added by the source rewrite to a short header, or
    /// supplied by pulldown-cmark for a short row (an empty range at the row's end).
    /// goldmark pads rows with cells that have no alignment.
    fn padding_cell(&self, range: &Range<usize>) -> bool {
        let supplied = range.is_empty()
            && (range.start == 0
                || range.start >= self.source.len()
                || self.source.as_bytes()[range.start - 1] == b'\n');
        supplied || self.padded.iter().any(|pad| pad.contains(&range.start))
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
}
