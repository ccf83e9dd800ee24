// A letter drawn before the editor's update: shown in this keystroke's frame, read by the editor once that frame is painted.
//
// On the 50 KB post most of a typed letter's time to the screen is the editor's own update: the
// markdown re-parse, the view plugins, the store and the preview's bookkeeping (about 4 ms here,
// docs/preview-latency.md). None of it changes what the frame shows for a plain letter typed
// into plain text: the letter in the line. So on the keydown path (Linux) such a letter is
// written into the DOM text under the caret, unseen by CodeMirror (its DOM observer is held off
// for the write), the preview draws it too (`TypedAheadListener`), and the frame is painted.
// Once it is, the letter is taken out again, unseen, and typed the way `typeIntoCaretText` types
// a letter, which CodeMirror reads as native typing: the same transaction, input handlers, undo
// grouping and highlighting as before, one frame later.
//
// Until then the state lacks the letter, so anything that could read or change the state first
// settles it: any input event in the window, a scroll, and the app's own reads and dispatches
// (`settleTypedAhead`, `withdrawTypedAhead`). CodeMirror is told the DOM caret moved with the
// letter, so it does not map the moved caret through its old text in the meantime.
import { ViewPlugin } from '@codemirror/view';
import type { EditorView } from '@codemirror/view';
import type { Transaction } from '@codemirror/state';
import { afterNextPaint } from '../preview/afterPaint';
import { typedAheadSwitchedOff } from '../preview/trace';
import { caretText, carryCaret, insertTyped, typeIntoCaretText } from './typing';
import type { CaretText } from './typing';

/** Hears a letter drawn ahead: `text` typed at `from` of the current state, which does not hold it yet. */
export type TypedAheadListener = (view: EditorView, from: number, text: string) => void;

/**
 * What may be drawn ahead: a letter, a digit or a space. These are what the editor's input
 * handlers and markup never turn into something else as they are typed; any other character
 * keeps the path where the editor's update comes first.
 */
const DRAWN_AHEAD = /^[\p{L}\p{Nd} ]$/u;

interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * CodeMirror's DOM observer: it holds off reading DOM changes made in `ignore`, reads them at
 * once in `flush`, and compares the DOM selection with the one it last saw, which
 * `setSelectionRange` sets. Not public API, so reached through a narrow check: without it
 * nothing is drawn ahead.
 */
interface DomObserver {
  ignore<T>(write: () => T): T;
  flush(readSelection?: boolean): boolean;
  setSelectionRange(anchor: DomPoint, head: DomPoint): void;
}

function domObserverOf(view: EditorView): DomObserver | null {
  const observer = (view as unknown as { observer?: Partial<DomObserver> }).observer;
  const methods = [observer?.ignore, observer?.flush, observer?.setSelectionRange];
  return methods.every((method) => typeof method === 'function') ? (observer as DomObserver) : null;
}

/** Writes into the DOM unseen, with the DOM caret left at `caret`, where the observer takes it to be already. */
function unseen<T>(observer: DomObserver, caret: DomPoint, write: () => T): T {
  return observer.ignore(() => {
    const result = write();
    observer.setSelectionRange(caret, caret);
    return result;
  });
}

/** A letter in the DOM that the state does not hold yet. */
interface Pending extends CaretText {
  /** Where the state's cursor was, and is until the letter is settled. */
  head: number;
  text: string;
}

const pending = new WeakMap<EditorView, Pending>();

/** Events after which the state must hold the letter: the editor or the app may act on them. */
const SETTLING_EVENTS = [
  'keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'compositionstart',
  'mousedown', 'pointerdown', 'touchstart', 'contextmenu', 'focusout',
  'paste', 'cut', 'copy', 'dragstart', 'drop', 'scroll',
];

/**
 * Draws `text` at the caret ahead of the editor's update; false, with nothing changed, when it
 * cannot be (another character, the caret not in a text node where the state has it, a letter
 * already waiting, or a CodeMirror without the observer this needs). `drawn` hears it.
 */
export function drawTypedAhead(view: EditorView, text: string, drawn?: TypedAheadListener): boolean {
  if (!DRAWN_AHEAD.test(text) || pending.has(view) || !view.plugin(typedAheadGuard) || typedAheadSwitchedOff()) return false;
  const observer = domObserverOf(view);
  const caret = observer && caretText(view);
  if (!observer || !caret) return false;
  // The observer also takes the moved caret as seen: a selection change or a measure before the
  // letter is settled would otherwise map it through the old text.
  unseen(observer, { node: caret.node, offset: caret.offset + text.length }, () => carryCaret(caret, text));
  const letter: Pending = { node: caret.node, offset: caret.offset, head: view.state.selection.main.head, text };
  pending.set(view, letter);
  try {
    drawn?.(view, letter.head, text);
  } catch (error) {
    // The preview's drawing is an extra: the letter reaches the editor whatever it does.
    console.error('inkstone: drawing a typed letter ahead failed', error);
  }
  afterNextPaint(() => {
    if (pending.get(view) === letter) settleTypedAhead(view);
  });
  return true;
}

/** Takes the waiting letter out of the DOM, unseen; true when it was still where it was drawn. */
function takeOut(view: EditorView, letter: Pending): boolean {
  const observer = domObserverOf(view);
  if (observer === null) return false;
  const { node, offset, text } = letter;
  if (!node.isConnected || node.data.slice(offset, offset + text.length) !== text) return false;
  return unseen(observer, { node, offset }, () => {
    node.deleteData(offset, text.length);
    // An engine whose ranges do not follow text edits leaves the caret after the removed letter.
    const domSelection = node.ownerDocument.getSelection();
    if (domSelection?.focusNode === node && domSelection.focusOffset !== offset) domSelection.collapse(node, offset);
    return true;
  });
}

/** Makes the state hold the waiting letter, if any, now: typed as native typing is, else as a transaction. */
export function settleTypedAhead(view: EditorView): void {
  const letter = pending.get(view);
  if (letter === undefined) return;
  pending.delete(view);
  if (takeOut(view, letter) && typeIntoCaretText(view, letter.text)) domObserverOf(view)?.flush();
  // Whatever became of the letter in the DOM (the line redrawn meanwhile), the transaction types it.
  else insertTyped(view, letter.text);
}

/** A letter withdrawn from the DOM so that transactions made without it can be applied first. */
export interface Withdrawn {
  head: number;
  text: string;
}

/** Withdraws the waiting letter, if any: its transactions must then be applied, and the letter typed again (`retypeWithdrawn`). */
export function withdrawTypedAhead(view: EditorView): Withdrawn | null {
  const letter = pending.get(view);
  if (letter === undefined) return null;
  pending.delete(view);
  takeOut(view, letter);
  return { head: letter.head, text: letter.text };
}

/** Types a withdrawn letter where it was, as mapped through `transactions`; the cursor follows it if it is still there. */
export function retypeWithdrawn(view: EditorView, withdrawn: Withdrawn, transactions: readonly Transaction[]): void {
  // The letter came first: text inserted at the same place by the transactions goes after it.
  const at = transactions.reduce((pos, tr) => tr.changes.mapPos(pos, -1), withdrawn.head);
  const main = view.state.selection.main;
  const follow = view.state.selection.ranges.length === 1 && main.empty && main.head === at;
  view.dispatch({
    changes: { from: at, insert: withdrawn.text },
    selection: follow ? { anchor: at + withdrawn.text.length } : undefined,
    userEvent: 'input.type',
    scrollIntoView: follow,
  });
}

/**
 * Settles a waiting letter before anything else can act: on any input event in the window or a
 * scroll (capture, so before the editor's own handlers). The editor's state must not be read by
 * the app meanwhile without `settleTypedAhead`; a dispatch must go through `withdrawTypedAhead`.
 */
export const typedAheadGuard = ViewPlugin.define((view) => {
  const win = view.dom.ownerDocument.defaultView;
  const settle = (): void => settleTypedAhead(view);
  for (const type of SETTLING_EVENTS) win?.addEventListener(type, settle, true);
  return {
    destroy() {
      for (const type of SETTLING_EVENTS) win?.removeEventListener(type, settle, true);
      pending.delete(view);
    },
  };
});
