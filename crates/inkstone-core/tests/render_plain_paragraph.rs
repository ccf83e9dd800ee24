//! The contract the preview's fast path relies on: a plain line on its own renders as its text.
//!
//! The UI draws some keystrokes into the preview before the shell's render is back
//! (`ui/src/preview/plainEdit.ts`). It does so only for a line that starts with a letter,
//! holds nothing but letters, marks, digits, spaces and `.,;!?` plus common CJK punctuation,
//! has no `..` and no `www.`, and stands alone between blank lines. These tests pin down
//! that the renderer writes such a line as `<p data-line="N">` + the line without its
//! trailing spaces + `</p>`, whatever the site's goldmark settings and whatever surrounds it.

use inkstone_core::render::{render_body, GoldmarkSettings, RenderOptions};

/// The characters the fast path accepts inside a line, in the UI's own terms.
const LETTERS: &[&str] = &["a", "Z", "q", "é", "ß", "長", "文", "か", "한", "ж"];
const OTHERS: &[&str] = &[
    " ", "7", "0", ".", ",", ";", "!", "?", "，", "。", "、", "；", "：", "！", "？", "「", "」",
    "『", "』", "（", "）", "《", "》", "\u{301}",
];

/// A small deterministic generator, so a failure names a reproducible line.
struct Lines(u64);

impl Lines {
    fn next_u32(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 16) as u32
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.next_u32() as usize % from.len()]
    }

    /// A line the fast path calls plain.
    fn plain_line(&mut self) -> String {
        loop {
            let mut line = self.pick(LETTERS).to_string();
            let len = 1 + self.next_u32() % 30;
            for _ in 0..len {
                let part = if self.next_u32().is_multiple_of(3) {
                    self.pick(OTHERS)
                } else {
                    self.pick(LETTERS)
                };
                line.push_str(part);
            }
            if !line.contains("..") && !line.to_ascii_lowercase().contains("www.") {
                return line;
            }
        }
    }
}

fn settings() -> Vec<GoldmarkSettings> {
    let hugo = GoldmarkSettings::default();
    let bare = GoldmarkSettings {
        unsafe_html: true,
        typographer: false,
        table: false,
        strikethrough: false,
        task_list: false,
        footnote: false,
        definition_list: false,
        linkify: false,
        auto_heading_id: false,
        heading_attributes: false,
        ..GoldmarkSettings::default()
    };
    let unsafe_html = GoldmarkSettings {
        unsafe_html: true,
        ..GoldmarkSettings::default()
    };
    vec![hugo, bare, unsafe_html]
}

/// Places the line in a body; returns the body and the line's 1-based body line.
fn contexts(line: &str) -> Vec<(String, u32)> {
    vec![
        (format!("{line}\n"), 1),
        (line.to_string(), 1),
        (format!("## Head\n{line}\n\n- item\n"), 2),
        (format!("Before *it*.\n\n{line}\n\nAfter [a](b).\n"), 3),
        (format!("| a |\n|---|\n| 1 |\n\n{line}\n\n> quote\n"), 5),
        (format!("[^1]: note\n\n{line}\n\nTerm\n: definition\n"), 3),
        (format!("```\ncode\n```\n{line}\n\n***\n"), 4),
    ]
}

#[test]
fn a_plain_line_renders_as_its_own_text() {
    let mut lines = Lines(0x9e37_79b9_7f4a_7c15);
    for settings in settings() {
        let options = RenderOptions {
            goldmark: settings.clone(),
            ..RenderOptions::default()
        };
        for _ in 0..150 {
            let line = lines.plain_line();
            for trailing in ["", " ", "   "] {
                let line = format!("{line}{trailing}");
                for (body, at) in contexts(&line) {
                    let html = render_body(&body, 10, &options).html;
                    let expected = format!(
                        "<p data-line=\"{}\">{}</p>",
                        at + 9,
                        line.trim_end_matches(' ')
                    );
                    assert!(
                        // Only top-level blocks carry `data-line`: this is the block at the line.
                        html.contains(&expected),
                        "{settings:?}\nbody {body:?}\nexpected {expected}\ngot\n{html}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_lines_the_fast_path_declines_do_not_render_as_their_text() {
    // The reasons behind the UI's refusals: each of these renders as something else.
    for (line, shows) in [
        ("wait...", "wait&hellip;"),
        ("see www.example.com", "<a href="),
        ("it's", "&rsquo;"),
        ("a -- b", "&ndash;"),
        ("mail a@b.co", "mailto:"),
        ("go https://example.com", "<a href="),
        ("trailing  \nnext", "<br>"),
    ] {
        let html = render_body(&format!("{line}\n"), 1, &RenderOptions::default()).html;
        assert!(html.contains(shows), "{line:?} gave {html}");
    }
}
