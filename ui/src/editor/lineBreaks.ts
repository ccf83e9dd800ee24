// A post keeps the line breaks it was written with: CRLF files stay CRLF through editing, form edits and saves.
//
// CodeMirror reads any break as a line end and, by default, writes `\n`: a CRLF file would be
// saved back as LF, every line of it changed. A file whose breaks are all CRLF sets the state's
// line separator instead; the text is then read with `textOf` (which joins lines with it), and
// whole-text replacements are diffed over the `\n`-joined document, whose offsets are
// CodeMirror's positions, and inserted with the file's break.
import { EditorState } from '@codemirror/state';
import type { ChangeSpec, Extension } from '@codemirror/state';
import { changeSpec } from './minimalChange';
import { textChanges } from './textDiff';

/** The line separator extension for a file's text: CRLF when every break is CRLF, else the default. */
export function lineBreakOf(text: string): Extension {
  return text.includes('\r\n') && !/(^|[^\r])\n/u.test(text) ? EditorState.lineSeparator.of('\r\n') : [];
}

/** The buffer's text as it goes to disk, with the file's own line breaks. */
export function textOf(state: EditorState): string {
  return state.sliceDoc();
}

/** The one minimal change that turns the buffer into `text` (which may use either break). */
export function replacementFor(state: EditorState, text: string): ChangeSpec[] {
  return changeSpec(state.doc.toString(), text.replace(/\r\n/gu, '\n')).map((change) => {
    const { from, to, insert } = change as { from: number; to: number; insert: string };
    return { from, to, insert: insert.replace(/\n/gu, state.lineBreak) };
  });
}

/**
 * The changes that turn the buffer into `text` read from disk, line by line: the cursor, the selection and the scroll
 * anchor map through them, so a reload keeps them on the same words even when lines were added above and below.
 */
export function reloadChangesFor(state: EditorState, text: string): ChangeSpec[] {
  return textChanges(state.doc.toString(), text.replace(/\r\n/gu, '\n')).map(({ from, to, insert }) => ({
    from,
    to,
    insert: insert.replace(/\n/gu, state.lineBreak),
  }));
}
