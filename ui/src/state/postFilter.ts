// The sidebar search: which posts match what the writer typed, as a pure function.
import type { PostSummary } from '../ipc/bindings/PostSummary';

/**
 * Folds case and width so "rust", "Rust" and full-width "Ｒｕｓｔ" match alike;
 * CJK text is left as is (NFKC keeps Traditional characters distinct).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

/** Splits a query into terms; a leading `#` on a term is dropped, since writers type tags that way. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/u)
    .map((term) => term.replace(/^#/u, ''))
    .filter((term) => term.length > 0);
}

// Folding is the costly part on a 10,000-post site; posts are immutable once listed, so fold each once.
const folded = new WeakMap<PostSummary, string>();

/** The text a post is searched by: its title, its path and its tags. */
function haystack(post: PostSummary): string {
  let text = folded.get(post);
  if (text === undefined) {
    // A separator no one types keeps a term from matching across two fields.
    text = foldForSearch([post.title, post.path, ...post.tags].join('\u0000'));
    folded.set(post, text);
  }
  return text;
}

/**
 * The posts that contain every term of `query` in their title, path or tags,
 * in their original order. An empty query keeps every post.
 */
export function filterPosts(posts: readonly PostSummary[], query: string): PostSummary[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [...posts];
  return posts.filter((post) => {
    const text = haystack(post);
    return terms.every((term) => text.includes(term));
  });
}
