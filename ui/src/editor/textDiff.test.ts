import { describe, expect, it } from 'vitest';
import { EditorSelection, EditorState } from '@codemirror/state';
import { textChanges } from './textDiff';
import { reloadChangesFor, lineBreakOf } from './lineBreaks';

/** `before` with the selection between the two `|` (or a cursor at one `|`), reloaded as `after`; the new text with the selection marked. */
function reload(before: string, after: string): string {
  const marks = [...before.matchAll(/\|/gu)].map((m, i) => (m.index ?? 0) - i);
  const doc = before.replace(/\|/gu, '');
  const selection = marks.length === 1 ? EditorSelection.cursor(marks[0]) : EditorSelection.range(marks[0], marks[1]);
  const state = EditorState.create({ doc, selection });
  const next = state.update({ changes: reloadChangesFor(state, after) }).state;
  const { anchor, head } = next.selection.main;
  const text = next.doc.toString();
  if (anchor === head) return `${text.slice(0, head)}|${text.slice(head)}`;
  const [from, to] = [Math.min(anchor, head), Math.max(anchor, head)];
  return `${text.slice(0, from)}|${text.slice(from, to)}|${text.slice(to)}`;
}

describe('reloadChangesFor keeps the selection on the same text', () => {
  it('lines inserted above and below the cursor', () => {
    expect(reload('one\ntw|o\nthree\n', 'zero\none\ntwo\nthree\nfour\n')).toBe('zero\none\ntw|o\nthree\nfour\n');
  });

  it('a selection with edits above, below and on other lines', () => {
    const before = 'title\n\nFirst paragraph.\n\nThe |chosen| words.\n\nLast paragraph.\n';
    const after = 'title: new\n\nadded\n\nFirst paragraph, edited.\n\nThe chosen words.\n\nmore\n\nLast paragraph!\n';
    expect(reload(before, after)).toBe('title: new\n\nadded\n\nFirst paragraph, edited.\n\nThe |chosen| words.\n\nmore\n\nLast paragraph!\n');
  });

  it('an edit earlier on the cursor line', () => {
    expect(reload('a\nsay hel|lo\nb\n', 'a\nwe say hello\nb\n')).toBe('a\nwe say hel|lo\nb\n');
  });

  it('lines deleted above the cursor', () => {
    expect(reload('x\ny\nz\nkeep| me\n', 'z\nkeep me\n')).toBe('z\nkeep| me\n');
  });

  it('the same line repeated does not pull the cursor to another copy', () => {
    expect(reload('---\n---\nbody|\n---\n', '---\nnew\n---\nbody\n---\n')).toBe('---\nnew\n---\nbody|\n---\n');
  });

  it('CRLF files stay CRLF', () => {
    const before = 'one\r\ntwo\r\n';
    const state = EditorState.create({ doc: before, extensions: lineBreakOf(before), selection: EditorSelection.cursor(5) });
    const next = state.update({ changes: reloadChangesFor(state, 'zero\r\none\r\ntwo\r\n') }).state;
    expect(next.sliceDoc()).toBe('zero\r\none\r\ntwo\r\n');
    expect(next.doc.lineAt(next.selection.main.head).text).toBe('two');
  });
});

describe('textChanges', () => {
  it('is empty for equal texts', () => {
    expect(textChanges('same\n', 'same\n')).toEqual([]);
  });

  it('touches only the lines that differ, and within them only what differs', () => {
    expect(textChanges('a\nb\nc\nd\n', 'a\nB\nc\nd\ne\n')).toEqual([
      { from: 2, to: 3, insert: 'B' },
      { from: 8, to: 8, insert: 'e\n' },
    ]);
  });

  it('a text without a final line break', () => {
    const before = 'one\ntwo';
    const after = 'one\ntwo\nthree';
    const state = EditorState.create({ doc: before });
    expect(state.update({ changes: textChanges(before, after) }).state.doc.toString()).toBe(after);
  });

  it('turns any text into any other', () => {
    const texts = ['', '\n', 'a', 'a\n', 'a\nb\n', 'b\na\n', 'x\na\nb\ny', '😀\n甲\n', '甲\n😀\n乙', 'a\n\n\nb\n'];
    for (const before of texts) {
      for (const after of texts) {
        const state = EditorState.create({ doc: before });
        expect(state.update({ changes: textChanges(before, after) }).state.doc.toString()).toBe(after);
      }
    }
  });
});
