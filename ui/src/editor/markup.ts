// Markdown formatting commands (bold, italic, link, heading) as pure CodeMirror state transitions.
import { EditorSelection } from '@codemirror/state';
import type { EditorState, StateCommand } from '@codemirror/state';

/** How many `*` stand right before `from` and right after `to` (up to 3), whichever is fewer. */
function starsAround(state: EditorState, from: number, to: number): number {
  const before = /\*{0,3}$/u.exec(state.sliceDoc(Math.max(0, from - 3), from))?.[0].length ?? 0;
  const after = /^\*{0,3}/u.exec(state.sliceDoc(to, to + 3))?.[0].length ?? 0;
  return Math.min(before, after);
}

/**
 * Wraps each selection in `mark` (`**` or `*`), or removes the mark when the selection is already
 * wrapped in it. Stars are read as markdown reads them: `***a***` is bold and italic, so italic on
 * `**a**` adds a star rather than taking one of the bold's.
 */
function toggleWrap(mark: '**' | '*'): StateCommand {
  return ({ state, dispatch }) => {
    const n = mark.length;
    const change = state.changeByRange((range) => {
      const stars = starsAround(state, range.from, range.to);
      const wrapped = mark === '*' ? stars % 2 === 1 : stars >= 2;
      if (wrapped) {
        return {
          changes: [
            { from: range.from - n, to: range.from },
            { from: range.to, to: range.to + n },
          ],
          range: EditorSelection.range(range.from - n, range.to - n),
        };
      }
      return {
        changes: [
          { from: range.from, insert: mark },
          { from: range.to, insert: mark },
        ],
        range: EditorSelection.range(range.from + n, range.to + n),
      };
    });
    dispatch(state.update(change, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

export const toggleBold = toggleWrap('**');
export const toggleItalic = toggleWrap('*');

/** `[text](url)` around the selection, with the cursor in the empty URL. */
export const insertLink: StateCommand = ({ state, dispatch }) => {
  const change = state.changeByRange((range) => {
    const text = state.sliceDoc(range.from, range.to);
    const insert = `[${text}]()`;
    return { changes: { from: range.from, to: range.to, insert }, range: EditorSelection.cursor(range.from + insert.length - 1) };
  });
  dispatch(state.update(change, { scrollIntoView: true, userEvent: 'input.format' }));
  return true;
};

/** The heading level of a line (0 for none). */
function levelOf(text: string): number {
  return /^(#{1,6}) /u.exec(text)?.[1].length ?? 0;
}

/** Cycles the cursor line through no heading → ## → ### → … → ###### → none (# is the page title). */
export const cycleHeading: StateCommand = ({ state, dispatch }) => {
  const lines = new Set(state.selection.ranges.map((r) => state.doc.lineAt(r.head).number));
  const changes = [...lines].map((number) => {
    const line = state.doc.line(number);
    const level = levelOf(line.text);
    const next = level === 0 ? 2 : level >= 6 ? 0 : level + 1;
    const prefix = next === 0 ? '' : `${'#'.repeat(next)} `;
    return { from: line.from, to: line.from + (level === 0 ? 0 : level + 1), insert: prefix };
  });
  dispatch(state.update({ changes, scrollIntoView: true, userEvent: 'input.format' }));
  return true;
};

/** For specs: runs a command on a state and returns the resulting state. */
export function run(command: StateCommand, state: EditorState): EditorState {
  let result = state;
  command({ state, dispatch: (tr) => (result = tr.state) });
  return result;
}
