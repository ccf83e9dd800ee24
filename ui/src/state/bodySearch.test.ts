import { describe, expect, it } from 'vitest';
import type { BodySearch } from '../ipc/bindings/BodySearch';
import { POSTS } from '../test/posts';
import { answers, mergeSearch, searchesBodies } from './bodySearch';

function bodies(query: string, paths: string[]): BodySearch {
  return {
    query,
    hits: paths.map((path, i) => ({ path, line: 10 + i, snippet: { before: '在', matched: query, after: '之後' } })),
    matched: paths.length,
    skipped: 0,
  };
}

describe('mergeSearch', () => {
  it('keeps the field matches alone while no body answer has come', () => {
    const result = mergeSearch(POSTS, 'rust', null);
    expect(result.posts.map((p) => p.path)).toEqual([POSTS[0].path]);
    expect(result.snippets.size).toBe(0);
  });

  it('adds posts found by their body, in the list order, each once, with their snippet', () => {
    const result = mergeSearch(POSTS, 'rust', bodies('rust', [POSTS[2].path, POSTS[0].path]));
    expect(result.posts.map((p) => p.path)).toEqual([POSTS[0].path, POSTS[2].path]);
    expect(result.snippets.get(POSTS[2].path)).toEqual({ before: '在', matched: 'rust', after: '之後' });
  });

  it('ignores a body answer to an older query', () => {
    const result = mergeSearch(POSTS, 'rusty', bodies('rust', [POSTS[2].path]));
    expect(result.posts).toEqual([]);
    expect(result.snippets.size).toBe(0);
  });

  it('ignores hits for paths the list no longer has', () => {
    const result = mergeSearch(POSTS, 'zzz', bodies('zzz', ['content/posts/gone.md']));
    expect(result.posts).toEqual([]);
  });
});

describe('answers and searchesBodies', () => {
  it('tell a matching answer and a query with terms', () => {
    expect(answers(bodies('a', []), 'a')).toBe(true);
    expect(answers(bodies('a', []), 'b')).toBe(false);
    expect(answers(null, 'a')).toBe(false);
    expect(searchesBodies('  # ')).toBe(false);
    expect(searchesBodies('雲端')).toBe(true);
    expect(searchesBodies('茶')).toBe(true);
  });

  it('leave one- and two-letter Latin queries to the title, path and tag search', () => {
    expect(searchesBodies('l')).toBe(false);
    expect(searchesBodies('li')).toBe(false);
    expect(searchesBodies('li ne')).toBe(false);
    expect(searchesBodies('lin')).toBe(true);
    expect(searchesBodies('li 茶')).toBe(true);
  });
});
