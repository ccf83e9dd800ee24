import { describe, expect, it } from 'vitest';
import { post } from '../test/posts';
import { NO_FILTERS, activeFilters, applyFilters, facetCounts, sortPosts } from './listFilters';

const POSTS = [
  post({ path: 'a.md', title: 'Beta', date: '2026-02-06T09:00:00+08:00', tags: ['AI', 'Rust'], categories: ['Tech'], series: ['工具箱'] }),
  post({ path: 'b.md', title: 'alpha', date: '2026-01-20', draft: true, tags: ['AI'], lang: 'en' }),
  post({ path: 'c.md', title: '茶', section: 'notes', tags: ['茶'] }),
  post({ path: 'd.md', title: 'Gamma 10', date: '2025-12-01T08:30:00Z', categories: ['Tech'] }),
];
const paths = (filters: Partial<typeof NO_FILTERS>) => applyFilters(POSTS, { ...NO_FILTERS, ...filters }).map((p) => p.path);

describe('list filters', () => {
  it('keeps every post, newest first and undated last, with no filter', () => {
    expect(paths({})).toEqual(['a.md', 'b.md', 'd.md', 'c.md']);
  });

  it('filters by section, language, tag, category and series', () => {
    expect(paths({ section: 'notes' })).toEqual(['c.md']);
    expect(paths({ lang: 'en' })).toEqual(['b.md']);
    expect(paths({ tag: 'AI' })).toEqual(['a.md', 'b.md']);
    expect(paths({ category: 'Tech' })).toEqual(['a.md', 'd.md']);
    expect(paths({ series: '工具箱' })).toEqual(['a.md']);
    expect(paths({ tag: 'AI', category: 'Tech' })).toEqual(['a.md']);
  });

  it('filters drafts and published posts', () => {
    expect(paths({ draft: 'draft' })).toEqual(['b.md']);
    expect(paths({ draft: 'published' })).toEqual(['a.md', 'd.md', 'c.md']);
  });

  it('filters by an inclusive date range and leaves undated posts out', () => {
    expect(paths({ from: '2026-01-20' })).toEqual(['a.md', 'b.md']);
    expect(paths({ to: '2026-01-20' })).toEqual(['b.md', 'd.md']);
    expect(paths({ from: '2026-01-01', to: '2026-01-31' })).toEqual(['b.md']);
  });

  it('sorts oldest first or by title (natural order, any case)', () => {
    expect(sortPosts(POSTS, 'date-asc').map((p) => p.path)).toEqual(['d.md', 'b.md', 'a.md', 'c.md']);
    expect(sortPosts(POSTS, 'title').map((p) => p.title)).toEqual(['alpha', 'Beta', 'Gamma 10', '茶']);
  });

  it('counts what each value would show, given the other filters', () => {
    expect(facetCounts(POSTS, NO_FILTERS, 'tag')).toEqual([
      { value: 'AI', count: 2 },
      { value: 'Rust', count: 1 },
      { value: '茶', count: 1 },
    ]);
    const tech = { ...NO_FILTERS, category: 'Tech', tag: 'Rust' };
    expect(facetCounts(POSTS, tech, 'tag')).toEqual([
      { value: 'AI', count: 1 },
      { value: 'Rust', count: 1 },
    ]);
    expect(facetCounts(POSTS, tech, 'category')).toEqual([{ value: 'Tech', count: 1 }]);
  });

  it('counts the active filters, not the sort', () => {
    expect(activeFilters({ ...NO_FILTERS, sort: 'title' })).toBe(0);
    expect(activeFilters({ ...NO_FILTERS, tag: 'AI', draft: 'draft', from: '2026-01-01' })).toBe(3);
  });
});
