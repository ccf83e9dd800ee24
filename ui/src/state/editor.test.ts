import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { EditorState } from '@codemirror/state';
import { CHECK_DELAY_MS, EditorStore } from './editor.svelte';
import { patchPreviewBody } from '../preview/patch';
import { plainLineEdit } from '../preview/plainEdit';

const FILES: Record<string, string> = {
  'content/a.md': '---\ntitle: 甲\n---\n## 甲\n',
  'content/b.md': '---\ntitle: 乙\n---\n## 乙\n',
};

/** A shell that renders `## x` as `<h2>x</h2>`, finds a `bad-date` in a `date: x` line, and records every render and check. */
function mockShell(checks: Array<{ path: string; text: string }> = []): Array<{ path: string; text: string }> {
  const renders: Array<{ path: string; text: string }> = [];
  mockIPC((cmd, args) => {
    const { path, text } = (args ?? {}) as { path: string; text?: string };
    if (cmd === 'post_read') {
      if (!(path in FILES)) return Promise.reject({ code: 'not-content', message: `${path}: not a content file` });
      return { path, text: FILES[path] };
    }
    if (cmd === 'preview_render') {
      renders.push({ path, text: text ?? '' });
      const body = (text ?? '').split('\n---\n').pop() ?? '';
      const diagnostics = (text ?? '').includes('{{< nope >}}') ? [diag(path, 5, 'shortcode-unknown')] : [];
      return { html: body.replace(/^## (.*)$/mu, '<h2>$1</h2>').trim(), diagnostics, render_micros: 1 };
    }
    if (cmd === 'preview_check') {
      checks.push({ path, text: text ?? '' });
      return (text ?? '').includes('date: x') ? [diag(path, 2, 'date-invalid')] : [];
    }
    throw new Error(`unexpected command ${cmd}`);
  });
  return renders;
}

function diag(path: string, line: number, code: string) {
  return { path, line, column: 1, severity: 'error', code, message: code, hint: '' };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  clearMocks();
});

describe('EditorStore', () => {
  it('opens a post and renders its preview at once', async () => {
    mockShell();
    const store = new EditorStore();
    await store.open('content/a.md');
    await vi.runAllTimersAsync();
    expect(store.status).toBe('ready');
    expect(store.loaded?.text).toBe(FILES['content/a.md']);
    expect(store.preview?.html).toBe('<h2>甲</h2>');
  });

  it('renders an edit at once, and a burst typed during that render as one render of the newest text', async () => {
    const renders = mockShell();
    const store = new EditorStore();
    await store.open('content/a.md');
    await vi.runAllTimersAsync();
    renders.length = 0;
    store.edited('---\ntitle: 甲\n---\n## 甲一\n');
    expect(renders.map((r) => r.text)).toEqual(['---\ntitle: 甲\n---\n## 甲一\n']);
    store.edited('---\ntitle: 甲\n---\n## 甲一二\n');
    store.edited('---\ntitle: 甲\n---\n## 甲一二三\n');
    await vi.runAllTimersAsync();
    expect(renders.map((r) => r.text)).toEqual(['---\ntitle: 甲\n---\n## 甲一\n', '---\ntitle: 甲\n---\n## 甲一二三\n']);
    expect(store.preview?.html).toBe('<h2>甲一二三</h2>');
  });

  it('renders an edit the preview drew itself only once the frame showing it is painted', async () => {
    const renders = mockShell();
    const store = new EditorStore();
    await store.open('content/a.md');
    await vi.runAllTimersAsync();
    // The preview shows the text just rendered, with a plain paragraph at line 5.
    const d = new DOMParser().parseFromString('<!doctype html><html><body></body></html>', 'text/html');
    store.speculation.attach(d);
    patchPreviewBody(d, '<p data-line="5">plain words</p>', (blocks) => store.speculation.landing(blocks, store.preview!.revision));
    const before = '---\ntitle: 甲\n---\n\nplain words\n';
    const typed = EditorState.create({ doc: before }).update({ changes: { from: before.indexOf('words') + 5, insert: 'q' } });
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    try {
      renders.length = 0;
      store.edited(typed.state.doc.toString(), () => plainLineEdit(typed.startState.doc, typed.state.doc, typed.changes));
      expect(d.body.textContent).toBe('plain wordsq');
      await vi.advanceTimersByTimeAsync(0);
      expect(renders).toEqual([]);
      for (const frame of frames.splice(0)) frame(0);
      await vi.advanceTimersByTimeAsync(0);
      expect(renders.map((r) => r.text)).toEqual([typed.state.doc.toString()]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('checks after a pause in typing, and shows the checks and the render problems as one list', async () => {
    const checks: Array<{ path: string; text: string }> = [];
    mockShell(checks);
    const store = new EditorStore();
    await store.open('content/a.md');
    await vi.runAllTimersAsync();
    expect(checks).toHaveLength(1);
    checks.length = 0;
    store.edited('---\ndate: x\n---\n{{< nope >}}\n');
    store.edited('---\ndate: x\n---\n{{< nope >}}\n## 甲\n');
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS - 1);
    expect(checks).toHaveLength(0);
    expect(store.diagnostics.map((d) => d.code)).toEqual(['shortcode-unknown']);
    await vi.advanceTimersByTimeAsync(1);
    await vi.runAllTimersAsync();
    expect(checks.map((c) => c.text)).toEqual(['---\ndate: x\n---\n{{< nope >}}\n## 甲\n']);
    expect(store.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(['2 date-invalid', '5 shortcode-unknown']);
    const shown = store.diagnostics;
    store.edited('---\ndate: x\n---\n{{< nope >}}\n## 甲乙\n');
    await vi.runAllTimersAsync();
    // Nothing changed: the same list, so the gutter and the form do not redraw.
    expect(store.diagnostics).toBe(shown);
  });

  it('renders and checks the open post again when a file it depends on changed on disk', async () => {
    const checks: Array<{ path: string; text: string }> = [];
    const renders = mockShell(checks);
    const store = new EditorStore();
    await store.open('content/a.md');
    await vi.runAllTimersAsync();
    renders.length = 0;
    checks.length = 0;
    // An image under static/ or an entry in data/ appeared: the text is the same, the checks' answer may not be.
    store.rerender();
    await vi.runAllTimersAsync();
    expect(renders).toEqual([{ path: 'content/a.md', text: FILES['content/a.md'] }]);
    expect(checks).toEqual([{ path: 'content/a.md', text: FILES['content/a.md'] }]);
  });

  it('does not show an edit of the previous post after switching', async () => {
    mockShell();
    const store = new EditorStore();
    await store.open('content/a.md');
    store.edited('## stale edit of a');
    await store.open('content/b.md');
    await vi.runAllTimersAsync();
    expect(store.path).toBe('content/b.md');
    expect(store.preview?.html).toBe('<h2>乙</h2>');
  });

  it('keeps the AppError of a failed read', async () => {
    mockShell();
    const store = new EditorStore();
    await store.open('content/missing.md');
    expect(store.status).toBe('error');
    expect(store.error?.code).toBe('not-content');
  });

  it('close forgets the post and its preview', async () => {
    mockShell();
    const store = new EditorStore();
    await store.open('content/a.md');
    await vi.runAllTimersAsync();
    store.close();
    expect([store.path, store.loaded, store.preview, store.status, store.diagnostics]).toEqual([null, null, null, 'empty', []]);
  });
});
