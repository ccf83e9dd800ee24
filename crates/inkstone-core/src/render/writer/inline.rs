//! The writer's inline events: text runs, emphasis, links, images, code spans, inline
//! HTML and the other leaves that sit inside a block.

use super::super::escape::{push_escaped, push_escaped_url};
use super::super::goldmark_rules::safe_url;
use super::super::sanitize;
use super::super::text;
use super::Writer;
use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd};
use std::ops::Range;

impl<'s> Writer<'s, '_> {
    pub(super) fn text(&mut self, t: &str, range: Range<usize>) {
        let typed_here = self.source.get(range.clone()).unwrap_or("");
        if typed_here == t {
            self.pending.push_str(t);
            return self.note_heading_text(t);
        }
        let mut curled = String::new();
        if self.settings.typographer
            && self
                .typographer
                .write(self.source, range.start, typed_here, t, &mut curled)
        {
            // Stand-ins, so that only what the typographer made is written as an entity.
            self.pending.extend(
                curled
                    .chars()
                    .map(|c| text::typographer_mark(c).unwrap_or(c)),
            );
        } else if typed_here.starts_with('&') {
            // An entity or character reference: goldmark writes the character itself,
            // and a `<` or `>` written so never makes a guillemet.
            self.pending.extend(t.chars().map(text::entity_char));
        } else {
            self.pending.push_str(t);
            return self.note_heading_text(t);
        }
        // goldmark takes heading ids from the source.
        self.note_heading_text(typed_here);
    }

    /// Image alt text as goldmark 0.111 writes it: the source of each piece, where the
    /// typographer's output is an entity name (escaped once more with the rest).
    pub(super) fn alt_text(&mut self, t: &str, range: Range<usize>) -> String {
        let typed_here = self.source.get(range.clone()).unwrap_or("");
        let mut curled = String::new();
        if typed_here != t
            && self.settings.typographer
            && self
                .typographer
                .write(self.source, range.start, typed_here, t, &mut curled)
        {
            return curled
                .chars()
                .map(|c| text::typographer_entity(c).map_or_else(|| c.to_string(), String::from))
                .collect();
        }
        if typed_here.starts_with('&') {
            typed_here.to_string()
        } else {
            t.to_string()
        }
    }

    fn note_heading_text(&mut self, t: &str) {
        if let Some(heading) = self.heading.as_mut() {
            heading.plain.push_str(t);
        }
    }

    pub(super) fn flush_text(&mut self) {
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

    /// Opens an inline tag; the block tags are `start_block`'s.
    pub(super) fn start_inline(&mut self, tag: Tag<'s>, range: Range<usize>) {
        match tag {
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
            // `Writer::start` routes these to `start_block`.
            Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::List(_)
            | Tag::Item
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::TableCell
            | Tag::MetadataBlock(_) => {}
        }
    }

    /// Closes an inline tag; the block tags are `end_block`'s.
    pub(super) fn end_inline(&mut self, tag: TagEnd) {
        match tag {
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
            // `Writer::end` routes these to `end_block`.
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::List(_)
            | TagEnd::Item
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::TableCell
            | TagEnd::MetadataBlock(_) => {}
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

    /// Events with no start or end: mostly inline (code spans, breaks, inline HTML),
    /// plus the lines of an HTML block and thematic breaks.
    pub(super) fn leaf(&mut self, event: Event<'s>, range: Range<usize>) {
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

#[cfg(test)]
mod tests {
    use super::super::write_default as html;

    #[test]
    fn a_straight_quote_closing_nothing_stays_straight() {
        assert_eq!(
            html("press **Go\" now, or “Stop\"."),
            "<p>press **Go&quot; now, or “Stop&quot;.</p>\n"
        );
    }

    #[test]
    fn entities_are_written_as_their_characters() {
        assert_eq!(
            html("## 2nd&ndash;4th &ldquo;x&rdquo;\n\na&lt;&lt;b&gt;&gt; and << c >>"),
            "<h2 id=\"2ndndash4th-ldquoxrdquo\">2nd–4th “x”</h2>\n\
             <p>a&lt;&lt;b&gt;&gt; and &laquo; c &raquo;</p>\n"
        );
    }

    #[test]
    fn hyphen_runs_split_as_goldmark_reads_them() {
        assert_eq!(html("a----b"), "<p>a&mdash;-b</p>\n");
    }

    #[test]
    fn alt_text_names_the_typographer_entities_as_hugo_0_111_does() {
        assert_eq!(
            html("![it's \"fine\" &amp; done](x.png)"),
            "<p><img src=\"x.png\" alt=\"it&amp;rsquo;s &amp;ldquo;fine&amp;rdquo; &amp;amp; done\"></p>\n"
        );
    }
}
