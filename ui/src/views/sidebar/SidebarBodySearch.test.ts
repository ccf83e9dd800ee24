import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { BodySearch } from '../../ipc/bindings/BodySearch';
import { SiteStore } from '../../state/site.svelte';
import { POSTS } from '../../test/posts';
import Sidebar from './Sidebar.svelte';

const TEA = POSTS[1].path;

/** A body search that finds `paths` for `query`, answered after `delayMs`. */
type Answer = { paths: string[]; delayMs: number };

/** A shell whose body search answers each query as `answers` says, recording every query asked. */
function mockShell(answers: Record<string, Answer>, asked: string[]): void {
  mockIPC(async (cmd, args) => {
    if (cmd === 'site_current') return { root: '/home/writer/blog', title: '墨池筆記', postCount: POSTS.length };
    if (cmd === 'posts_list') return POSTS;
    if (cmd === 'posts_search_bodies') {
      const query = (args as { query: string }).query;
      asked.push(query);
      const answer = answers[query] ?? { paths: [], delayMs: 0 };
      await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      const found: BodySearch = {
        query,
        hits: answer.paths.map((path) => ({ path, line: 12, snippet: { before: '泡一壺', matched: query, after: '再說' } })),
        matched: answer.paths.length,
        skipped: 0,
      };
      return found;
    }
    throw new Error(`unexpected command ${cmd}`);
  });
}

async function renderSidebar(answers: Record<string, Answer>) {
  const asked: string[] = [];
  mockShell(answers, asked);
  const store = new SiteStore();
  await store.loadCurrent();
  render(Sidebar, { store, selectedPath: null, onSelect: () => {}, onOpenSite: () => {} });
  return { store, asked };
}

const listed = () => within(screen.getByTestId('post-list')).queryAllByTestId('post-item').map((row) => row.dataset.path);

afterEach(() => {
  cleanup();
  clearMocks();
});

describe('Sidebar body search', () => {
  it('adds a post found only by its body, with the match highlighted under its title', async () => {
    await renderSidebar({ 紅玉: { paths: [TEA], delayMs: 0 } });
    await fireEvent.input(screen.getByTestId('post-search'), { target: { value: '紅玉' } });
    await expect.poll(listed).toEqual([TEA]);
    const snippet = screen.getByTestId('post-snippet');
    expect(snippet.textContent).toBe('泡一壺紅玉再說');
    expect(snippet.querySelector('mark')?.textContent).toBe('紅玉');
    expect(screen.getByTestId('post-list').dataset.count).toBe('1');
    expect(screen.queryByTestId('body-searching')).toBeNull();
  });

  it('says it is searching until the answer comes', async () => {
    await renderSidebar({ 紅玉: { paths: [TEA], delayMs: 400 } });
    await fireEvent.input(screen.getByTestId('post-search'), { target: { value: '紅玉' } });
    expect(screen.getByTestId('body-searching')).toBeTruthy();
    await expect.poll(listed, { timeout: 2000 }).toEqual([TEA]);
    expect(screen.queryByTestId('body-searching')).toBeNull();
  });

  it('never lets a slow answer to an older query replace the newer one', async () => {
    const { asked } = await renderSidebar({
      oolong: { paths: [TEA], delayMs: 500 },
      'oolong rust': { paths: [POSTS[0].path], delayMs: 0 },
    });
    const search = screen.getByTestId('post-search');
    await fireEvent.input(search, { target: { value: 'oolong' } });
    // Let the first search start, then type on while it is in flight.
    await expect.poll(() => asked).toEqual(['oolong']);
    await fireEvent.input(search, { target: { value: 'oolong rust' } });
    await expect.poll(() => asked, { timeout: 2000 }).toEqual(['oolong', 'oolong rust']);
    await expect.poll(listed, { timeout: 2000 }).toEqual([POSTS[0].path]);
    // Past the slow answer's arrival, the list still shows the newer query's hits.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(listed()).toEqual([POSTS[0].path]);
  });

  it('keeps the filters applying to posts found by their body', async () => {
    const { store } = await renderSidebar({ 紅玉: { paths: [TEA, POSTS[0].path], delayMs: 0 } });
    await fireEvent.input(screen.getByTestId('post-search'), { target: { value: '紅玉' } });
    await expect.poll(listed).toEqual([POSTS[0].path, TEA]);
    store.filters = { ...store.filters, draft: 'published' };
    await expect.poll(listed).toEqual(POSTS.filter((p) => !p.draft && [TEA, POSTS[0].path].includes(p.path)).map((p) => p.path));
  });

  it('does not search bodies for one or two Latin letters', async () => {
    const { asked } = await renderSidebar({});
    await fireEvent.input(screen.getByTestId('post-search'), { target: { value: 'ru' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asked).toEqual([]);
    expect(screen.queryByTestId('body-searching')).toBeNull();
  });
});
