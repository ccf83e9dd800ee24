import { describe, expect, it } from 'vitest';
import { POSTS } from '../test/posts';
import { filterPosts, foldForSearch, queryTerms } from './postFilter';

const paths = (query: string) => filterPosts(POSTS, query).map((p) => p.path);

describe('filterPosts', () => {
  it('keeps every post, in order, for an empty or blank query', () => {
    expect(paths('')).toEqual(POSTS.map((p) => p.path));
    expect(paths('   ')).toEqual(POSTS.map((p) => p.path));
  });

  it('matches a CJK substring of the title', () => {
    expect(paths('編輯器')).toEqual(['content/posts/20260206-rust-editor.md']);
    expect(paths('茶筆')).toEqual(['content/posts/20260120-tea-notes/index.md']);
  });

  it('matches Latin text regardless of case', () => {
    expect(paths('inkstone')).toEqual(['content/notes/hello.en.md']);
    expect(paths('RUST')).toEqual(['content/posts/20260206-rust-editor.md']);
  });

  it('matches the path', () => {
    expect(paths('tea-notes')).toEqual(['content/posts/20260120-tea-notes/index.md']);
    expect(paths('content/notes/')).toEqual(['content/notes/hello.en.md']);
  });

  it('matches a tag, with or without a leading #', () => {
    expect(paths('writing')).toEqual(['content/notes/hello.en.md']);
    expect(paths('#ai')).toEqual(['content/notes/hello.en.md']);
    expect(paths('#茶')).toEqual(['content/posts/20260120-tea-notes/index.md']);
  });

  it('requires every term to match', () => {
    expect(paths('rust 編輯器')).toEqual(['content/posts/20260206-rust-editor.md']);
    expect(paths('rust 茶')).toEqual([]);
  });

  it('matches full-width Latin as its ASCII form', () => {
    expect(paths('ＲＵＳＴ')).toEqual(['content/posts/20260206-rust-editor.md']);
  });

  it('does not search categories or series', () => {
    expect(paths('工具箱')).toEqual([]);
  });

  it('does not match a term across two fields', () => {
    // title "Hello, Inkstone" followed by the path "content/…"
    expect(paths('inkstonecontent')).toEqual([]);
  });

  it('returns a new array, leaving the input untouched', () => {
    const result = filterPosts(POSTS, '');
    expect(result).not.toBe(POSTS);
    expect(result).toEqual(POSTS);
  });
});

describe('queryTerms', () => {
  it('splits on any whitespace, including the ideographic space, and drops empty terms', () => {
    expect(queryTerms('  Rust\t#AI　茶 ')).toEqual(['rust', 'ai', '茶']);
  });
});

describe('foldForSearch', () => {
  it('folds case and width but keeps Traditional characters', () => {
    expect(foldForSearch('Ａbc 編輯')).toBe('abc 編輯');
  });
});
