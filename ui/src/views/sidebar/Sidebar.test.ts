import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { PostSummary } from '../../ipc/bindings/PostSummary';
import { SiteStore } from '../../state/site.svelte';
import { POSTS } from '../../test/posts';
import Sidebar from './Sidebar.svelte';

/** A shell with one site holding `posts`. */
function mockShell(posts: PostSummary[]): void {
  mockIPC((cmd) => {
    if (cmd === 'site_current') return { root: '/home/writer/blog', title: '墨池筆記', postCount: posts.length };
    if (cmd === 'posts_list') return posts;
    throw new Error(`unexpected command ${cmd}`);
  });
}

async function renderSidebar(posts: PostSummary[], selectedPath: string | null = null) {
  mockShell(posts);
  const store = new SiteStore();
  await store.loadCurrent();
  const onSelect = vi.fn();
  const onOpenSite = vi.fn();
  render(Sidebar, { store, selectedPath, onSelect, onOpenSite });
  return { store, onSelect, onOpenSite };
}

afterEach(() => {
  cleanup();
  clearMocks();
});

describe('Sidebar', () => {
  it('shows the site title and one row per post, newest first', async () => {
    await renderSidebar(POSTS);
    expect(screen.getByTestId('site-title').textContent).toBe('墨池筆記');
    const list = screen.getByTestId('post-list');
    expect(list.dataset.count).toBe('3');
    const rows = within(list).getAllByTestId('post-item');
    expect(rows.map((row) => row.dataset.path)).toEqual(POSTS.map((p) => p.path));
    expect(rows[0].textContent).toContain('用 Rust 寫一個編輯器');
    expect(rows[0].textContent).toContain('posts');
    expect(rows[0].querySelector('time')?.getAttribute('datetime')).toBe('2026-02-06T09:00:00+08:00');
  });

  it('marks drafts, and only drafts, with a badge', async () => {
    await renderSidebar(POSTS);
    const badges = screen.getAllByTestId('draft-badge');
    expect(badges).toHaveLength(1);
    expect(badges[0].closest('[data-testid="post-item"]')?.getAttribute('data-path')).toBe(
      'content/posts/20260120-tea-notes/index.md',
    );
  });

  it('filters as the writer types and updates data-count', async () => {
    await renderSidebar(POSTS);
    await fireEvent.input(screen.getByTestId('post-search'), { target: { value: '#茶' } });
    const list = screen.getByTestId('post-list');
    expect(list.dataset.count).toBe('1');
    expect(within(list).getAllByTestId('post-item').map((r) => r.dataset.path)).toEqual([
      'content/posts/20260120-tea-notes/index.md',
    ]);
  });

  it('says so when nothing matches, and keeps data-count at 0', async () => {
    await renderSidebar(POSTS);
    await fireEvent.input(screen.getByTestId('post-search'), { target: { value: 'zzz' } });
    expect(screen.getByTestId('post-list').dataset.count).toBe('0');
    expect(screen.getByText('No post matches this search')).toBeTruthy();
  });

  it('says what to do for a site without posts', async () => {
    await renderSidebar([]);
    expect(screen.getByTestId('post-list').dataset.count).toBe('0');
    expect(screen.getByTestId('no-posts').textContent).toContain('content/');
  });

  it('reports the clicked post and marks the open one', async () => {
    const { onSelect } = await renderSidebar(POSTS, POSTS[2].path);
    const rows = screen.getAllByTestId('post-item');
    expect(rows.map((r) => r.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true']);
    await fireEvent.click(rows[1]);
    expect(onSelect).toHaveBeenCalledWith(POSTS[1]);
  });

  it('is one tab stop whose arrow keys move the active row and Enter opens it', async () => {
    const { onSelect } = await renderSidebar(POSTS, POSTS[0].path);
    const list = screen.getByTestId('post-list');
    expect(list.tabIndex).toBe(0);
    expect(screen.getAllByTestId('post-item').map((r) => r.tabIndex)).toEqual([-1, -1, -1]);
    expect(list.getAttribute('aria-activedescendant')).toBe('post-row-0');
    await fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(list.getAttribute('aria-activedescendant')).toBe('post-row-1');
    await fireEvent.keyDown(list, { key: 'End' });
    expect(list.getAttribute('aria-activedescendant')).toBe('post-row-2');
    await fireEvent.keyDown(list, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(POSTS[2]);
  });

  it('renders only the rows near the viewport of a long list, and counts them all', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...POSTS[i % 3], path: `content/posts/p${i}.md` }));
    await renderSidebar(many);
    const list = screen.getByTestId('post-list');
    expect(list.dataset.count).toBe('5000');
    const rendered = screen.getAllByTestId('post-item');
    expect(rendered.length).toBeLessThan(100);
    expect(rendered[0].dataset.path).toBe('content/posts/p0.md');
    await fireEvent.input(screen.getByTestId('post-search'), { target: { value: 'p4999.md' } });
    expect(list.dataset.count).toBe('1');
    expect(screen.getAllByTestId('post-item').map((r) => r.dataset.path)).toEqual(['content/posts/p4999.md']);
  });

  it('filters by tag with counts per value; data-count reflects the filters and the search', async () => {
    await renderSidebar(POSTS);
    await fireEvent.click(screen.getByTestId('filter-toggle'));
    const tags = screen.getByTestId('filter-tag') as HTMLSelectElement;
    expect([...tags.options].map((o) => o.textContent)).toContain('茶 (1)');
    await fireEvent.change(screen.getByTestId('filter-draft'), { target: { value: 'published' } });
    expect(screen.getByTestId('post-list').dataset.count).toBe('2');
    await fireEvent.input(screen.getByTestId('post-search'), { target: { value: 'rust' } });
    expect(screen.getByTestId('post-list').dataset.count).toBe('1');
    expect(screen.getByTestId('filter-toggle').textContent).toContain('1');
  });

  it('sorts by title', async () => {
    await renderSidebar(POSTS);
    await fireEvent.click(screen.getByTestId('filter-toggle'));
    await fireEvent.change(screen.getByTestId('sort'), { target: { value: 'title' } });
    expect(screen.getAllByTestId('post-item')[0].dataset.path).toBe('content/notes/hello.en.md');
  });
});
