// Reads the YAML front matter of a buffer for the form to show: each key's value and its line in the file.
// Display only: every edit goes through the shell's lossless fm_set / fm_unset.
import { LineCounter, isScalar, parseDocument } from 'yaml';

export interface FmField {
  key: string;
  value: unknown;
  /** 1-based line of the key in the file. */
  line: number;
}

export type FmFormat = 'yaml' | 'toml' | 'json' | 'none';

export interface FmBlock {
  format: FmFormat;
  fields: FmField[];
  /** The YAML parser's complaint, when the block does not parse. */
  error: string | null;
  /** 1-based line of the closing `---`; 0 when there is no YAML block. */
  endLine: number;
}

export const NO_FRONT_MATTER: FmBlock = { format: 'none', fields: [], error: null, endLine: 0 };

/** The block's `title` when it is a non-blank string; null otherwise (no title yet, or a block that does not parse). */
export function titleOf(block: FmBlock): string | null {
  const field = block.fields.find((candidate) => candidate.key === 'title');
  return typeof field?.value === 'string' && field.value.trim() !== '' ? field.value : null;
}

function formatOf(firstLine: string): FmFormat {
  const line = firstLine.trimEnd();
  if (line === '---') return 'yaml';
  if (line === '+++') return 'toml';
  if (line.startsWith('{')) return 'json';
  return 'none';
}

export function readFrontMatter(text: string): FmBlock {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const format = formatOf(lines[0] ?? '');
  if (format !== 'yaml') return { ...NO_FRONT_MATTER, format };
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/u.test(line));
  if (close < 0) return { format, fields: [], error: 'The front matter has no closing --- line.', endLine: 0 };
  const block = lines.slice(1, close).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(block, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { format, fields: [], error: doc.errors[0].message, endLine: close + 1 };
  }
  const contents = doc.contents as { items?: Array<{ key: unknown; value: { toJSON?: () => unknown } | null }> };
  const fields: FmField[] = [];
  for (const pair of contents?.items ?? []) {
    if (!isScalar(pair.key)) continue;
    const offset = pair.key.range?.[0] ?? 0;
    const value = pair.value === null ? null : isScalar(pair.value) ? pair.value.value : pair.value.toJSON?.();
    // The block starts on the file's second line.
    fields.push({ key: String(pair.key.value), value, line: counter.linePos(offset).line + 1 });
  }
  return { format, fields, error: null, endLine: close + 1 };
}
