import { describe, expect, it } from 'vitest';
import { replacementFor, textOf } from './lineBreaks';
import { createEditorState } from './setup';

const at = (text: string) => createEditorState(text, []);
const CRLF = '---\r\ntitle: x\r\n---\r\n\r\nbody\r\n';

describe('line breaks', () => {
  it('a CRLF file reads back byte for byte, and a new line gets CRLF too', () => {
    const state = at(CRLF);
    expect(textOf(state)).toBe(CRLF);
    expect(state.doc.lines).toBe(6);
    const typed = state.update({ changes: { from: state.doc.length, insert: state.lineBreak + 'more' } }).state;
    expect(textOf(typed)).toBe(`${CRLF}\r\nmore`);
  });

  it('a form edit on a CRLF buffer changes only its line and keeps CRLF everywhere', () => {
    const state = at(CRLF);
    const edited = CRLF.replace('title: x', 'title: "新\\r\\n標題"\r\nextra: 1');
    const after = state.update({ changes: replacementFor(state, edited) }).state;
    expect(textOf(after)).toBe(edited);
    expect(after.doc.lines).toBe(7);
  });

  it('an LF file stays LF', () => {
    const state = at('a\nb\n');
    expect(textOf(state)).toBe('a\nb\n');
    expect(state.lineBreak).toBe('\n');
    expect(textOf(state.update({ changes: replacementFor(state, 'a\nc\n') }).state)).toBe('a\nc\n');
  });

  it('a file with both keeps CodeMirror’s default reading (every break is a line)', () => {
    expect(at('a\r\nb\nc').doc.lines).toBe(3);
  });
});
