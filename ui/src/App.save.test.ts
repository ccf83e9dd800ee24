import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { POSTS } from './test/posts';
import App from './App.svelte';

const TEXT = '---\ntitle: 甲\n---\n\n正文\n';

/** A shell whose disk holds TEXT for every post, until the test changes `disk`. */
function mockShell() {
  const shell = { disk: TEXT, saves: [] as Array<Record<string, unknown>> };
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as { path?: string; text?: string; base?: string; force?: boolean };
    switch (cmd) {
      case 'site_current':
        return { root: '/sites/blog', title: '墨池', postCount: POSTS.length };
      case 'posts_list':
        return POSTS;
      case 'post_read':
        return { path: a.path, text: shell.disk };
      case 'preview_check':
        return [];
      case 'preview_render':
        return { html: '<p>正文</p>', diagnostics: [] };
      case 'post_save':
        shell.saves.push(a);
        if (!a.force && shell.disk !== a.base && shell.disk !== a.text) return { kind: 'conflict', disk: shell.disk };
        shell.disk = a.text ?? '';
        return { kind: 'saved', summary: null };
      default:
        return undefined;
    }
  });
  return shell;
}

async function openFirstPost(): Promise<void> {
  render(App);
  await waitFor(() => expect(screen.getAllByTestId('post-item')).toHaveLength(3));
  await fireEvent.click(screen.getAllByTestId('post-item')[0]);
  await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('saved'));
}

afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearMocks();
});

describe('tabs', () => {
  it('opens each post in its own tab and switches between them', async () => {
    mockShell();
    await openFirstPost();
    await fireEvent.click(screen.getAllByTestId('post-item')[1]);
    await waitFor(() => expect(screen.getAllByTestId('tab').map((tab) => tab.dataset.path)).toEqual([POSTS[0].path, POSTS[1].path]));
    await fireEvent.click(screen.getAllByTestId('tab')[0].querySelector('[role=tab]') as HTMLElement);
    expect(screen.getByTestId('editor').dataset.path).toBe(POSTS[0].path);
    await fireEvent.click(screen.getAllByTestId('tab')[0].querySelector('.close') as HTMLElement);
    await waitFor(() => expect(screen.getAllByTestId('tab')).toHaveLength(1));
    expect(screen.getByTestId('editor').dataset.path).toBe(POSTS[1].path);
  });
});

describe('status bar', () => {
  it('counts the words of the body, each CJK character as one', async () => {
    mockShell();
    await openFirstPost();
    await waitFor(() => expect(screen.getByTestId('word-count').dataset.words).toBe('2'));
    expect(screen.getByTestId('reading-time').textContent).toBe('1 min read');
  });
});

describe('saving', () => {
  it('Ctrl+S saves the buffer with the disk text it was read from as the base', async () => {
    const shell = mockShell();
    await openFirstPost();
    await fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(shell.saves).toHaveLength(1));
    expect(shell.saves[0]).toEqual({ path: POSTS[0].path, text: TEXT, base: TEXT, force: false });
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('saved'));
  });

  it('shows the conflict banner when the disk changed, and "Take theirs" loads the disk text', async () => {
    const shell = mockShell();
    await openFirstPost();
    shell.disk = '---\ntitle: 乙\n---\n\n別人的\n';
    await fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('conflict'));
    await fireEvent.click(screen.getByTestId('take-theirs'));
    expect(screen.queryByTestId('conflict-banner')).toBeNull();
    expect(screen.getByTestId('editor').textContent).toContain('別人的');
    expect(screen.getByTestId('save-status').dataset.state).toBe('saved');
  });

  it('"Keep mine" writes the buffer over the changed file', async () => {
    const shell = mockShell();
    await openFirstPost();
    shell.disk = 'theirs';
    await fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('conflict-banner')).toBeTruthy());
    await fireEvent.click(screen.getByTestId('keep-mine'));
    await waitFor(() => expect(shell.disk).toBe(TEXT));
    expect(shell.saves[shell.saves.length - 1].force).toBe(true);
  });
});
