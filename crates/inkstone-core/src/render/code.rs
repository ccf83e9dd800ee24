//! Code blocks as Hugo 0.111 publishes them: chroma's `div.highlight` for languages it
//! knows, a plain `pre` otherwise.
//!
//! Chroma colours each token with inline styles; the preview keeps Hugo's structure
//! (`div.highlight > pre > code > span` per line) but leaves tokens uncoloured.

use super::escape::{escaped, push_escaped};

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
    "csv",
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
    "jsonc",
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
        push_escaped(out, code);
        out.push_str("</code></pre>");
    } else if chroma_knows(lang) {
        push_highlighted(out, lang, code, mark);
    } else {
        let lang = escaped(lang);
        out.push_str(&format!(
            "<pre tabindex=\"0\"{mark}><code class=\"language-{lang}\" data-lang=\"{lang}\">"
        ));
        push_escaped(out, code);
        out.push_str("</code></pre>");
    }
}

/// Chroma's table-less output: one flex `span` per line.
pub fn push_highlighted(out: &mut String, lang: &str, code: &str, mark: &str) {
    let lang = escaped(lang);
    out.push_str(&format!(
        "<div class=\"highlight\"{mark}><pre tabindex=\"0\" style=\"{PRE_STYLE}\"><code class=\"language-{lang}\" data-lang=\"{lang}\">"
    ));
    for line in code.split_inclusive('\n') {
        out.push_str("<span style=\"display:flex;\"><span>");
        push_escaped(out, line);
        out.push_str("</span></span>");
    }
    out.push_str("</code></pre></div>");
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
    fn unknown_language_keeps_its_class_without_highlighting() {
        let mut out = String::new();
        push_fence(&mut out, "nosuchlang", "x & y\n", "");
        assert_eq!(
            out,
            "<pre tabindex=\"0\"><code class=\"language-nosuchlang\" data-lang=\"nosuchlang\">x &amp; y\n</code></pre>"
        );
    }
}
