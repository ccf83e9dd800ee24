// The two ways the editor types a letter itself: as a transaction, or into the DOM text under the caret.
import { EditorView } from '@codemirror/view';
import type { TransactionSpec } from '@codemirror/state';

/** The transaction CodeMirror builds for typed text: the selection replaced, as typing, kept in view. */
function typingTransaction(view: EditorView, text: string): TransactionSpec {
  return { ...view.state.replaceSelection(text), userEvent: 'input.type', scrollIntoView: true };
}

/** Inserts `text` as typing: the input handlers (e.g. bracket closing) first, as for text read from the DOM. */
export function insertTyped(view: EditorView, text: string): void {
  const { from, to } = view.state.selection.main;
  let built: TransactionSpec | null = null;
  const insert = () => view.state.update((built ??= typingTransaction(view, text)));
  if (view.state.facet(EditorView.inputHandler).some((handler) => handler(view, from, to, text, insert))) return;
  view.dispatch(insert());
}

/** The DOM caret, where a letter can be typed into its text node. */
export interface CaretText {
  node: Text;
  /** The caret's offset in `node`; at least 1. */
  offset: number;
}

/**
 * The text node and offset of the DOM caret when a letter can be typed there: one empty
 * selection, the caret inside a text node of the editor's own text (not a widget's), not at the
 * node's start, and where the state has it. Null otherwise.
 */
export function caretText(view: EditorView): CaretText | null {
  const { selection } = view.state;
  if (selection.ranges.length !== 1 || !selection.main.empty) return null;
  const domSelection = view.contentDOM.ownerDocument.getSelection();
  if (!domSelection || domSelection.rangeCount !== 1 || !domSelection.isCollapsed) return null;
  const node = domSelection.focusNode;
  const offset = domSelection.focusOffset;
  // At a node's start there is no character before the caret to carry it.
  if (!(node instanceof Text) || offset < 1 || !view.contentDOM.contains(node)) return null;
  // Text inside a widget is the widget's: the editor would not read a change there.
  if (node.parentElement?.closest('[contenteditable="false"]')) return null;
  if (view.posAtDOM(node, offset) !== selection.main.head) return null;
  return { node, offset };
}

/**
 * Writes `text` into `caret.node` at the caret and leaves the caret after it, without a Selection
 * call. DOM ranges move a boundary that lies after an edited span and leave one at the edit's
 * offset in place, so inserting the letter at the caret would leave the caret before it. Instead
 * the character before the caret is inserted again together with the letter, one position
 * earlier, and its old copy is then deleted: the caret, after both, ends up right after the
 * letter, and the text is exactly the old text with the letter at the caret.
 */
export function carryCaret({ node, offset }: CaretText, text: string): void {
  node.insertData(offset - 1, node.data.charAt(offset - 1) + text);
  node.deleteData(offset + text.length, 1);
  // An engine that does not move the selection with its text still gets the caret after the letter.
  const domSelection = node.ownerDocument.getSelection();
  if (domSelection && (domSelection.focusNode !== node || domSelection.focusOffset !== offset + text.length)) {
    domSelection.collapse(node, offset + text.length);
  }
}

/**
 * Types `text` into the DOM text node that holds the caret, as the browser's own insertion would,
 * and leaves CodeMirror to read it back as it reads any typing; false, with nothing changed, when
 * the caret is not inside a text node of the editor where the state has it (`caretText`).
 *
 * Why: when CodeMirror applies a letter itself it rewrites the line's text node, which sends the
 * DOM caret to the node's start, and then writes the caret back through the Selection API. In
 * WebKit that write lays the line out at once, inside the keystroke (about 2 ms of a letter typed
 * mid-paragraph in the 50 KB post, docs/preview-latency.md); the frame lays it out again anyway.
 * Here the caret is carried by the text edit itself (`carryCaret`), so CodeMirror finds the DOM
 * caret where it wants it and writes nothing.
 */
export function typeIntoCaretText(view: EditorView, text: string): boolean {
  const caret = caretText(view);
  if (caret === null) return false;
  carryCaret(caret, text);
  return true;
}
