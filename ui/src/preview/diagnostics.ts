// The diagnostics shown for the open buffer: the checks' and the renderer's, as one list by position.
import type { Diagnostic } from '../ipc/bindings/Diagnostic';

function keyOf(d: Diagnostic): string {
  return `${d.path}\u0000${d.line}\u0000${d.column}\u0000${d.severity}\u0000${d.code}\u0000${d.message}\u0000${d.hint}`;
}

/** True when both lists hold the same diagnostics in the same order (so views need not update). */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && a.every((d, i) => keyOf(d) === keyOf(b[i]));
}

/** Both lists in one, ordered by line, column and code, without repeats (a check and the renderer may both see a problem). */
export function mergeDiagnostics(checked: readonly Diagnostic[], rendered: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const merged: Diagnostic[] = [];
  for (const d of [...checked, ...rendered]) {
    const key = keyOf(d);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(d);
  }
  return merged.sort((a, b) => a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
