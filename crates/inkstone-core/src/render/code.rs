//! Code blocks as Hugo 0.111 publishes them: chroma's `div.highlight` for languages it
//! knows, a plain `pre` otherwise.
//!
//! Chroma colours each token with inline styles; the preview keeps Hugo's structure
//! (`div.highlight > pre > code > span` per line) but leaves tokens uncoloured.

use super::escape::{escaped, push_escaped};

/// Options in a fence's `{…}` that steer highlighting rather than becoming attributes.
const HIGHLIGHT_OPTIONS: &[&str] = &[
    "linenos",
    "hl_lines",
    "linenostart",
    "anchorlinenos",
    "lineanchors",
    "linenumbersintable",
    "hl_inline",
    "noclasses",
    "style",
    "tabwidth",
    "guesssyntax",
    "codefences",
    "wrapperclass",
];

/// The `pre` style of Hugo's default `monokai` theme.
const PRE_STYLE: &str =
    "color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-o-tab-size:4;tab-size:4;";

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
    "rst",
    "ruby",
    "rust",
    "rs",
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
    "tex",
    "terraform",
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
    CHROMA_LANGUAGES.contains(&lang.to_ascii_lowercase().as_str())
}

/// The first word of a fence's info string (`go {hl_lines=[1]}` → `go`).
pub fn fence_language(info: &str) -> &str {
    info.split(|c: char| c.is_whitespace() || c == '{' || c == ',')
        .next()
        .unwrap_or("")
}

/// A fenced code block; `mark` is the preview's ` data-line="N"` or empty.
pub fn push_fence(out: &mut String, info: &str, code: &str, mark: &str) {
    let lang = fence_language(info);
    if lang.is_empty() {
        out.push_str(&format!("<pre tabindex=\"0\"{mark}><code>"));
        push_go_escaped(out, code);
        out.push_str("</code></pre>");
    } else if chroma_knows(lang) {
        let attributes = fence_attributes(info);
        push_highlighted(out, lang, code, &format!("{attributes}{mark}"));
    } else {
        let lang = escaped(lang);
        out.push_str(&format!(
            "<pre tabindex=\"0\"{mark}><code class=\"language-{lang}\" data-lang=\"{lang}\">"
        ));
        push_go_escaped(out, code);
        out.push_str("</code></pre>");
    }
}

/// Chroma's table-less output: one flex `span` per line. `attributes` go on the
/// wrapping `div` (fence attributes such as `file="a.html"`, and the preview mark).
pub fn push_highlighted(out: &mut String, lang: &str, code: &str, attributes: &str) {
    let lang = escaped(lang);
    out.push_str(&format!(
        "<div class=\"highlight\"{attributes}><pre tabindex=\"0\" style=\"{PRE_STYLE}\"><code class=\"language-{lang}\" data-lang=\"{lang}\">"
    ));
    for line in code.split_inclusive('\n') {
        out.push_str("<span style=\"display:flex;\"><span>");
        push_go_escaped(out, line);
        out.push_str("</span></span>");
    }
    out.push_str("</code></pre></div>");
}

/// Escapes as Go's `html.EscapeString`, which Hugo's code blocks use (`&#34;`, `&#39;`).
fn push_go_escaped(out: &mut String, text: &str) {
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

/// ` key="value"` for each attribute in a fence's `{…}` that is not a highlighting option.
fn fence_attributes(info: &str) -> String {
    let Some(open) = info.find('{') else {
        return String::new();
    };
    let inner = info[open + 1..].trim_end().trim_end_matches('}');
    let mut out = String::new();
    let mut rest = inner.trim_start();
    while !rest.is_empty() {
        let key_end = rest
            .find(|c: char| c == '=' || c.is_whitespace() || c == ',')
            .unwrap_or(rest.len());
        let key = &rest[..key_end];
        rest = rest[key_end..].trim_start();
        let mut value = String::from("true");
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (text, remaining) = match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let end = body.find(quote).unwrap_or(body.len());
                    (&body[..end], body.get(end + 1..).unwrap_or(""))
                }
                Some('[') => {
                    let end = after.find(']').map_or(after.len(), |i| i + 1);
                    (&after[..end], &after[end..])
                }
                _ => {
                    let end = after
                        .find(|c: char| c.is_whitespace() || c == ',')
                        .unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = text.to_string();
            rest = remaining;
        }
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        if key.is_empty() || HIGHLIGHT_OPTIONS.contains(&key.to_ascii_lowercase().as_str()) {
            continue;
        }
        out.push_str(&format!(" {}=\"{}\"", escaped(key), escaped(&value)));
    }
    out
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
    fn known_language_gets_chroma_structure_one_span_per_line() {
        let mut out = String::new();
        push_fence(&mut out, "text", "a < b\n\nc\n", "");
        assert_eq!(
            out,
            format!(
                "<div class=\"highlight\"><pre tabindex=\"0\" style=\"{PRE_STYLE}\"><code class=\"language-text\" data-lang=\"text\">\
<span style=\"display:flex;\"><span>a &lt; b\n</span></span><span style=\"display:flex;\"><span>\n</span></span>\
<span style=\"display:flex;\"><span>c\n</span></span></code></pre></div>"
            )
        );
    }

    #[test]
    fn fence_attributes_go_on_the_wrapper_and_quotes_use_go_escapes() {
        let mut out = String::new();
        push_fence(
            &mut out,
            "text {file=\"a.html\" copy=true hl_lines=[1]}",
            "say \"hi\" 'x'",
            "",
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
        push_fence(&mut out, "nosuchlang", "x & y\n", "");
        assert_eq!(
            out,
            "<pre tabindex=\"0\"><code class=\"language-nosuchlang\" data-lang=\"nosuchlang\">x &amp; y\n</code></pre>"
        );
    }
}
