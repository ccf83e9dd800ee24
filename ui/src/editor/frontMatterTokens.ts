// The highlighted pieces of one line of TOML or JSON front matter: keys, strings, comments and
// punctuation. A line at a time, not a full parser (no grammar for either ships with CodeMirror):
// enough to colour a post's metadata.

export type FrontMatterSyntax = 'toml' | 'json';

/** A node of the front matter block: its type name and its range in the line (UTF-16 offsets). */
export interface FrontMatterToken {
  type: 'FrontmatterKey' | 'FrontmatterString' | 'FrontmatterComment' | 'FrontmatterPunct';
  from: number;
  to: number;
}

/** `key =`, bare, quoted or dotted. */
const TOML_KEY = /^("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+(?:[ \t]*\.[ \t]*[A-Za-z0-9_-]+)*)[ \t]*(=)/u;
const TOML_TABLE = /^\[\[?[^\]]*\]\]?/u;

/**
 * The end of the quoted string opening at `from` (past its closing quote, or the line's end). A
 * backslash escapes in double quotes; single quotes (TOML's literal strings) have no escapes.
 */
function stringEnd(text: string, from: number): number {
  const quote = text[from];
  for (let i = from + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

/**
 * Strings, comments and punctuation from `from` to the line's end. A quote opens a string only
 * where a value starts; `#` opens a comment only after a space, outside strings.
 */
function valueTokens(text: string, from: number, syntax: FrontMatterSyntax, out: FrontMatterToken[]): void {
  let valueStart = true;
  // Commas and colons are punctuation inside [ ] and { } (and anywhere in JSON).
  let depth = 0;
  for (let i = from; i < text.length; ) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      i++;
    } else if ((c === '"' || (c === "'" && syntax !== 'json')) && valueStart) {
      const end = stringEnd(text, i);
      // In JSON a string followed by a colon is a key.
      const key = syntax === 'json' && /^[ \t]*:/u.test(text.slice(end));
      out.push({ type: key ? 'FrontmatterKey' : 'FrontmatterString', from: i, to: end });
      i = end;
      valueStart = false;
    } else if (c === '#' && syntax !== 'json' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      out.push({ type: 'FrontmatterComment', from: i, to: text.length });
      return;
    } else if ('[{'.includes(c) && valueStart) {
      out.push({ type: 'FrontmatterPunct', from: i, to: i + 1 });
      depth++;
      i++;
      valueStart = true;
    } else if ('[]{},:='.includes(c) && (depth > 0 || syntax === 'json')) {
      out.push({ type: 'FrontmatterPunct', from: i, to: i + 1 });
      if (']}'.includes(c)) depth = Math.max(0, depth - 1);
      i++;
      valueStart = !']}'.includes(c);
    } else {
      i++;
      valueStart = false;
    }
  }
}

/** The tokens of `text`, one line of a front matter block, with offsets relative to the line. */
export function frontMatterTokens(text: string, syntax: FrontMatterSyntax): FrontMatterToken[] {
  const out: FrontMatterToken[] = [];
  let at = text.length - text.trimStart().length;
  if (syntax === 'json') {
    valueTokens(text, at, syntax, out);
    return out;
  }
  if (text[at] === '#') return [{ type: 'FrontmatterComment', from: at, to: text.length }];
  const table = TOML_TABLE.exec(text.slice(at));
  if (table) {
    out.push({ type: 'FrontmatterKey', from: at, to: at + table[0].length });
    valueTokens(text, at + table[0].length, syntax, out);
    return out;
  }
  const key = TOML_KEY.exec(text.slice(at));
  if (key) {
    const separator = at + key[0].length - 1;
    out.push({ type: 'FrontmatterKey', from: at, to: at + key[1].length });
    out.push({ type: 'FrontmatterPunct', from: separator, to: separator + 1 });
    at = separator + 1;
  }
  valueTokens(text, at, syntax, out);
  return out;
}
