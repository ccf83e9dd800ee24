// Recognises the edits whose preview the UI can draw itself, in the keystroke's own frame, before the shell's render is back.
import type { ChangeDesc, Text } from '@codemirror/state';

/**
 * An edit confined to one line that is, before and after, a paragraph of plain text on its
 * own: the renderer writes such a line as `<p data-line="N">` + the line without its trailing
 * spaces + `</p>`, whatever the site's settings (a contract the core's tests pin down).
 */
export interface PlainLineEdit {
  /** The 1-based line of the buffer (a file line, as `data-line` counts them). */
  line: number;
  /** The paragraph's text as the preview shows it before the edit. */
  before: string;
  /** The paragraph's text after the edit. */
  after: string;
}

/**
 * Characters a plain line may hold: letters (any script, so CJK), combining marks, decimal
 * digits, the space, and punctuation that no markdown rule, typographer rule, linkify rule,
 * entity or shortcode reads (`.` only where it cannot make `...` or `www.`, checked below).
 * Everything else (`* _ [ ] < > & \ ` ~ | : @ { } # - + = ' "`, tabs, no-break spaces) declines.
 */
const PLAIN_CHAR = /^[\p{L}\p{M}\p{Nd} .,;!?，。、；：！？「」『』（）《》]*$/u;
/** A plain paragraph starts with a letter: never a list marker (`-`, `1.`), heading, quote, indent or fence. */
const PLAIN_START = /^[\p{L}]/u;

/** The text the renderer shows for a plain line (paragraphs lose their trailing spaces), or null if the line is not plain. */
export function plainLineText(line: string): string | null {
  if (!PLAIN_START.test(line) || !PLAIN_CHAR.test(line)) return null;
  // `...` is an ellipsis to the typographer; `www.` a link to linkify.
  if (line.includes('..') || /www\./iu.test(line)) return null;
  return line.replace(/ +$/u, '');
}

/** True when the line holds nothing but spaces (a paragraph ends there). */
function blank(line: string): boolean {
  return /^ *$/u.test(line);
}

/**
 * The 1-based line after the front matter's closing delimiter (1 when there is no front matter),
 * or null when the front matter is not closed or is JSON (where the body starts is then unclear).
 */
function bodyStart(doc: Text): number | null {
  const first = doc.line(1).text;
  if (first.startsWith('{')) return null;
  const fence = first.trimEnd();
  if (fence !== '---' && fence !== '+++') return 1;
  for (let n = 2; n <= doc.lines; n++) {
    if (doc.line(n).text.trimEnd() === fence) return n + 1;
  }
  return null;
}

/**
 * The edit as a plain paragraph edit, or null when it is anything else: more than one line
 * touched, a line added or removed, a line that is not plain before or after, a paragraph
 * that runs on into the next line, or a line in the front matter. Shortcodes elsewhere in the
 * post do not matter: a paragraph inside a shortcode's inner content is rendered inside the
 * shortcode's box without a `data-line` of its own, so the preview side finds no top-level
 * paragraph at that line and declines. Declining is always safe: the shell's render then shows
 * the edit a little later.
 */
export function plainLineEdit(before: Text, after: Text, changes: ChangeDesc): PlainLineEdit | null {
  if (before.lines !== after.lines) return null;
  let from = -1;
  let to = -1;
  let ranges = 0;
  changes.iterChangedRanges((fromA, toA) => {
    ranges++;
    from = fromA;
    to = toA;
  });
  if (ranges !== 1) return null;
  const oldLine = before.lineAt(from);
  if (to > oldLine.to) return null;
  const number = oldLine.number;
  const newLine = after.line(number);
  const start = bodyStart(after);
  if (start === null || number < start || bodyStart(before) !== start) return null;
  if (number < after.lines && !blank(after.line(number + 1).text)) return null;
  const shown = plainLineText(oldLine.text);
  const next = plainLineText(newLine.text);
  if (shown === null || next === null) return null;
  return { line: number, before: shown, after: next };
}
