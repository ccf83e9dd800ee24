// Typed letters go straight into the editor's state instead of through the browser's own editing.
//
// WebKit inserts a typed letter into a contenteditable through its editing machinery (typing
// command, visible positions, a synchronous layout for the new caret), and CodeMirror then reads
// the change back from the DOM. On a long post that round costs a few milliseconds of every
// keystroke before CodeMirror even sees the letter (docs/preview-latency.md). For a plain letter
// typed outside any composition, the browser's work is skipped: the `beforeinput` event is
// cancelled and the letter is dispatched as the same transaction CodeMirror would have built from
// the DOM (`input.type`, through the input handlers, scrolled into view). Everything else, and
// above all input methods composing CJK text, keeps the browser's own path.
//
// On Linux the letter is taken one step earlier, from its `keydown`: WebKitGTK's way from a key
// to its `beforeinput` (keypress, the text input event, a typing command) costs about 0.8 ms of
// every letter. There a key that an input method or a dead key takes arrives as keyCode 229 and
// is left alone. Other platforms keep the `beforeinput` path: macOS's text system must see the
// key itself (press-and-hold accents replace the letter it typed). A letter taken at keydown is
// written into the caret's text node, the caret carried along, and CodeMirror reads it back as
// native typing; that spares WebKit a layout inside the keystroke (`typeIntoCaretText`). A plain
// letter is even drawn before CodeMirror reads it, which it does once the frame showing the letter
// is painted (typedAhead.ts).
import { EditorView } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { insertTyped, typeIntoCaretText } from './typing';
import { drawTypedAhead, typedAheadGuard } from './typedAhead';
import type { TypedAheadListener } from './typedAhead';

/** The part of a `beforeinput` event the decision reads. */
export interface TypedEvent {
  inputType: string;
  data: string | null;
  isComposing: boolean;
}

/**
 * The text to insert for this event, or null when the browser should handle it: only `insertText`
 * outside a composition, with one line of text and no control characters.
 */
export function typedText(event: TypedEvent, composing: boolean): string | null {
  if (event.inputType !== 'insertText' || event.isComposing || composing) return null;
  const data = event.data;
  if (data === null || data.length === 0) return null;
  // Line breaks and other controls keep the browser's path (Enter is a key binding anyway).
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return null;
  }
  return data;
}

/** The part of a `keydown` event the decision reads. */
export interface TypedKey {
  key: string;
  keyCode: number;
  isComposing: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/**
 * The text a key types, when the editor may insert it at keydown; null leaves the key to the
 * keymaps and the browser: a named key ("Enter", "Dead", "Process"), a key with Ctrl, Alt or Meta,
 * a key an input method takes (keyCode 229) or one pressed while a composition is open.
 */
export function typedKey(event: TypedKey, composing: boolean): string | null {
  if (composing || event.isComposing || event.keyCode === 229) return null;
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  // One character: named keys are words; a key that types several code points keeps the browser's path.
  const code = event.key.codePointAt(0);
  if (code === undefined || String.fromCodePoint(code).length !== event.key.length) return null;
  if (code < 0x20 || code === 0x7f) return null;
  return event.key;
}

/** True where letters are taken at keydown: Linux's WebKitGTK (see the top of this file). */
export function takesKeysAtKeydown(userAgent: string = globalThis.navigator?.userAgent ?? ''): boolean {
  return /\bLinux\b/.test(userAgent) && !/\bAndroid\b/.test(userAgent);
}

/**
 * Inserts `text`, when the decision gave one, in place of the browser's handling of `event`; true
 * when it did. `intoText`: draw it ahead of the editor's update (typedAhead.ts), else type it into
 * the caret's text node (typeIntoCaretText), where possible; `drawn` hears a letter drawn ahead.
 */
function takeTyped(event: Event, view: EditorView, text: string | null, intoText = false, drawn?: TypedAheadListener): boolean {
  // A read-only or non-editable editor keeps CodeMirror's own handling, which refuses the edit.
  if (text === null || view.state.readOnly || !view.state.facet(EditorView.editable)) return false;
  event.preventDefault();
  if (intoText && (drawTypedAhead(view, text, drawn) || typeIntoCaretText(view, text))) return true;
  insertTyped(view, text);
  return true;
}

/**
 * The extension: cancels the browser's insertion of typed letters and applies them itself, from
 * the `beforeinput` event, and with `atKeydown` already from the key (after the keymaps had it),
 * where plain letters are drawn ahead of the editor's update; `drawn` hears those.
 */
export function typedInput(atKeydown: boolean = takesKeysAtKeydown(), drawn?: TypedAheadListener): Extension {
  const fromInput = EditorView.domEventHandlers({
    beforeinput: (event, view) => takeTyped(event, view, typedText(event, view.composing)),
  });
  if (!atKeydown) return fromInput;
  // Lowest precedence: every keymap sees the key first.
  const fromKey = Prec.lowest(
    EditorView.domEventHandlers({
      keydown: (event, view) => takeTyped(event, view, typedKey(event, view.composing), true, drawn),
    }),
  );
  return [fromInput, fromKey, typedAheadGuard];
}
