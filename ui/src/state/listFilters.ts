// The post list's filters and sort order, and how many posts each filter value would show, as pure functions.
import type { PostSummary } from '../ipc/bindings/PostSummary';

export type DraftFilter = 'all' | 'draft' | 'published';
export type SortOrder = 'date-desc' | 'date-asc' | 'title';
export type Facet = 'section' | 'lang' | 'tag' | 'category' | 'series';

export interface ListFilters {
  section: string | null;
  lang: string | null;
  tag: string | null;
  category: string | null;
  series: string | null;
  draft: DraftFilter;
  /** Inclusive `YYYY-MM-DD` bounds; a post without a date is left out once either is set. */
  from: string | null;
  to: string | null;
  sort: SortOrder;
}

export const NO_FILTERS: ListFilters = {
  section: null,
  lang: null,
  tag: null,
  category: null,
  series: null,
  draft: 'all',
  from: null,
  to: null,
  sort: 'date-desc',
};

/** The values a post has for a facet. */
export function facetValues(post: PostSummary, facet: Facet): string[] {
  switch (facet) {
    case 'section':
      return [post.section];
    case 'lang':
      return [post.lang];
    case 'tag':
      return post.tags;
    case 'category':
      return post.categories;
    case 'series':
      return post.series;
  }
}

const FACETS: Facet[] = ['section', 'lang', 'tag', 'category', 'series'];
const day = (post: PostSummary): string | null => post.date?.slice(0, 10) ?? null;

function matches(post: PostSummary, f: ListFilters): boolean {
  for (const facet of FACETS) {
    const wanted = f[facet];
    if (wanted !== null && !facetValues(post, facet).includes(wanted)) return false;
  }
  if (f.draft === 'draft' && !post.draft) return false;
  if (f.draft === 'published' && post.draft) return false;
  if (f.from !== null || f.to !== null) {
    const d = day(post);
    if (d === null) return false;
    if (f.from !== null && d < f.from) return false;
    if (f.to !== null && d > f.to) return false;
  }
  return true;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Newest or oldest first (undated posts last either way), or by title. */
export function sortPosts(posts: readonly PostSummary[], sort: SortOrder): PostSummary[] {
  const sorted = [...posts];
  if (sort === 'title') return sorted.sort((a, b) => collator.compare(a.title || a.path, b.title || b.path));
  const sign = sort === 'date-desc' ? -1 : 1;
  return sorted.sort((a, b) => {
    const da = a.date ?? '';
    const db = b.date ?? '';
    if (da === db) return 0;
    if (da === '') return 1;
    if (db === '') return -1;
    return da < db ? -sign : sign;
  });
}

/** The posts that pass every filter, in the chosen order. */
export function applyFilters(posts: readonly PostSummary[], f: ListFilters): PostSummary[] {
  return sortPosts(posts.filter((post) => matches(post, f)), f.sort);
}

/**
 * Each value of a facet with the number of posts it would show: counted over the posts that
 * pass the search and every other filter, so a count is what choosing it gives. Most used first.
 */
export function facetCounts(posts: readonly PostSummary[], f: ListFilters, facet: Facet): Array<{ value: string; count: number }> {
  const others = { ...f, [facet]: null };
  const counts: Record<string, number> = {};
  for (const post of posts) {
    if (!matches(post, others)) continue;
    for (const value of facetValues(post, facet)) counts[value] = (counts[value] ?? 0) + 1;
  }
  return Object.entries(counts)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}

/** How many filters narrow the list (the sort does not count). */
export function activeFilters(f: ListFilters): number {
  return (
    FACETS.filter((facet) => f[facet] !== null).length + Number(f.draft !== 'all') + Number(f.from !== null) + Number(f.to !== null)
  );
}
