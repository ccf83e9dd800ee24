import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import type { PostSummary } from './ipc/bindings/PostSummary';
import { POSTS, post } from './test/posts';
import App from './App.svelte';

const BLOG = { root: '/sites/blog', title: '墨池', postCount: POSTS.length };
const OTHER = { root: '/sites/other', title: 'Other site', postCount: 1 };
const OTHER_POSTS: PostSummary[] = [post({ path: 'content/only.md', title: 'Only post' })];

/** A shell serving BLOG first; after the test emits `site-opened`, OTHER. */
function mockShell(): { current: string } {
  const state = { current: BLOG.root };
  mockIPC(
    (cmd, args) => {
      const a = (args ?? {}) as { path?: string; text?: string };
      switch (cmd) {
        case 'site_current':
          return BLOG;
        case 'posts_list':
          return state.current === BLOG.root ? POSTS : OTHER_POSTS;
        case 'post_read':
          return { path: a.path, text: '---\ntitle: 甲\n---\n\n## 第一節\n\n## 第二節\n' };
        case 'preview_check':
          return [];
        case 'preview_render':
          return { html: '<h2 id="第一節">第一節</h2>\n<h2 id="第二節">第二節</h2>', diagnostics: [] };
        default:
          return undefined;
      }
    },
    { shouldMockEvents: true },
  );
  return state;
}

afterEach(async () => {
  cleanup();
  // Unmounting unlistens asynchronously; let that finish before the mocked event bus goes away.
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearMocks();
});

describe('App', () => {
  it('lists the posts of the site opened at launch and says what to do', async () => {
    mockShell();
    render(App);
    await waitFor(() => expect(screen.getByTestId('post-list').dataset.count).toBe('3'));
    expect(screen.getByTestId('site-title').textContent).toBe('墨池');
    expect(screen.getByTestId('no-post').textContent).toContain('No post open — pick one on the left');
  });

  it('opens a clicked post in the editor', async () => {
    mockShell();
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('post-item')).toHaveLength(3));
    await fireEvent.click(screen.getAllByTestId('post-item')[1]);
    await waitFor(() => expect(screen.getByTestId('editor').dataset.path).toBe(POSTS[1].path));
    expect(screen.getByTestId('editor').textContent).toContain('## 第一節');
    expect(screen.queryByTestId('no-post')).toBeNull();
    expect(screen.getAllByTestId('post-item')[1].getAttribute('aria-selected')).toBe('true');
  });

  it('shows the rendered body in the sandboxed preview frame, readable from outside', async () => {
    mockShell();
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('post-item')).toHaveLength(3));
    await fireEvent.click(screen.getAllByTestId('post-item')[0]);
    const frame = screen.getByTestId('preview').querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('allow-same-origin');
    await waitFor(() => expect(frame?.contentDocument?.querySelectorAll('h2')).toHaveLength(2));
    expect(frame?.contentDocument?.querySelector('h2')?.textContent).toBe('第一節');
  });

  it('reloads everything when the shell opens another site', async () => {
    const shell = mockShell();
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('post-item')).toHaveLength(3));
    await fireEvent.click(screen.getAllByTestId('post-item')[0]);
    await waitFor(() => expect(screen.getByTestId('editor').dataset.path).toBe(POSTS[0].path));
    shell.current = OTHER.root;
    await emit('site-opened', OTHER);
    await waitFor(() => expect(screen.getByTestId('site-title').textContent).toBe('Other site'));
    expect(screen.getByTestId('post-list').dataset.count).toBe('1');
    expect(screen.getByTestId('no-post')).toBeTruthy();
  });
});
