// Typed letters applied by the editor itself: which input events it takes, and that what it
// dispatches is what typing through the browser gave (selection replaced, undo grouping, input
// handlers first).
import { afterEach, describe, expect, it } from 'vitest';
import { EditorSelection, EditorState } from '@codemirror/state';
import type { Transaction } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { undo } from '@codemirror/commands';
import { createEditorState, editorExtensions } from './setup';
import { typedText } from './typedInput';

describe('typedText', () => {
  const event = (inputType: string, data: string | null, isComposing = false) => ({ inputType, data, isComposing });

  it('takes letters, digits, punctuation and CJK typed outside a composition', () => {
    expect(typedText(event('insertText', 'q'), false)).toBe('q');
    expect(typedText(event('insertText', '7'), false)).toBe('7');
    expect(typedText(event('insertText', '，'), false)).toBe('，');
    expect(typedText(event('insertText', '字'), false)).toBe('字');
    expect(typedText(event('insertText', ' '), false)).toBe(' ');
  });

  it('leaves input methods to the browser, whether the event or the view says it composes', () => {
    expect(typedText(event('insertText', '字', true), false)).toBeNull();
    expect(typedText(event('insertText', '字'), true)).toBeNull();
    expect(typedText(event('insertCompositionText', 'ㄗ'), false)).toBeNull();
  });

  it('leaves every other kind of input, and line breaks or control characters, to the browser', () => {
    expect(typedText(event('insertParagraph', null), false)).toBeNull();
    expect(typedText(event('insertReplacementText', 'word'), false)).toBeNull();
    expect(typedText(event('insertFromPaste', 'x'), false)).toBeNull();
    expect(typedText(event('deleteContentBackward', null), false)).toBeNull();
    expect(typedText(event('insertText', ''), false)).toBeNull();
    expect(typedText(event('insertText', null), false)).toBeNull();
    expect(typedText(event('insertText', 'a\nb'), false)).toBeNull();
    expect(typedText(event('insertText', '\t'), false)).toBeNull();
  });
});

describe('typing in the real editor setup', () => {
  let view: EditorView | null = null;
  afterEach(() => {
    view?.destroy();
    view = null;
  });

  /** A view on `text` with the selection `from`..`to`; returns the transactions it dispatches. */
  function mount(text: string, from: number, to = from, extra = EditorView.updateListener.of(() => {})): Transaction[] {
    const seen: Transaction[] = [];
    const extensions = [editorExtensions({ label: 'text' }), extra];
    const state = createEditorState(text, extensions);
    view = new EditorView({
      state: state.update({ selection: EditorSelection.range(from, to) }).state,
      parent: document.body,
      dispatchTransactions: (trs, target) => {
        seen.push(...trs);
        target.update(trs);
      },
    });
    return seen;
  }

  function type(data: string): InputEvent {
    const event = new InputEvent('beforeinput', { inputType: 'insertText', data, bubbles: true, cancelable: true });
    view!.contentDOM.dispatchEvent(event);
    return event;
  }

  it('inserts at the cursor, moves the cursor after it, and cancels the browser insertion', () => {
    const seen = mount('寫作 text', 2);
    const event = type('，');
    expect(event.defaultPrevented).toBe(true);
    expect(view!.state.doc.toString()).toBe('寫作， text');
    expect(view!.state.selection.main.head).toBe(3);
    expect(seen.at(-1)?.isUserEvent('input.type')).toBe(true);
    expect(seen.at(-1)?.scrollIntoView).toBe(true);
  });

  it('replaces a selection, as typing over it does', () => {
    mount('one two three', 4, 7);
    type('2');
    expect(view!.state.doc.toString()).toBe('one 2 three');
    expect(view!.state.selection.main.head).toBe(5);
  });

  it('groups letters typed in a row into one undo step, like typing through the browser', () => {
    mount('word', 4);
    for (const letter of ['s', ' ', 'o', 'k']) type(letter);
    expect(view!.state.doc.toString()).toBe('words ok');
    undo(view!);
    expect(view!.state.doc.toString()).toBe('word');
  });

  it('lets input handlers take the letter first', () => {
    const closing = EditorView.inputHandler.of((target, from, to, text) => {
      if (text !== '(') return false;
      target.dispatch({ changes: { from, to, insert: '()' }, selection: { anchor: from + 1 } });
      return true;
    });
    mount('f', 1, 1, closing);
    type('(');
    expect(view!.state.doc.toString()).toBe('f()');
    expect(view!.state.selection.main.head).toBe(2);
  });

  it('inserts nothing into a read-only state', () => {
    mount('fixed', 5, 5, EditorState.readOnly.of(true));
    const event = type('x');
    expect(event.defaultPrevented).toBe(false);
    expect(view!.state.doc.toString()).toBe('fixed');
  });

  it('leaves a composition to the browser: nothing is cancelled or inserted', () => {
    mount('abc', 3);
    const event = new InputEvent('beforeinput', { inputType: 'insertCompositionText', data: 'ㄗ', bubbles: true, cancelable: true, isComposing: true });
    view!.contentDOM.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(view!.state.doc.toString()).toBe('abc');
  });
});
