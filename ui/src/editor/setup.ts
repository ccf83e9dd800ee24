// The editor's extensions and initial state, as pure functions: the Svelte view only mounts them.
import { EditorState } from '@codemirror/state';
import type { ChangeDesc, Extension, Text } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
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

/** One change of the document: the text before and after it and what changed (positions in UTF-16 units). */
export interface DocChange {
  before: Text;
  after: Text;
  changes: ChangeDesc;
}

export interface EditorSetupOptions {
  /** Called on every change of the document; receives the new text, not yet built, and the change itself. */
  onDocChanged: (buffer: { toString(): string }, change: DocChange) => void;
  /** The accessible name of the text area. */
  label: string;
  /** An input method finished composing. */
  onCompositionEnd?: () => void;
}

export function editorExtensions(options: EditorSetupOptions): Extension[] {
  return [
    lineNumbers(),
    lintGutter(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
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
    typedInput(),
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
    EditorView.updateListener.of((update) => {
      // The text is built only when asked for (the preview renders only the newest text), with the file's breaks.
      if (update.docChanged) {
        const state = update.state;
        options.onDocChanged({ toString: () => textOf(state) }, { before: update.startState.doc, after: state.doc, changes: update.changes });
      }
    }),
  ];
}

/** A fresh state for a newly opened post: its own undo history, cursor at the start, the file's line breaks. */
export function createEditorState(text: string, extensions: Extension[]): EditorState {
  return EditorState.create({ doc: text, extensions: [extensions, lineBreakOf(text)] });
}
