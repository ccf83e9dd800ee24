// The preview's reading stylesheet: long-form CJK and Latin text, light and dark.

// The dark palette, used when the app's theme is dark (data-theme) or, before it is set, by the system.
const DARK = `--fg: #e6e8eb; --muted: #9aa4af; --bg: #17191c; --rule: #2f353b;
    --link: #6cb0ff; --code-bg: #22262b; --quote: #3b434b; --mark: #5a4b00;`;

export const READING_CSS = `
/*
 * CJK fonts such as Noto Sans CJK draw the curly quotes and apostrophe full-width: right beside
 * Chinese, a gap on each side in an English sentence. Where the page is not in a CJK language these
 * few characters come from a Latin face first (only local fonts: the page may load none).
 */
@font-face {
  font-family: "Inkstone Latin Quotes";
  src: local("Segoe UI"), local("Helvetica Neue"), local("Arial"), local("Liberation Sans"), local("DejaVu Sans");
  unicode-range: U+2018-201F, U+2032-2033;
}
:root {
  color-scheme: light dark;
  --reading-fonts: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK TC", "Noto Sans TC", "PingFang TC",
    "Microsoft JhengHei", "Hiragino Sans", sans-serif;
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --rule: #d8dee4;
  --link: #0b62c4; --code-bg: #f3f4f6; --quote: #d0d7de; --mark: #fff2a8;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme]) { ${DARK} }
}
:root[data-theme='dark'] { color-scheme: dark; ${DARK} }
:root[data-theme='light'] { color-scheme: light; }
html { background: var(--bg); }
body {
  margin: 0 auto;
  padding: 28px 32px 40vh;
  max-width: 40em;
  color: var(--fg);
  background: var(--bg);
  font-family: var(--reading-fonts);
  font-size: 17px;
  line-height: 1.8;
  /* Kinsoku: no closing punctuation at a line start; justification stretches CJK badly. */
  line-break: strict;
  text-align: start;
  overflow-wrap: break-word;
  -webkit-text-size-adjust: 100%;
  font-kerning: normal;
}
:root:not(:lang(zh), :lang(ja), :lang(ko)) body { font-family: "Inkstone Latin Quotes", var(--reading-fonts); }
:lang(zh), :lang(ja) { font-style: normal; }
h1, h2, h3, h4, h5, h6 { line-height: 1.4; margin: 1.8em 0 0.6em; font-weight: 700; }
h1 { font-size: 1.7em; } h2 { font-size: 1.4em; } h3 { font-size: 1.2em; } h4 { font-size: 1.05em; }
body > :first-child { margin-top: 0; }
p, ul, ol, dl, blockquote, pre, table, figure, .highlight > div { margin: 0 0 1.1em; }
ul, ol { padding-inline-start: 1.6em; }
li + li { margin-top: 0.25em; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 0.18em; }
strong { font-weight: 700; }
/* CJK has no italics; emphasis marks read better than a fake slant. */
em:lang(zh), em:lang(ja) { font-style: normal; text-emphasis: filled dot; text-emphasis-position: under right; }
blockquote { margin-inline: 0; padding: 0 1em; color: var(--muted); border-inline-start: 4px solid var(--quote); }
code, kbd, samp, pre {
  font-family: ui-monospace, "SF Mono", "Cascadia Code", "JetBrains Mono", Menlo, Consolas, "Noto Sans Mono CJK TC", monospace;
  font-size: 0.88em;
}
code { background: var(--code-bg); padding: 0.12em 0.35em; border-radius: 4px; }
/* Chroma's table form (linenos=table) puts a pre in each cell: the box is then the table's, not each pre's. */
pre, .highlight > div { padding: 0.9em 1em; border-radius: 6px; overflow-x: auto; }
pre { background: var(--code-bg); line-height: 1.55; }
pre code { background: none; padding: 0; }
.highlight table { margin: 0; }
.highlight table pre { margin: 0; padding: 0; border-radius: 0; overflow: visible; }
/* A block, so the numbers' lines take the code's height, as the code cell's lines (flex rows) do, not the pre's. */
.highlight table pre > code { display: block; }
img, video, iframe { max-width: 100%; height: auto; }
figure { margin-inline: 0; } figcaption { color: var(--muted); font-size: 0.9em; text-align: center; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--rule); padding: 0.35em 0.75em; }
th { background: var(--code-bg); }
mark { background: var(--mark); color: inherit; }
sup, sub { line-height: 0; }
.footnotes { font-size: 0.9em; color: var(--muted); }
[data-inkstone-preview] { font-family: system-ui, sans-serif; }
`;
