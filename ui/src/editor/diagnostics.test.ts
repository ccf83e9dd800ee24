import { describe, expect, it } from 'vitest';
import { Text } from '@codemirror/state';
import type { Diagnostic } from '../ipc/bindings/Diagnostic';
import { positionOf, toLintDiagnostics } from './diagnostics';

const doc = Text.of(['---', 'title: 墨池😀 ok', 'date: soon', '---', '']);
const diag = (line: number, column: number): Diagnostic => ({
  path: 'content/a.md',
  line,
  column,
  severity: 'error',
  code: 'date-invalid',
  message: '`date` is not a date',
  hint: 'use 2026-02-06',
});

describe('diagnostics in the editor', () => {
  it('counts columns in characters, so CJK and emoji line up', () => {
    const line = doc.line(2);
    expect(positionOf(doc, 2, 1)).toBe(line.from);
    expect(positionOf(doc, 2, 8)).toBe(line.from + 7); // 墨
    expect(positionOf(doc, 2, 11)).toBe(line.from + 11); // after 墨池😀 and a space: 😀 is two UTF-16 units
  });

  it('underlines the word at the position and carries the hint', () => {
    const [lint] = toLintDiagnostics(doc, [diag(3, 7)]);
    expect(doc.sliceString(lint.from, lint.to)).toBe('soon');
    expect(lint.severity).toBe('error');
    expect(lint.message).toBe('`date` is not a date — use 2026-02-06');
  });

  it('keeps a stale position inside the document', () => {
    const [lint] = toLintDiagnostics(doc, [diag(40, 99)]);
    expect(lint.from).toBeLessThanOrEqual(doc.length);
    expect(lint.to).toBeLessThanOrEqual(doc.length);
  });
});
