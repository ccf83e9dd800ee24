import { describe, expect, it } from 'vitest';
import { EditorSelection, EditorState } from '@codemirror/state';
import { cycleHeading, insertLink, run, toggleBold, toggleItalic } from './markup';
import type { StateCommand } from '@codemirror/state';

/** `|` marks the cursor, `<` and `>` a selection: `"a <b> c"` → the text `a b c` with `b` selected. */
function state(spec: string): EditorState {
  const from = spec.includes('<') ? spec.indexOf('<') : spec.indexOf('|');
  const text = spec.replace(/[<>|]/gu, '');
  const to = spec.includes('>') ? spec.indexOf('>') - 1 : from;
  return EditorState.create({ doc: text, selection: EditorSelection.range(from, to) });
}

function show(s: EditorState): string {
  const { from, to } = s.selection.main;
  const text = s.doc.toString();
  return from === to ? `${text.slice(0, from)}|${text.slice(from)}` : `${text.slice(0, from)}<${text.slice(from, to)}>${text.slice(to)}`;
}

const apply = (command: StateCommand, spec: string): string => show(run(command, state(spec)));

describe('markup commands', () => {
  it('bold wraps the selection and unwraps it again', () => {
    expect(apply(toggleBold, '寫 <重點> 吧')).toBe('寫 **<重點>** 吧');
    expect(apply(toggleBold, '寫 **<重點>** 吧')).toBe('寫 <重點> 吧');
    expect(apply(toggleBold, 'a | b')).toBe('a **|** b');
  });

  it('italic wraps with one star and unwraps it again', () => {
    expect(apply(toggleItalic, '<word>')).toBe('*<word>*');
    expect(apply(toggleItalic, '*<word>*')).toBe('<word>');
  });

  it('bold and italic combine as markdown reads stars: *** is both', () => {
    expect(apply(toggleItalic, '**<word>**')).toBe('***<word>***');
    expect(apply(toggleBold, '*<word>*')).toBe('***<word>***');
    expect(apply(toggleBold, '***<word>***')).toBe('*<word>*');
    expect(apply(toggleItalic, '***<word>***')).toBe('**<word>**');
  });

  it('formats every selection of a multiple selection', () => {
    const start = EditorState.create({
      doc: 'one two',
      selection: EditorSelection.create([EditorSelection.range(0, 3), EditorSelection.range(4, 7)]),
      extensions: EditorState.allowMultipleSelections.of(true),
    });
    expect(run(toggleBold, start).doc.toString()).toBe('**one** **two**');
    expect(run(cycleHeading, EditorState.create({ doc: 'a\nb', selection: EditorSelection.create([EditorSelection.cursor(0), EditorSelection.cursor(2)]), extensions: EditorState.allowMultipleSelections.of(true) })).doc.toString()).toBe('## a\n## b');
  });

  it('link puts the selection in the text and the cursor in the URL', () => {
    expect(apply(insertLink, 'see <docs> now')).toBe('see [docs](|) now');
    expect(apply(insertLink, '見|')).toBe('見[](|)');
  });

  it('heading cycles the line: none, ##, ### … ######, none', () => {
    expect(apply(cycleHeading, 'Ti|tle')).toBe('## Ti|tle');
    expect(apply(cycleHeading, '## Ti|tle')).toBe('### Ti|tle');
    expect(apply(cycleHeading, '###### Ti|tle')).toBe('Ti|tle');
    expect(apply(cycleHeading, '# Ti|tle')).toBe('## Ti|tle');
    expect(apply(cycleHeading, '#hashtag|')).toBe('## #hashtag|');
  });
});
