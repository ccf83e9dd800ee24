// Merging the body search's hits into the post list's own search, as pure functions.
import type { BodySearch } from '../ipc/bindings/BodySearch';
import type { PostSummary } from '../ipc/bindings/PostSummary';
import type { Snippet } from '../ipc/bindings/Snippet';
import { filterPosts, queryTerms } from './postFilter';

/** A snippet with its highlighted part, for the row under the title. */
export type SnippetsByPath = ReadonlyMap<string, Snippet>;

export interface SearchResult {
  /** Posts matching in their title, path or tags, or in their body; in the list's order. */
  posts: PostSummary[];
  /** The body snippet of each post found by its body. */
  snippets: SnippetsByPath;
}

/** Whether `answer` is the body search of `query` (a late answer to an older query is not). */
export function answers(answer: BodySearch | null, query: string): answer is BodySearch {
  return answer !== null && typeof answer === 'object' && Array.isArray(answer.hits) && answer.query === query;
}

/** Latin terms shorter than this match nearly every body; they search titles, paths and tags only. */
export const MIN_LATIN_BODY_TERM = 3;

// Han, kana and Hangul: one character of these is already a word.
const WIDE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Whether a query is worth a body search: one of its terms is a word, not the first letter or two
 * of one (three Latin letters, or any CJK character). "l" or "li" would list nearly every post by
 * its text while the writer is still typing a title.
 */
export function searchesBodies(query: string): boolean {
  return queryTerms(query).some((term) => WIDE_SCRIPT.test(term) || [...term].length >= MIN_LATIN_BODY_TERM);
}

/**
 * The posts matching `query` by their fields, plus those whose body matches (when `bodies`
 * answers this very query), in the order of `posts`, each once.
 */
export function mergeSearch(posts: readonly PostSummary[], query: string, bodies: BodySearch | null): SearchResult {
  const byFields = filterPosts(posts, query);
  if (!answers(bodies, query) || bodies.hits.length === 0) return { posts: byFields, snippets: new Map() };
  const snippets = new Map<string, Snippet>(bodies.hits.map((hit) => [hit.path, hit.snippet]));
  const byField = new Set(byFields.map((post) => post.path));
  const merged = posts.filter((post) => byField.has(post.path) || snippets.has(post.path));
  return { posts: merged, snippets };
}
