import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { minimalChange, changeSpec } from './minimalChange';

/** Applies the change to `before` as CodeMirror would. */
function apply(before: string, after: string): string {
  const state = EditorState.create({ doc: before });
  return state.update({ changes: changeSpec(before, after) }).state.doc.toString();
}

describe('minimalChange', () => {
  it('is null when nothing changed', () => {
    expect(minimalChange('---\ntitle: 甲\n---\n', '---\ntitle: 甲\n---\n')).toBeNull();
  });

  it('replaces only the edited value of a title line', () => {
    const before = '---\ntitle: 舊標題\ndraft: true\n---\n正文\n';
    const after = '---\ntitle: 新標題\ndraft: true\n---\n正文\n';
    expect(minimalChange(before, after)).toEqual({ from: 11, to: 12, insert: '新' });
  });

  it('inserts a new line without touching its neighbours', () => {
    const before = 'a: 1\nc: 3\n';
    const after = 'a: 1\nb: 2\nc: 3\n';
    const change = minimalChange(before, after);
    expect(change?.to).toBe(change?.from);
    expect(apply(before, after)).toBe(after);
  });

  it('deletes a removed line', () => {
    expect(apply('a: 1\nb: 2\nc: 3\n', 'a: 1\nc: 3\n')).toBe('a: 1\nc: 3\n');
  });

  it('handles repeated characters where prefix and suffix overlap', () => {
    expect(apply('aaaa', 'aa')).toBe('aa');
    expect(apply('aa', 'aaaa')).toBe('aaaa');
  });

  it('never splits an astral character in half', () => {
    const change = minimalChange('x😀y', 'x😁y');
    expect(change).toEqual({ from: 1, to: 3, insert: '😁' });
  });
});
