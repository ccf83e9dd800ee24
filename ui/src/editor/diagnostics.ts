// The shell's diagnostics (1-based line, column in characters) as CodeMirror lint ranges in the current document.
import type { Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Diagnostic } from '../ipc/bindings/Diagnostic';

/** The document offset of a 1-based line and a 1-based column counted in characters (code points). */
export function positionOf(doc: Text, line: number, column: number): number {
  const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
  let offset = 0;
  let chars = 1;
  for (const ch of target.text) {
    if (chars >= column) break;
    offset += ch.length;
    chars++;
  }
  return target.from + offset;
}

/** From the position to the end of the word there (at least one character, never past the line). */
function rangeAt(doc: Text, from: number): { from: number; to: number } {
  const line = doc.lineAt(from);
  const rest = line.text.slice(from - line.from);
  const word = /^\S+/u.exec(rest)?.[0].length ?? 0;
  const to = Math.min(line.to, from + Math.max(word, 1));
  return to > from ? { from, to } : { from: Math.max(line.from, from - 1), to: from };
}

export function toLintDiagnostics(doc: Text, diagnostics: readonly Diagnostic[]): LintDiagnostic[] {
  return diagnostics.map((d) => ({
    ...rangeAt(doc, positionOf(doc, d.line, d.column)),
    severity: d.severity,
    source: d.code,
    message: d.hint ? `${d.message} — ${d.hint}` : d.message,
  }));
}
