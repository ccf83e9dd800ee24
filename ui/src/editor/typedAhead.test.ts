// A letter drawn before the editor's update: in the DOM at once, in the state once the frame is
// painted, and settled first whenever anything else could read or change the state.
import { afterEach, describe, expect, it } from 'vitest';
import { EditorSelection } from '@codemirror/state';
import type { Transaction } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { undo } from '@codemirror/commands';
import { createEditorState, editorExtensions, reportingDispatch } from './setup';
import { drawTypedAhead, settleTypedAhead } from './typedAhead';
import type { TypedAheadListener } from './typedAhead';
import { afterNextPaint } from '../preview/afterPaint';
import { domCaret, pressKey, queueSelectionChanges } from '../test/typing';

queueSelectionChanges();

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
  delete (globalThis as { __inkstoneTypedAhead?: boolean }).__inkstoneTypedAhead;
});

/** A focused view on `text` with the caret at `at`, typing at keydown, dispatching through `reportingDispatch`. */
function focusedAt(text: string, at: number, drawn?: TypedAheadListener): { seen: Transaction[]; reported: string[] } {
  const seen: Transaction[] = [];
  const reported: string[] = [];
  const extensions = editorExtensions({ label: 'text', typingAtKeydown: true, onTypedAhead: drawn });
  const report = reportingDispatch((buffer) => reported.push(buffer.toString()));
  view = new EditorView({
    state: createEditorState(text, extensions),
    parent: document.body,
    dispatchTransactions: (trs, target) => {
      seen.push(...trs);
      report(trs, target);
    },
  });
  view.focus();
  // The editor writes its DOM selection once it has focus.
  view.dispatch({ selection: { anchor: at } });
  return { seen, reported };
}

const press = (key: string, init: KeyboardEventInit = {}) => pressKey(view!, key, init);
/** Resolves after the frame that follows a keystroke is painted, when a letter drawn ahead has been settled. */
const painted = () => new Promise<void>((resolve) => afterNextPaint(resolve));

describe('a letter drawn ahead of the editor update', () => {
  it('is in the DOM with the caret after it at once, and in the state, as typing, once the frame is painted', async () => {
    const { seen, reported } = focusedAt('a line of text', 6);
    const node = domCaret().node;
    expect(press('q').defaultPrevented).toBe(true);
    expect(node?.textContent).toBe('a lineq of text');
    expect(domCaret()).toEqual({ node, offset: 7 });
    // The editor has not updated yet: no transaction, nothing reported.
    expect(view!.state.doc.toString()).toBe('a line of text');
    expect(reported).toEqual([]);
    await painted();
    expect(view!.state.doc.toString()).toBe('a lineq of text');
    expect(view!.state.selection.main.head).toBe(7);
    expect(view!.posAtDOM(domCaret().node!, domCaret().offset)).toBe(7);
    expect(view!.contentDOM.textContent).toBe('a lineq of text');
    expect(seen.at(-1)?.isUserEvent('input.type')).toBe(true);
    expect(reported).toEqual(['a lineq of text']);
  });

  it('tells the listener where the letter goes while the state does not hold it yet', () => {
    const heard: Array<[number, string, string]> = [];
    focusedAt('字 text', 4, (target, from, text) => heard.push([from, text, target.state.doc.toString()]));
    press('q');
    expect(heard).toEqual([[4, 'q', '字 text']]);
  });

  it('is settled before the next key, so a run of letters typed faster than frames lands in order as one undo step', async () => {
    focusedAt('a line of text', 6);
    for (const letter of ['f', 'o', 'o', ' ', '2']) press(letter);
    // Each key settled the letter before it; the last one waits for the paint.
    expect(view!.state.doc.toString()).toBe('a linefoo  of text');
    await painted();
    expect(view!.state.doc.toString()).toBe('a linefoo 2 of text');
    expect(view!.state.selection.main.head).toBe(11);
    undo(view!);
    expect(view!.state.doc.toString()).toBe('a line of text');
  });

  it('is settled before a key binding runs, which then sees it', () => {
    focusedAt('abc', 3);
    press('q');
    press('Backspace');
    expect(view!.state.doc.toString()).toBe('abc');
    expect(view!.state.selection.main.head).toBe(3);
    expect(view!.contentDOM.textContent).toBe('abc');
  });

  it('is settled before a click or a scroll anywhere in the window', () => {
    focusedAt('abc', 3);
    press('q');
    document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(view!.state.doc.toString()).toBe('abcq');
    press('z');
    view!.scrollDOM.dispatchEvent(new Event('scroll'));
    expect(view!.state.doc.toString()).toBe('abcqz');
  });

  it('is settled at once when the app reads the text (settleTypedAhead)', () => {
    focusedAt('abc', 3);
    press('q');
    settleTypedAhead(view!);
    expect(view!.state.doc.toString()).toBe('abcq');
    expect(view!.state.selection.main.head).toBe(4);
    // Once only: the paint finds nothing left to settle.
    settleTypedAhead(view!);
    expect(view!.state.doc.toString()).toBe('abcq');
  });

  it('survives a transaction made from the state without it: it is typed again where it was, after that transaction', async () => {
    const { reported } = focusedAt('abc def', 3);
    press('q');
    // Made from the state that does not hold the letter, as a late reply would be.
    view!.dispatch({ changes: { from: 0, insert: '# ' } });
    expect(view!.state.doc.toString()).toBe('# abcq def');
    expect(view!.state.selection.main.head).toBe(6);
    expect(view!.contentDOM.textContent).toBe('# abcq def');
    expect(reported).toEqual(['# abc def', '# abcq def']);
    await painted();
    expect(view!.state.doc.toString()).toBe('# abcq def');
  });

  it('keeps its place when a transaction inserts text at the same spot, and leaves a selection moved elsewhere alone', () => {
    focusedAt('abc def', 3);
    press('q');
    view!.dispatch({ changes: { from: 3, insert: 'XY' }, selection: EditorSelection.cursor(0) });
    expect(view!.state.doc.toString()).toBe('abcqXY def');
    expect(view!.state.selection.main.head).toBe(0);
  });

  it('keeps the cursor where the DOM shows it when the editor measures before the paint', async () => {
    focusedAt('a line of text', 6);
    press('q');
    // A measure in the same frame reads the DOM selection, which moved with the letter.
    view!.requestMeasure();
    await painted();
    expect(view!.state.doc.toString()).toBe('a lineq of text');
    expect(view!.state.selection.main.head).toBe(7);
  });

  it('is not used for characters the editor may turn into something else, nor at a line start, nor when switched off', async () => {
    focusedAt('ab', 1);
    // Punctuation and quotes: typed into the caret's text, read by the editor in the same task.
    press('，');
    expect(view!.contentDOM.textContent).toBe('a，b');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(view!.state.doc.toString()).toBe('a，b');
    expect(drawTypedAhead(view!, '"')).toBe(false);
    view!.destroy();
    focusedAt('ab', 0);
    expect(drawTypedAhead(view!, 'q')).toBe(false);
    view!.destroy();
    focusedAt('ab', 1);
    (globalThis as { __inkstoneTypedAhead?: boolean }).__inkstoneTypedAhead = false;
    expect(drawTypedAhead(view!, 'q')).toBe(false);
    expect(view!.contentDOM.textContent).toBe('ab');
  });

  it('is not used without the guard that settles it', () => {
    view = new EditorView({ state: createEditorState('ab', []), parent: document.body });
    view.focus();
    view.dispatch({ selection: { anchor: 1 } });
    expect(drawTypedAhead(view, 'q')).toBe(false);
    expect(view.contentDOM.textContent).toBe('ab');
  });
});
