// Enter in the real editor setup: lists, ordered lists, task lists and quotes continue their
// markup; an empty item ends the list; the YAML front matter is left alone.
import { afterEach, describe, expect, it } from 'vitest';
import { EditorSelection } from '@codemirror/state';
import { EditorView, runScopeHandlers } from '@codemirror/view';
import { undo } from '@codemirror/commands';
import { forceParsing } from '@codemirror/language';
import { createEditorState, editorExtensions } from './setup';

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

/** `|` marks the cursor. Returns what the editor holds after the keys, with `|` at the cursor. */
function press(spec: string, ...keys: string[]): string {
  const at = spec.indexOf('|');
  const state = createEditorState(spec.replace('|', ''), editorExtensions({ label: 'text' }));
  view = new EditorView({ state: state.update({ selection: EditorSelection.cursor(at) }).state, parent: document.body });
  for (const key of keys) {
    forceParsing(view, view.state.doc.length, 5000);
    // A real view finishes parsing in idle time long before a writer's next key; do it now.
    const handled = runScopeHandlers(view, new KeyboardEvent('keydown', { key }), 'editor');
    // A key no binding takes is typed as itself (what the browser would do).
    if (!handled) view.dispatch(view.state.replaceSelection(key === 'Enter' ? '\n' : key));
  }
  const text = view.state.doc.toString();
  const head = view.state.selection.main.head;
  return `${text.slice(0, head)}|${text.slice(head)}`;
}

const BODY = (s: string): string => `---\ntitle: "t"\n---\n\n${s}`;

describe('Enter continues markdown markup', () => {
  it('continues a bullet list', () => {
    expect(press(BODY('- 第一點|'), 'Enter')).toBe(BODY('- 第一點\n- |'));
  });

  it('continues an ordered list with the next number', () => {
    expect(press(BODY('1. one|'), 'Enter')).toBe(BODY('1. one\n2. |'));
  });

  it('continues a task list with an unchecked box', () => {
    expect(press(BODY('- [x] done|'), 'Enter')).toBe(BODY('- [x] done\n- [ ] |'));
  });

  it('continues a quote', () => {
    expect(press(BODY('> 引文|'), 'Enter')).toBe(BODY('> 引文\n> |'));
  });

  it('ends the list at once when Enter is pressed on an empty item', () => {
    expect(press(BODY('- one|'), 'Enter', 'Enter')).toBe(BODY('- one\n|'));
    expect(press(BODY('1. one|'), 'Enter', 'Enter')).toBe(BODY('1. one\n|'));
  });

  it('continues a nested item at its own depth', () => {
    expect(press(BODY('- one\n  - inner|'), 'Enter')).toBe(BODY('- one\n  - inner\n  - |'));
  });

  it('Backspace right after a new marker removes it', () => {
    expect(press(BODY('- one|'), 'Enter', 'Backspace')).not.toContain('- one\n- ');
  });

  it('adds no markup inside the YAML front matter', () => {
    expect(press('---\ntags:\n  - a|\n---\n\nbody', 'Enter')).not.toContain('- a\n  - |');
  });

  it('is one undo step', () => {
    press(BODY('- one|'), 'Enter');
    if (view === null) throw new Error('no view');
    undo(view);
    expect(view.state.doc.toString()).toBe(BODY('- one'));
  });
});

describe('formatting keys are bound in the editor', () => {
  const mac = /Mac/u.test(navigator.platform);
  const mod = (key: string): KeyboardEvent => new KeyboardEvent('keydown', { key, ctrlKey: !mac, metaKey: mac });

  it('Mod-b bolds and Mod-i italicises the selection', () => {
    const start = createEditorState('a word here', editorExtensions({ label: 'text' }));
    view = new EditorView({ state: start.update({ selection: EditorSelection.range(2, 6) }).state, parent: document.body });
    runScopeHandlers(view, mod('b'), 'editor');
    expect(view.state.doc.toString()).toBe('a **word** here');
    runScopeHandlers(view, mod('i'), 'editor');
    expect(view.state.doc.toString()).toBe('a ***word*** here');
  });
});
