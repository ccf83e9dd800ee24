// Post summaries for tests: a short zh-TW and English site, newest first as the shell sends them.
import type { PostSummary } from '../ipc/bindings/PostSummary';

export function post(fields: Partial<PostSummary> & { path: string }): PostSummary {
  return {
    section: 'posts',
    lang: 'zh-tw',
    kind: 'page',
    title: '',
    date: null,
    draft: false,
    tags: [],
    categories: [],
    series: [],
    url: '/',
    ...fields,
  };
}

export const POSTS: PostSummary[] = [
  post({
    path: 'content/posts/20260206-rust-editor.md',
    title: '用 Rust 寫一個編輯器',
    date: '2026-02-06T09:00:00+08:00',
    tags: ['Rust', '編輯器'],
    series: ['工具箱'],
  }),
  post({
    path: 'content/posts/20260120-tea-notes/index.md',
    kind: 'leafBundle',
    title: '烏龍茶筆記',
    date: '2026-01-20',
    draft: true,
    tags: ['茶'],
  }),
  post({
    path: 'content/notes/hello.en.md',
    section: 'notes',
    lang: 'en',
    title: 'Hello, Inkstone',
    date: '2025-12-01T08:30:00Z',
    tags: ['AI', 'Writing'],
  }),
];
