//! Code blocks as Hugo 0.111 publishes them: chroma's `div.highlight` for languages it
//! knows (written by `chroma.rs`), a plain `pre` otherwise.
//!
//! Chroma colours each token with inline styles; the preview keeps Hugo's structure
//! (`div.highlight > pre > code > span` per line) but leaves tokens uncoloured.

use super::chroma;
use super::escape::{escaped, push_escaped};
use super::highlight_options::{fence_pairs, is_highlight_key, HighlightOptions};

/// Language names and aliases chroma highlights (the ones writers use; others print plain).
const CHROMA_LANGUAGES: &[&str] = &[
    "apache",
    "applescript",
    "arduino",
    "asm",
    "awk",
    "bash",
    "bat",
    "batch",
    "c",
    "c#",
    "c++",
    "caddyfile",
    "clojure",
    "cmake",
    "coffee",
    "coffeescript",
    "console",
    "cpp",
    "cs",
    "csharp",
    "css",
    "cue",
    "d",
    "dart",
    "diff",
    "django",
    "docker",
    "dockerfile",
    "dosbatch",
    "elixir",
    "elm",
    "emacs",
    "erlang",
    "fish",
    "fortran",
    "fsharp",
    "gdscript",
    "glsl",
    "go",
    "go-html-template",
    "go-text-template",
    "golang",
    "gql",
    "graphql",
    "groovy",
    "haskell",
    "hcl",
    "hs",
    "html",
    "http",
    "ini",
    "java",
    "javascript",
    "jinja",
    "js",
    "json",
    "jsx",
    "julia",
    "kotlin",
    "latex",
    "less",
    "lisp",
    "lua",
    "make",
    "makefile",
    "markdown",
    "matlab",
    "md",
    "mysql",
    "nginx",
    "nim",
    "nix",
    "objc",
    "objective-c",
    "ocaml",
    "perl",
    "php",
    "pl",
    "plaintext",
    "postgres",
    "postgresql",
    "powershell",
    "proto",
    "protobuf",
    "ps1",
    "psql",
    "py",
    "python",
    "python3",
    "r",
    "rb",
    "react",
    "rs",
    "rst",
    "ruby",
    "rust",
    "sass",
    "scala",
    "scheme",
    "scss",
    "sh",
    "shell",
    "sql",
    "svelte",
    "swift",
    "systemd",
    "terminfo",
    "terraform",
    "tex",
    "text",
    "tf",
    "toml",
    "ts",
    "tsx",
    "txt",
    "typescript",
    "vb",
    "vim",
    "vue",
    "xml",
    "yaml",
    "yml",
    "zig",
    "zsh",
];

/// Whether chroma would highlight a fence with this language.
pub fn chroma_knows(lang: &str) -> bool {
    // The list is sorted and lowercase (a test checks), so a binary search that lowercases as it
    // compares: a linear scan over a lowercased copy was over 1 % of a long post's render.
    CHROMA_LANGUAGES
        .binary_search_by(|known| {
            known
                .bytes()
                .cmp(lang.bytes().map(|b| b.to_ascii_lowercase()))
        })
        .is_ok()
}

/// The first word of a fence's info string (`go {hl_lines=[1]}` → `go`).
pub fn fence_language(info: &str) -> &str {
    info.split(|c: char| c.is_whitespace() || c == '{' || c == ',')
        .next()
        .unwrap_or("")
}

/// A fenced code block; `mark` is the preview's ` data-line="N"` or empty, `ordinal`
/// the fence's index on the page (Hugo's default anchor ids count fences).
pub fn push_fence(out: &mut String, info: &str, code: &str, mark: &str, ordinal: usize) {
    let lang = fence_language(info);
    if lang.is_empty() {
        out.push_str(&format!("<pre tabindex=\"0\"{mark}><code>"));
        push_go_escaped(out, code);
        out.push_str("</code></pre>");
    } else if chroma_knows(lang) {
        // The `{…}` is read once: its highlighting options steer chroma, the rest are attributes.
        let pairs = fence_pairs(info);
        let attributes = fence_attributes(&pairs);
        let options = HighlightOptions::from_fence(&pairs, ordinal);
        chroma::push_highlighted(out, lang, code, &format!("{attributes}{mark}"), &options);
    } else {
        push_unhighlighted(out, lang, code, mark);
    }
}

/// A language chroma does not know: Hugo keeps its class but prints the code plain.
fn push_unhighlighted(out: &mut String, lang: &str, code: &str, mark: &str) {
    let lang = escaped(lang);
    out.push_str(&format!(
        "<pre tabindex=\"0\"{mark}><code class=\"language-{lang}\" data-lang=\"{lang}\">"
    ));
    push_go_escaped(out, code);
    out.push_str("</code></pre>");
}

/// Escapes as Go's `html.EscapeString`, which Hugo's code blocks use (`&#34;`, `&#39;`).
pub fn push_go_escaped(out: &mut String, text: &str) {
    let mut last = 0;
    for (i, byte) in text.bytes().enumerate() {
        let replacement = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&#34;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[last..i]);
        out.push_str(replacement);
        last = i + 1;
    }
    out.push_str(&text[last..]);
}

/// ` key="value"` for each pair of a fence's `{…}` that is not a highlighting option.
fn fence_attributes(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .filter(|(key, _)| !is_highlight_key(key))
        .map(|(key, value)| format!(" {}=\"{}\"", escaped(key), escaped(value)))
        .collect()
}

/// An indented code block, which goldmark renders itself (no `tabindex`).
pub fn push_indented(out: &mut String, code: &str, mark: &str) {
    out.push_str(&format!("<pre{mark}><code>"));
    push_escaped(out, code);
    out.push_str("</code></pre>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chroma_languages_are_sorted_lowercase_and_found_in_any_case() {
        assert!(
            CHROMA_LANGUAGES.windows(2).all(|pair| pair[0] < pair[1]),
            "sorted, no repeats"
        );
        assert!(CHROMA_LANGUAGES
            .iter()
            .all(|name| *name == name.to_ascii_lowercase()));
        for name in CHROMA_LANGUAGES {
            assert!(chroma_knows(name), "{name}");
            assert!(
                chroma_knows(&name.to_ascii_uppercase()),
                "{name} in capitals"
            );
        }
        for unknown in ["", "nope", "gox", "g", "pythonx", "zz", "\u{6587}"] {
            assert!(!chroma_knows(unknown), "{unknown}");
        }
    }

    #[test]
    fn known_language_gets_chroma_structure_one_span_per_line() {
        let mut out = String::new();
        push_fence(&mut out, "text", "a < b\n\nc\n", "", 0);
        assert_eq!(
            out,
            format!(
                "<div class=\"highlight\"><pre tabindex=\"0\" style=\"{}\"><code class=\"language-text\" data-lang=\"text\">\
<span style=\"display:flex;\"><span>a &lt; b\n</span></span><span style=\"display:flex;\"><span>\n</span></span>\
<span style=\"display:flex;\"><span>c\n</span></span></code></pre></div>",
                chroma::PRE_STYLE
            )
        );
    }

    #[test]
    fn fence_line_numbers_follow_the_fence_options() {
        let mut out = String::new();
        push_fence(
            &mut out,
            "go {linenos=inline}",
            "a\n",
            " data-line=\"3\"",
            0,
        );
        assert!(
            out.starts_with("<div class=\"highlight\" data-line=\"3\"><pre"),
            "{out}"
        );
        assert!(out.contains(">1</span><span>a\n</span>"), "{out}");
        let mut table = String::new();
        push_fence(&mut table, "go {linenos=true}", "a\n", "", 0);
        assert!(table.contains("<table style="), "{table}");
    }

    #[test]
    fn fence_attributes_go_on_the_wrapper_and_quotes_use_go_escapes() {
        let mut out = String::new();
        push_fence(
            &mut out,
            "text {file=\"a.html\" copy=true hl_lines=[1]}",
            "say \"hi\" 'x'",
            "",
            0,
        );
        assert!(
            out.starts_with("<div class=\"highlight\" file=\"a.html\" copy=\"true\"><pre"),
            "{out}"
        );
        assert!(out.contains("say &#34;hi&#34; &#39;x&#39;"), "{out}");
    }

    #[test]
    fn unknown_language_keeps_its_class_without_highlighting() {
        let mut out = String::new();
        push_fence(&mut out, "nosuchlang", "x & y\n", "", 0);
        assert_eq!(
            out,
            "<pre tabindex=\"0\"><code class=\"language-nosuchlang\" data-lang=\"nosuchlang\">x &amp; y\n</code></pre>"
        );
    }
}
