// The editor's extensions and initial state, as pure functions: the Svelte view only mounts them.
import { EditorState } from '@codemirror/state';
import type { ChangeDesc, Extension, Text, Transaction } from '@codemirror/state';
import {
  EditorView,
  dropCursor,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter } from '@codemirror/lint';
import { postLanguage } from './language';
import { cycleHeading, insertLink, toggleBold, toggleItalic } from './markup';
import { editorTheme } from './theme';
import { lineBreakOf, textOf } from './lineBreaks';
import { typedInput } from './typedInput';
import { retypeWithdrawn, withdrawTypedAhead } from './typedAhead';
import type { TypedAheadListener } from './typedAhead';
import { recordEdited } from '../preview/trace';

/** One change of the document: the text before and after it and what changed (positions in UTF-16 units). */
export interface DocChange {
  before: Text;
  after: Text;
  changes: ChangeDesc;
}

/** Hears every change of the document; receives the new text, not yet built, and the change itself. */
export type DocChangeListener = (buffer: { toString(): string }, change: DocChange) => void;

export interface EditorSetupOptions {
  /** The accessible name of the text area. */
  label: string;
  /** An input method finished composing. */
  onCompositionEnd?: () => void;
  /** Take typed letters from their keydown (default: where the platform allows it; see typedInput.ts). */
  typingAtKeydown?: boolean;
  /** Hears a typed letter drawn before the editor's update (typedAhead.ts), so the preview can draw it in the same frame. */
  onTypedAhead?: TypedAheadListener;
}

export function editorExtensions(options: EditorSetupOptions): Extension[] {
  return [
    lineNumbers(),
    lintGutter(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    // No drawSelection(): the webview's own caret and selection (one cursor is all the editor
    // allows). Drawing them made CodeMirror measure the caret in every keystroke's frame, about
    // 0.5 ms of the frame that shows the letter (docs/preview-latency.md).
    dropCursor(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    // Long CJK paragraphs have no spaces to break at; wrap them at the window edge.
    EditorView.lineWrapping,
    // Tab is left to move focus out of the editor, so the app stays keyboard reachable.
    keymap.of([
      { key: 'Mod-b', run: toggleBold },
      { key: 'Mod-i', run: toggleItalic },
      { key: 'Mod-k', run: insertLink },
      { key: 'Mod-Shift-h', run: cycleHeading },
      ...searchKeymap,
      ...historyKeymap,
      ...defaultKeymap,
    ]),
    typedInput(options.typingAtKeydown, options.onTypedAhead),
    postLanguage(),
    editorTheme(),
    EditorView.contentAttributes.of({
      'aria-label': options.label,
      // Spell checkers underline most CJK text as unknown words.
      spellcheck: 'false',
      autocapitalize: 'off',
    }),
    EditorView.domEventHandlers({
      compositionend: () => {
        // CodeMirror applies the composed text after the event; hear it once that has happened.
        setTimeout(() => options.onCompositionEnd?.(), 0);
      },
    }),
    // Only a latency test listens: the end of the editor's own work on an edit.
    EditorView.updateListener.of((update) => {
      if (update.docChanged) recordEdited();
    }),
  ];
}

/**
 * The view's dispatch: each change of the document is reported before the view draws it, so the
 * preview's render request leaves at the start of the keystroke's task while the editor updates
 * its DOM and lays out the line (docs/preview-latency.md), not after that work.
 */
export function reportingDispatch(onDocChanged: DocChangeListener): (transactions: readonly Transaction[], view: EditorView) => void {
  return (transactions, view) => {
    // Made from a state without the letter drawn ahead: that letter is taken out, then typed again after them.
    const withdrawn = withdrawTypedAhead(view);
    for (const tr of transactions) {
      if (!tr.docChanged) continue;
      const state = tr.state;
      try {
        // The text is built only when asked for (the preview renders only the newest text), with the file's breaks.
        onDocChanged({ toString: () => textOf(state) }, { before: tr.startState.doc, after: state.doc, changes: tr.changes });
      } catch (error) {
        // The writer's letter must reach the editor whatever a listener does.
        console.error('inkstone: a document change listener failed', error);
      }
    }
    view.update(transactions);
    if (withdrawn !== null) retypeWithdrawn(view, withdrawn, transactions);
  };
}

/** A fresh state for a newly opened post: its own undo history, cursor at the start, the file's line breaks. */
export function createEditorState(text: string, extensions: Extension[]): EditorState {
  return EditorState.create({ doc: text, extensions: [extensions, lineBreakOf(text)] });
}
