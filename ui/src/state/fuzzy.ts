// Fuzzy matching for quick open: the query's characters in order, tighter and earlier matches first.
import type { PostSummary } from '../ipc/bindings/PostSummary';
import { foldForSearch } from './postFilter';

/** A score for `query` in `text` (higher is better), or null when the characters do not all appear in order. */
export function fuzzyScore(query: string, text: string): number | null {
  const q = [...foldForSearch(query).replace(/\s+/gu, '')];
  const s = [...foldForSearch(text)];
  if (q.length === 0) return 0;
  let score = 0;
  let at = 0;
  let last = -2;
  for (const ch of q) {
    while (at < s.length && s[at] !== ch) at++;
    if (at === s.length) return null;
    // Runs of adjacent characters and word starts weigh most; late matches cost a little.
    score += at === last + 1 ? 8 : 1;
    if (at === 0 || /[\s/_.-]/u.test(s[at - 1])) score += 4;
    score -= at / 100;
    last = at;
    at++;
  }
  return score;
}

/** The best posts for `query` by title (or path), at most `limit`. */
export function quickOpen(posts: readonly PostSummary[], query: string, limit = 50): PostSummary[] {
  if (query.trim() === '') return posts.slice(0, limit);
  const scored: Array<{ post: PostSummary; score: number }> = [];
  for (const post of posts) {
    const title = fuzzyScore(query, post.title);
    const path = fuzzyScore(query, post.path);
    const best = Math.max(title === null ? -Infinity : title + 2, path ?? -Infinity);
    if (best > -Infinity) scored.push({ post, score: best });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ post }) => post);
}
