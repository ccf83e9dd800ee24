import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { i18n } from './i18n/index.svelte';
import { POSTS } from './test/posts';
import App from './App.svelte';

/** A shell with one site and a settings store kept in memory. */
function mockShell() {
  const stored: Record<string, unknown> = {};
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as { key?: string; value?: unknown; path?: string };
    if (cmd === 'site_current') return { root: '/sites/blog', title: '墨池', postCount: POSTS.length };
    if (cmd === 'posts_list') return POSTS;
    if (cmd === 'post_read') return { path: a.path, text: '---\ntitle: 甲\n---\n' };
    if (cmd === 'preview_render') return { html: '', diagnostics: [] };
    if (cmd === 'preview_check') return [];
    if (cmd === 'plugin:store|load') return 1;
    if (cmd === 'plugin:store|get') return [stored[a.key ?? ''], a.key !== undefined && a.key in stored];
    if (cmd === 'plugin:store|set') stored[a.key ?? ''] = a.value;
    return null;
  });
  return stored;
}

afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearMocks();
  i18n.locale = 'en';
  delete document.documentElement.dataset.theme;
});

describe('settings', () => {
  it('switches the UI to Traditional Chinese and stores the choice', async () => {
    const stored = mockShell();
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('post-item')).toHaveLength(3));
    await fireEvent.click(screen.getByTestId('open-settings'));
    await fireEvent.change(screen.getByTestId('setting-language'), { target: { value: 'zh-TW' } });
    await waitFor(() => expect(screen.getByTestId('open-settings').textContent?.trim()).toBe('設定'));
    expect(screen.getByTestId('open-site').textContent).toBe('開啟網站…');
    await waitFor(() => expect((stored.ui as { language: string }).language).toBe('zh-TW'));
  });

  it('applies the dark theme as data-theme on <html>', async () => {
    mockShell();
    render(App);
    await fireEvent.click(screen.getByTestId('open-settings'));
    await fireEvent.change(screen.getByTestId('setting-theme'), { target: { value: 'dark' } });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('Ctrl+P opens the quick picker; Enter opens the best match', async () => {
    mockShell();
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('post-item')).toHaveLength(3));
    await fireEvent.keyDown(window, { key: 'p', ctrlKey: true });
    const input = screen.getByTestId('quick-open-input');
    await fireEvent.input(input, { target: { value: 'hello' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('editor').dataset.path).toBe('content/notes/hello.en.md'));
  });
});
