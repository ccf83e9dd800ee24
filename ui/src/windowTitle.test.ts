import { describe, expect, it } from 'vitest';
import { postLabel, windowTitle } from './windowTitle';

describe('the window title', () => {
  it('names the post, then the site', () => {
    expect(windowTitle('墨池', '用 Rust 寫一個編輯器', false)).toBe('用 Rust 寫一個編輯器 — 墨池 — Inkstone');
  });

  it('marks unsaved text and leaves out what is missing', () => {
    expect(windowTitle('墨池', 'Draft', true)).toBe('• Draft — 墨池 — Inkstone');
    expect(windowTitle('墨池', null, false)).toBe('墨池 — Inkstone');
    expect(windowTitle(null, null, false)).toBe('Inkstone');
    expect(windowTitle('  ', '', false)).toBe('Inkstone');
  });

  it('labels an untitled post by its file, a bundle by its folder', () => {
    expect(postLabel('', 'content/posts/20260206-hello.md')).toBe('20260206-hello.md');
    expect(postLabel(null, 'content/posts/trip/index.md')).toBe('trip');
    expect(postLabel('Trip', 'content/posts/trip/index.md')).toBe('Trip');
    expect(postLabel(null, null)).toBeNull();
  });
});
