import { describe, expect, it } from 'vitest';
import { POSTS } from '../test/posts';
import { fuzzyScore, quickOpen } from './fuzzy';

describe('quick open', () => {
  it('matches the query characters in order, any case', () => {
    expect(fuzzyScore('rse', 'Rust editor')).not.toBeNull();
    expect(fuzzyScore('esr', 'Rust')).toBeNull();
    expect(fuzzyScore('編器', '用 Rust 寫一個編輯器')).not.toBeNull();
  });

  it('ranks adjacent matches above scattered ones', () => {
    expect(fuzzyScore('tea', 'tea-notes')!).toBeGreaterThan(fuzzyScore('tea', 'the great')!);
  });

  it('finds posts by title or path, best first', () => {
    expect(quickOpen(POSTS, '茶筆').map((p) => p.path)).toEqual(['content/posts/20260120-tea-notes/index.md']);
    expect(quickOpen(POSTS, 'hello')[0].path).toBe('content/notes/hello.en.md');
    expect(quickOpen(POSTS, '')).toHaveLength(3);
    expect(quickOpen(POSTS, 'zzz')).toEqual([]);
  });
});
