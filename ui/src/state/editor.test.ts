import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { EditorStore, PREVIEW_DEBOUNCE_MS } from './editor.svelte';

const FILES: Record<string, string> = {
  'content/a.md': '---\ntitle: 甲\n---\n## 甲\n',
  'content/b.md': '---\ntitle: 乙\n---\n## 乙\n',
};

/** A shell that renders `## x` as `<h2>x</h2>` and records every render request. */
function mockShell(): Array<{ path: string; text: string }> {
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
      return { html: body.replace(/^## (.*)$/mu, '<h2>$1</h2>').trim(), diagnostics: [] };
    }
    throw new Error(`unexpected command ${cmd}`);
  });
  return renders;
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

  it('renders the last of a burst of edits once, after the pause', async () => {
    const renders = mockShell();
    const store = new EditorStore();
    await store.open('content/a.md');
    await vi.runAllTimersAsync();
    renders.length = 0;
    store.edited('---\ntitle: 甲\n---\n## 甲一\n');
    store.edited('---\ntitle: 甲\n---\n## 甲一二\n');
    await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS - 1);
    expect(renders).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await vi.runAllTimersAsync();
    expect(renders.map((r) => r.text)).toEqual(['---\ntitle: 甲\n---\n## 甲一二\n']);
    expect(store.preview?.html).toBe('<h2>甲一二</h2>');
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
    expect([store.path, store.loaded, store.preview, store.status]).toEqual([null, null, null, 'empty']);
  });
});
