// Typing into a CodeMirror view in happy-dom the way the webview delivers it: keys as keydown events, selection changes queued.
import { afterEach, beforeEach } from 'vitest';
import type { EditorView } from '@codemirror/view';

/**
 * happy-dom reports a selection change synchronously, inside the Selection call, which can land
 * in the middle of the editor's update; browsers queue it. Queues it here too, for the tests of
 * the calling `describe`.
 */
export function queueSelectionChanges(): void {
  const requeued = new WeakSet<Event>();
  const queue = (event: Event) => {
    if (requeued.has(event)) return;
    event.stopImmediatePropagation();
    setTimeout(() => {
      const again = new Event('selectionchange');
      requeued.add(again);
      document.dispatchEvent(again);
    }, 0);
  };
  beforeEach(() => document.addEventListener('selectionchange', queue, true));
  afterEach(() => document.removeEventListener('selectionchange', queue, true));
}

/** A keydown of `key` on the editor's content, as the webview sends it; returns the event. */
export function pressKey(view: EditorView, key: string, init: KeyboardEventInit = {}, keyCode = 0): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'keyCode', { value: keyCode });
  view.contentDOM.dispatchEvent(event);
  return event;
}

/** Where the DOM caret is. */
export function domCaret(): { node: Node | null; offset: number } {
  const selection = document.getSelection()!;
  return { node: selection.focusNode, offset: selection.focusOffset };
}
