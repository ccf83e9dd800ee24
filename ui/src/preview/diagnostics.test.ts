import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../ipc/bindings/Diagnostic';
import { mergeDiagnostics, sameDiagnostics } from './diagnostics';

function diag(line: number, column: number, code: string): Diagnostic {
  return { path: 'content/a.md', line, column, severity: 'error', code, message: `${code} at ${line}`, hint: '' };
}

describe('preview diagnostics', () => {
  it('merges the checks and the render by line, column and code, once each', () => {
    const checked = [diag(9, 1, 'link-broken'), diag(2, 7, 'date-invalid')];
    const rendered = [diag(5, 1, 'shortcode-unknown'), diag(9, 1, 'link-broken'), diag(2, 7, 'a-first')];
    expect(mergeDiagnostics(checked, rendered).map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '2:7 a-first',
      '2:7 date-invalid',
      '5:1 shortcode-unknown',
      '9:1 link-broken',
    ]);
  });

  it('sees equal lists as the same and any difference as a change', () => {
    expect(sameDiagnostics([diag(1, 1, 'x')], [diag(1, 1, 'x')])).toBe(true);
    expect(sameDiagnostics([diag(1, 1, 'x')], [diag(2, 1, 'x')])).toBe(false);
    expect(sameDiagnostics([], [diag(1, 1, 'x')])).toBe(false);
    expect(sameDiagnostics([], [])).toBe(true);
  });
});
