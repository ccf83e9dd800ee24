// The editor view's dispatch: each change of the document is reported before the view draws it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorView } from '@codemirror/view';
import { createEditorState, editorExtensions, reportingDispatch } from './setup';
import type { DocChangeListener } from './setup';

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
  vi.restoreAllMocks();
});

function mount(text: string, listener: DocChangeListener): EditorView {
  view = new EditorView({
    state: createEditorState(text, editorExtensions({ label: 'text' })),
    parent: document.body,
    dispatchTransactions: reportingDispatch(listener),
  });
  return view;
}

describe('reportingDispatch', () => {
  it('reports the new text and the change before the view shows it', () => {
    const heard: Array<{ text: string; shown: string; before: string; after: string }> = [];
    const editor = mount('字', (buffer, change) =>
      heard.push({ text: buffer.toString(), shown: editor.state.doc.toString(), before: change.before.toString(), after: change.after.toString() }),
    );
    editor.dispatch({ changes: { from: 1, insert: '跡' } });
    expect(heard).toEqual([{ text: '字跡', shown: '字', before: '字', after: '字跡' }]);
    expect(editor.state.doc.toString()).toBe('字跡');
  });

  it('reports nothing for a change of selection only', () => {
    const listener = vi.fn();
    const editor = mount('abc', listener);
    editor.dispatch({ selection: { anchor: 1 } });
    expect(listener).not.toHaveBeenCalled();
  });

  it('applies the change even when the listener fails', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const editor = mount('a', () => {
      throw new Error('listener broke');
    });
    editor.dispatch({ changes: { from: 1, insert: 'b' } });
    expect(editor.state.doc.toString()).toBe('ab');
    expect(console.error).toHaveBeenCalled();
  });
});
