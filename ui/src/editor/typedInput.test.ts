// Typed letters applied by the editor itself: which input events it takes, and that what it
// dispatches is what typing through the browser gave (selection replaced, undo grouping, input
// handlers first).
import { afterEach, describe, expect, it } from 'vitest';
import { EditorSelection, EditorState } from '@codemirror/state';
import type { Extension, Transaction } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, keymap } from '@codemirror/view';
import { undo } from '@codemirror/commands';
import { createEditorState, editorExtensions } from './setup';
import { takesKeysAtKeydown, typedKey, typedText } from './typedInput';
import { typeIntoCaretText } from './typing';
import { afterNextPaint } from '../preview/afterPaint';
import { domCaret, pressKey, queueSelectionChanges } from '../test/typing';

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

describe('typedKey', () => {
  const key = (value: string, extra: Partial<{ keyCode: number; isComposing: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
    key: value,
    keyCode: 0,
    isComposing: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    ...extra,
  });

  it('takes one printable character: letters, digits, punctuation, a space, CJK and a character beyond the BMP', () => {
    for (const value of ['q', 'Q', '7', '"', '，', ' ', '字', 'ą', '𠀋']) expect(typedKey(key(value), false)).toBe(value);
  });

  it('leaves named keys to the keymaps and the browser', () => {
    for (const value of ['Enter', 'Tab', 'Backspace', 'ArrowLeft', 'Dead', 'Process', 'Unidentified', '']) {
      expect(typedKey(key(value), false)).toBeNull();
    }
  });

  it('leaves keys with Ctrl, Alt or Meta to the keymaps', () => {
    expect(typedKey(key('b', { ctrlKey: true }), false)).toBeNull();
    expect(typedKey(key('b', { altKey: true }), false)).toBeNull();
    expect(typedKey(key('b', { metaKey: true }), false)).toBeNull();
  });

  it('leaves a key an input method takes, or one pressed during a composition, to the input method', () => {
    expect(typedKey(key('n', { keyCode: 229 }), false)).toBeNull();
    expect(typedKey(key('n', { isComposing: true }), false)).toBeNull();
    expect(typedKey(key('n'), true)).toBeNull();
  });

  it('leaves control characters and keys that type several code points to the browser', () => {
    expect(typedKey(key('\u007f'), false)).toBeNull();
    expect(typedKey(key('\u0008'), false)).toBeNull();
    expect(typedKey(key('e\u0301'), false)).toBeNull();
  });
});

describe('takesKeysAtKeydown', () => {
  it('is on in Linux webviews only', () => {
    expect(takesKeysAtKeydown('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko)')).toBe(true);
    expect(takesKeysAtKeydown('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko)')).toBe(false);
    expect(takesKeysAtKeydown('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0')).toBe(false);
    expect(takesKeysAtKeydown('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36')).toBe(false);
  });
});

describe('typing in the real editor setup', () => {
  let view: EditorView | null = null;
  afterEach(() => {
    view?.destroy();
    view = null;
  });

  /** A view on `text` with the selection `from`..`to`; returns the transactions it dispatches. */
  function mount(text: string, from: number, to = from, extra: Extension = EditorView.updateListener.of(() => {}), typingAtKeydown = false): Transaction[] {
    const seen: Transaction[] = [];
    const extensions = [editorExtensions({ label: 'text', typingAtKeydown }), extra];
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

  it.each([
    ['its beforeinput', false, () => type('，')],
    ['its keydown, where typing at keydown is on', true, () => press('，')],
  ])('inserts a letter from %s at the cursor, moves the cursor after it, and cancels the browser insertion', (_, atKeydown, typeIt) => {
    const seen = mount('寫作 text', 2, 2, EditorView.updateListener.of(() => {}), atKeydown);
    const event = typeIt();
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

  /** Presses `key` (a keydown on the editor's content, as the webview sends it). */
  const press = (key: string, init: KeyboardEventInit = {}, keyCode = 0) => pressKey(view!, key, init, keyCode);

  it('leaves the keydown alone where typing at keydown is off', () => {
    mount('abc', 3);
    const event = press('q');
    expect(event.defaultPrevented).toBe(false);
    expect(view!.state.doc.toString()).toBe('abc');
  });

  it('lets the keymaps have a key before it is typed', () => {
    const bound = keymap.of([{ key: 'x', run: (target) => (target.dispatch({ changes: { from: 0, insert: '>' } }), true) }]);
    mount('abc', 3, 3, bound, true);
    press('x');
    expect(view!.state.doc.toString()).toBe('>abc');
    // Ctrl+B is bold (empty markers at the cursor), not the letter b.
    press('b', { ctrlKey: true });
    expect(view!.state.doc.toString()).toBe('>abc****');
  });

  it('leaves a key an input method takes to the browser, and types nothing into a read-only state', () => {
    mount('abc', 3, 3, EditorView.updateListener.of(() => {}), true);
    expect(press('n', {}, 229).defaultPrevented).toBe(false);
    expect(view!.state.doc.toString()).toBe('abc');
    view!.destroy();
    mount('fixed', 5, 5, EditorState.readOnly.of(true), true);
    expect(press('x').defaultPrevented).toBe(false);
    expect(view!.state.doc.toString()).toBe('fixed');
  });

  it('types nothing into an editor that is not editable, from either event', () => {
    mount('fixed', 5, 5, EditorView.editable.of(false), true);
    expect(press('x').defaultPrevented).toBe(false);
    expect(type('y').defaultPrevented).toBe(false);
    expect(view!.state.doc.toString()).toBe('fixed');
  });

  it('leaves a composition to the browser: nothing is cancelled or inserted', () => {
    mount('abc', 3);
    const event = new InputEvent('beforeinput', { inputType: 'insertCompositionText', data: 'ㄗ', bubbles: true, cancelable: true, isComposing: true });
    view!.contentDOM.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(view!.state.doc.toString()).toBe('abc');
  });

  describe('a letter taken at keydown, typed into the text under the caret', () => {
    queueSelectionChanges();

    /** A focused view on `text` at `at`, the DOM caret placed by the editor; typing at keydown on. */
    function focusedAt(text: string, at: number, extra?: Extension): Transaction[] {
      const seen = mount(text, at, at, extra, true);
      view!.focus();
      // The editor writes its DOM selection once it has focus.
      view!.dispatch({ selection: { anchor: at } });
      return seen;
    }

    /**
     * Lets CodeMirror read the DOM change: it does so when its mutation observer reports, and a
     * letter drawn ahead of its update (typedAhead.ts) once the next frame is painted.
     */
    const settled = () => new Promise<void>((resolve) => afterNextPaint(resolve));

    const caret = domCaret;

    it('writes the letter into the text node with the caret after it, and the editor reads it as typing', async () => {
      const seen = focusedAt('寫作 text', 2);
      const node = caret().node;
      expect(node).toBeInstanceOf(Text);
      const event = press('，');
      expect(event.defaultPrevented).toBe(true);
      // Typed into the DOM: the node holds the letter and the caret follows it, before the editor looked.
      expect(node!.textContent).toBe('寫作， text');
      expect(caret()).toEqual({ node, offset: 3 });
      await settled();
      expect(view!.state.doc.toString()).toBe('寫作， text');
      expect(view!.state.selection.main.head).toBe(3);
      expect(view!.posAtDOM(caret().node!, caret().offset)).toBe(3);
      expect(seen.at(-1)?.isUserEvent('input.type')).toBe(true);
      expect(seen.at(-1)?.scrollIntoView).toBe(true);
    });

    it('types a run of letters in the middle of a line, repeated ones included, as one undo step', async () => {
      focusedAt('a line of text', 6);
      for (const letter of ['f', 'f', 'f', ' ', 'o', 'f']) {
        press(letter);
        await settled();
      }
      expect(view!.state.doc.toString()).toBe('a linefff of of text');
      expect(view!.state.selection.main.head).toBe(12);
      undo(view!);
      expect(view!.state.doc.toString()).toBe('a line of text');
    });

    it('types after a highlighted mark, where the letter ends up outside the mark the caret was in', async () => {
      focusedAt('a **b**', 7);
      press('c');
      await settled();
      expect(view!.state.doc.toString()).toBe('a **b**c');
      expect(view!.state.selection.main.head).toBe(8);
      expect(view!.posAtDOM(caret().node!, caret().offset)).toBe(8);
      press('d');
      await settled();
      expect(view!.state.doc.toString()).toBe('a **b**cd');
    });

    it('leaves the caret at a line start to the transaction path, which types the letter too', () => {
      focusedAt('text', 0);
      expect(typeIntoCaretText(view!, 'x')).toBe(false);
      press('x');
      expect(view!.state.doc.toString()).toBe('xtext');
      expect(view!.state.selection.main.head).toBe(1);
    });

    it('changes nothing when the DOM caret is not where the state has it, or the editor has no focus', () => {
      focusedAt('abc def', 5);
      const node = caret().node!;
      // Moved in the DOM, not yet read by the editor.
      document.getSelection()!.collapse(node, 2);
      expect(typeIntoCaretText(view!, 'x')).toBe(false);
      expect(view!.contentDOM.textContent).toBe('abc def');
      view!.destroy();
      mount('abc def', 5, 5, undefined, true);
      expect(typeIntoCaretText(view!, 'x')).toBe(false);
      expect(view!.contentDOM.textContent).toBe('abc def');
    });

    it('leaves text inside a widget alone', () => {
      const widget = new (class extends WidgetType {
        toDOM() {
          const label = document.createElement('span');
          label.textContent = 'label';
          return label;
        }
      })();
      focusedAt('ab', 1, EditorView.decorations.of(Decoration.set([Decoration.widget({ widget, side: 1 }).range(1)])));
      const label = view!.contentDOM.querySelector('[contenteditable="false"]')!;
      document.getSelection()!.collapse(label.firstChild, 3);
      expect(typeIntoCaretText(view!, 'x')).toBe(false);
      expect(label.textContent).toBe('label');
    });

    it('lets input handlers take the letter first', async () => {
      const closing = EditorView.inputHandler.of((target, from, to, text) => {
        if (text !== '(') return false;
        target.dispatch({ changes: { from, to, insert: '()' }, selection: { anchor: from + 1 } });
        return true;
      });
      focusedAt('f', 1, closing);
      press('(');
      await settled();
      expect(view!.state.doc.toString()).toBe('f()');
      expect(view!.state.selection.main.head).toBe(2);
      expect(view!.contentDOM.textContent).toBe('f()');
    });
  });
});
