import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { patchPreviewBody } from './patch';
import { plainLineEdit } from './plainEdit';
import type { PlainLineEdit } from './plainEdit';
import { PreviewSpeculation } from './speculation';
import type { PreviewTrace } from './trace';

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

/** The classifier's verdict on inserting `insert` at `at` in `text`, as the store passes it. */
function edit(text: string, at: number, insert: string): () => PlainLineEdit | null {
  const state = EditorState.create({ doc: text });
  const tr = state.update({ changes: { from: at, insert } });
  return () => plainLineEdit(tr.startState.doc, tr.state.doc, tr.changes);
}

const BODY = '<h2 id="t" data-line="1">T</h2>\n<p data-line="3">plain words</p>\n<p data-line="5">some <em>bold</em></p>\n<pre data-line="7"><code>code line\n</code></pre>\n';
const TEXT = '## T\n\nplain words\n\nsome *bold*\n\n```\ncode line\n```\n';

/** A preview showing text revision 1, the way the frame leaves it after a render landed. */
function shown(): { d: Document; speculation: PreviewSpeculation } {
  const d = doc(BODY);
  const speculation = new PreviewSpeculation();
  speculation.attach(d);
  patchPreviewBody(d, BODY, (blocks) => speculation.landing(blocks, 1));
  return { d, speculation };
}

let trace: PreviewTrace;
beforeEach(() => {
  trace = { renders: [], patches: [], speculative: [] };
  (globalThis as { __inkstonePreviewTrace?: PreviewTrace }).__inkstonePreviewTrace = trace;
});
afterEach(() => {
  delete (globalThis as { __inkstonePreviewTrace?: PreviewTrace }).__inkstonePreviewTrace;
});

describe('PreviewSpeculation.apply', () => {
  it('draws a plain paragraph edit at once, in the same call', () => {
    const { d, speculation } = shown();
    const paragraph = d.querySelector('[data-line="3"]');
    expect(speculation.apply(edit(TEXT, TEXT.indexOf('words'), '中x'), 2)).toBe(true);
    expect(d.querySelector('[data-line="3"]')).toBe(paragraph);
    expect(paragraph?.textContent).toBe('plain 中xwords');
    expect(trace.speculative).toHaveLength(1);
  });

  it('changes only the typed part of the paragraph text node, which stays the same node', () => {
    const { d, speculation } = shown();
    const node = d.querySelector('[data-line="3"]')?.firstChild;
    expect(speculation.apply(edit(TEXT, TEXT.indexOf('words') + 2, '寫字'), 2)).toBe(true);
    expect(d.querySelector('[data-line="3"]')?.firstChild).toBe(node);
    expect(node?.textContent).toBe('plain wo寫字rds');
  });

  it('draws nothing while a latency test has switched the fast path off', () => {
    const { d, speculation } = shown();
    (globalThis as { __inkstonePreviewFastPath?: boolean }).__inkstonePreviewFastPath = false;
    try {
      expect(speculation.apply(edit(TEXT, TEXT.indexOf('words'), 'x'), 2)).toBe(false);
    } finally {
      delete (globalThis as { __inkstonePreviewFastPath?: boolean }).__inkstonePreviewFastPath;
    }
    expect(d.body.innerHTML).toBe(BODY);
  });

  it('declines until a render says what the DOM shows', () => {
    const d = doc(BODY);
    const speculation = new PreviewSpeculation();
    speculation.attach(d);
    expect(speculation.apply(edit(TEXT, 6, 'x'), 2)).toBe(false);
    expect(d.body.innerHTML).toBe(BODY);
  });

  it('declines when the DOM shows an older text than the one edited (another edit is still being rendered)', () => {
    const { d, speculation } = shown();
    expect(speculation.apply(edit(TEXT, 6, 'x'), 3)).toBe(false);
    expect(d.body.innerHTML).toBe(BODY);
  });

  it('declines a paragraph with emphasis, a heading and a code block line', () => {
    const { d, speculation } = shown();
    expect(speculation.apply(edit(TEXT, TEXT.indexOf('some') + 4, 'x'), 2)).toBe(false);
    expect(speculation.apply(edit(TEXT, TEXT.indexOf('## T') + 4, 'x'), 2)).toBe(false);
    // The classifier finds "code line" plain; no paragraph starts on its line, so nothing is drawn.
    expect(speculation.apply(edit(TEXT, TEXT.indexOf('code') + 4, 'x'), 2)).toBe(false);
    expect(d.body.innerHTML).toBe(BODY);
  });

  it('declines a paragraph inside a shortcode box and draws one after it', () => {
    // What the renderer writes for a paired shortcode: the inner paragraph has no data-line of its own.
    const body =
      '<div class="inkstone-shortcode" data-inkstone-preview="shortcode" data-shortcode="note" data-line="5"><div class="inkstone-shortcode-label">note</div><div class="inkstone-shortcode-inner"><p>plain inside</p>\n</div></div>\n<p data-line="11">plain after</p>\n';
    const text = '---\ntitle: x\n---\n\n{{% note %}}\n\nplain inside\n\n{{% /note %}}\n\nplain after\n';
    const d = doc(body);
    const speculation = new PreviewSpeculation();
    speculation.attach(d);
    patchPreviewBody(d, body, (blocks) => speculation.landing(blocks, 1));
    expect(speculation.apply(edit(text, text.indexOf('inside'), 'x'), 2)).toBe(false);
    expect(d.body.innerHTML).toBe(body);
    expect(speculation.apply(edit(text, text.indexOf('after'), 'x'), 2)).toBe(true);
    expect(d.querySelector('[data-line="11"]')?.textContent).toBe('plain xafter');
  });

  it('declines when the paragraph does not hold the line as it was', () => {
    const { d, speculation } = shown();
    const other = TEXT.replace('plain words', 'plain wordz');
    expect(speculation.apply(edit(other, other.indexOf('wordz'), 'x'), 2)).toBe(false);
    expect(d.body.innerHTML).toBe(BODY);
  });

  it('draws edit after edit while the renders lag', () => {
    const { d, speculation } = shown();
    let text = TEXT;
    for (let i = 0; i < 3; i++) {
      const at = text.indexOf('words') + 5;
      expect(speculation.apply(edit(text, at, 'q'), 2 + i)).toBe(true);
      text = text.slice(0, at) + 'q' + text.slice(at);
    }
    expect(d.querySelector('[data-line="3"]')?.textContent).toBe('plain wordsqqq');
  });
});

describe('PreviewSpeculation when the render lands', () => {
  it('confirms a drawn edit the render agrees with, and the patch then replaces nothing', () => {
    const { d, speculation } = shown();
    speculation.apply(edit(TEXT, TEXT.indexOf('words') + 5, 'x'), 2);
    const render = BODY.replace('plain words', 'plain wordsx');
    const replaced = patchPreviewBody(d, render, (blocks) => speculation.landing(blocks, 2));
    expect(replaced).toBe(0);
    expect(d.body.innerHTML).toBe(render);
    expect(trace.speculative?.[0]).toMatchObject({ revision: 2, confirmed: true, settledBy: 2 });
  });

  it('records a contradiction, and the patch shows the render', () => {
    const { d, speculation } = shown();
    speculation.apply(edit(TEXT, TEXT.indexOf('words') + 5, 'x'), 2);
    const render = BODY.replace('plain words', 'plain <em>wordsx</em>');
    patchPreviewBody(d, render, (blocks) => speculation.landing(blocks, 2));
    expect(d.body.innerHTML).toBe(render);
    expect(trace.speculative?.[0]).toMatchObject({ revision: 2, confirmed: false });
  });

  it('says a render older than the drawn text is stale, and a render of newer text settles without comparing', () => {
    const { d, speculation } = shown();
    speculation.apply(edit(TEXT, TEXT.indexOf('words') + 5, 'x'), 2);
    expect(speculation.isStale(1)).toBe(true);
    expect(speculation.isStale(2)).toBe(false);
    const render = BODY.replace('plain words', 'plain wordsxy');
    patchPreviewBody(d, render, (blocks) => speculation.landing(blocks, 3));
    expect(d.body.innerHTML).toBe(render);
    expect(trace.speculative?.[0]).toMatchObject({ revision: 2, confirmed: null, settledBy: 3 });
    // The DOM now shows text 3: the next edit (text 4) may be drawn again.
    expect(speculation.apply(edit(TEXT.replace('words', 'wordsxy'), TEXT.indexOf('words') + 7, 'z'), 4)).toBe(true);
  });

  it('forgets what it drew when the post changes', () => {
    const { speculation } = shown();
    speculation.apply(edit(TEXT, 6, 'x'), 2);
    speculation.reset();
    expect(speculation.isStale(1)).toBe(false);
    expect(speculation.apply(edit(TEXT, 6, 'x'), 3)).toBe(false);
  });
});

describe('PreviewSpeculation.drawAhead', () => {
  it('draws an edit the editor has not reported yet, which the report of that text then finds drawn', () => {
    const { d, speculation } = shown();
    const typed = edit(TEXT, TEXT.indexOf('words'), 'q');
    expect(speculation.drawAhead(typed, 2)).toBe(true);
    expect(d.querySelector('[data-line="3"]')?.textContent).toBe('plain qwords');
    // Not yet reported: nothing is recorded as drawn until the editor's edit arrives.
    expect(trace.speculative).toHaveLength(0);
    expect(speculation.apply(typed, 2)).toBe(true);
    expect(d.querySelector('[data-line="3"]')?.textContent).toBe('plain qwords');
    expect(trace.speculative?.map((entry) => entry.revision)).toEqual([2]);
  });

  it('keeps the letter drawn ahead from a render of the text before it', () => {
    const { speculation } = shown();
    speculation.drawAhead(edit(TEXT, TEXT.indexOf('words'), 'q'), 2);
    expect(speculation.isStale(1)).toBe(true);
  });

  it('lets the render replace what was drawn when the editor reports another edit', () => {
    const { d, speculation } = shown();
    speculation.drawAhead(edit(TEXT, TEXT.indexOf('words'), 'q'), 2);
    expect(speculation.apply(edit(TEXT, TEXT.indexOf('words'), 'z'), 2)).toBe(false);
    // Any render may land now, the one of the text before included, and its patch repairs the paragraph.
    expect(speculation.isStale(1)).toBe(false);
    patchPreviewBody(d, BODY, (blocks) => speculation.landing(blocks, 1));
    expect(d.querySelector('[data-line="3"]')?.textContent).toBe('plain words');
  });

  it('lets the render replace what was drawn when the edit reported is of another revision or not plain', () => {
    const { speculation } = shown();
    speculation.drawAhead(edit(TEXT, TEXT.indexOf('words'), 'q'), 2);
    expect(speculation.apply(() => null, 2)).toBe(false);
    expect(speculation.isStale(1)).toBe(false);
    const again = shown().speculation;
    again.drawAhead(edit(TEXT, TEXT.indexOf('words'), 'q'), 2);
    expect(again.apply(edit(TEXT, TEXT.indexOf('words'), 'q'), 3)).toBe(false);
  });

  it('draws only what apply would: a plain paragraph shown at the text before it, one edit at a time', () => {
    const { d, speculation } = shown();
    // The DOM shows revision 1, not 2.
    expect(speculation.drawAhead(edit(TEXT, TEXT.indexOf('words'), 'q'), 3)).toBe(false);
    // Not a plain paragraph.
    expect(speculation.drawAhead(edit(TEXT, TEXT.indexOf('bold'), 'q'), 2)).toBe(false);
    expect(speculation.drawAhead(edit(TEXT, TEXT.indexOf('words'), 'q'), 2)).toBe(true);
    expect(speculation.drawAhead(edit(TEXT, TEXT.indexOf('words'), 'z'), 3)).toBe(false);
    expect(d.querySelector('[data-line="3"]')?.textContent).toBe('plain qwords');
  });

  it('forgets an edit drawn ahead when another post is shown', () => {
    const { speculation } = shown();
    speculation.drawAhead(edit(TEXT, TEXT.indexOf('words'), 'q'), 2);
    speculation.reset();
    expect(speculation.isStale(1)).toBe(false);
    expect(speculation.apply(edit(TEXT, TEXT.indexOf('words'), 'q'), 2)).toBe(false);
  });
});
