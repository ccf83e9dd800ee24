import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { MetaStore } from './meta.svelte';

/** A buffer whose text the test can change "while the shell works". */
function buffer(text: string) {
  const b = { text, replaced: [] as string[] };
  return {
    b,
    access: {
      text: () => b.text,
      replaceText: (next: string) => {
        b.replaced.push(next);
        b.text = next;
      },
    },
  };
}

/** fm_set that rewrites `key: …` naively; `during` runs while the call is in flight. */
function mockFm(during: () => void = () => {}) {
  const calls: string[] = [];
  mockIPC((cmd, args) => {
    const a = args as { text: string; key: string; value: unknown };
    if (cmd !== 'fm_set') throw new Error(cmd);
    calls.push(a.text);
    during();
    return { text: a.text.replace(new RegExp(`^${a.key}: .*$`, 'mu'), `${a.key}: ${String(a.value)}`) };
  });
  return calls;
}

afterEach(() => clearMocks());

describe('MetaStore', () => {
  it('sets a field on the current buffer and re-reads the form from the result', async () => {
    mockFm();
    const { b, access } = buffer('---\ntitle: 舊\n---\n');
    const meta = new MetaStore(access);
    meta.refresh();
    expect(await meta.set('title', '新')).toBe(true);
    expect(b.text).toBe('---\ntitle: 新\n---\n');
    expect(meta.block.fields[0].value).toBe('新');
  });

  it('runs the edit again when the writer typed while the shell worked, so no keystroke is lost', async () => {
    let typed = false;
    const { b, access } = buffer('---\ntitle: 舊\n---\n');
    const calls = mockFm(() => {
      if (typed) return;
      typed = true;
      b.text += '正文';
    });
    const meta = new MetaStore(access);
    await meta.set('title', '新');
    expect(calls).toHaveLength(2);
    expect(b.replaced).toEqual(['---\ntitle: 新\n---\n正文']);
  });

  it('keeps the buffer and shows the error when the edit is refused', async () => {
    mockIPC(() => Promise.reject({ code: 'fm-refused', message: 'title is a map: edit it in the text' }));
    const { b, access } = buffer('---\ntitle: 舊\n---\n');
    const meta = new MetaStore(access);
    expect(await meta.set('title', 'x')).toBe(false);
    expect(b.replaced).toEqual([]);
    expect(meta.error?.code).toBe('fm-refused');
  });
});
