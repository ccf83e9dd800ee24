import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { Channel } from '@tauri-apps/api/core';
import type { ChangedFile, PublishProgress, StatusReport } from './ipc/publishTypes';
import { POSTS } from './test/posts';
import App from './App.svelte';

const FILE: ChangedFile = { path: POSTS[0].path, change: 'modified', from: null, title: POSTS[0].title, draft: false };
const ERROR = { path: POSTS[0].path, line: 3, column: 7, severity: 'error', code: 'date-invalid', message: '`date` is not a date', hint: '' };

function ready(changes: ChangedFile[]): StatusReport {
  return { state: 'ready', status: { branch: 'main', upstream: 'origin/main', ahead: 0, behind: 0, remote: 'origin', operation: null, changes } };
}

/** A shell with one changed post; `diagnostics` are the plan's check results. */
function mockShell(diagnostics: unknown[] = []) {
  const shell = { calls: [] as string[], published: false };
  mockIPC((cmd, args) => {
    shell.calls.push(cmd);
    const a = (args ?? {}) as Record<string, unknown>;
    switch (cmd) {
      case 'site_current':
        return { root: '/sites/blog', title: '墨池', postCount: POSTS.length };
      case 'posts_list':
        return POSTS;
      case 'post_read':
        return { path: a.path, text: '---\ntitle: 甲\ndate: x\n---\n\n正文\n' };
      case 'preview_check':
        return [];
      case 'preview_render':
        return { html: '<p>正文</p>', diagnostics: [] };
      case 'publish_status':
        return ready(shell.published ? [] : [FILE]);
      case 'publish_plan':
        return { report: ready([FILE]), diagnostics };
      case 'publish_message':
        return 'Publish: 〈用 Rust 寫一個編輯器〉';
      case 'publish_run': {
        const channel = a.onProgress as Channel<PublishProgress>;
        channel.onmessage({ step: 'checking' });
        channel.onmessage({ step: 'pushing', remote: 'origin', branch: 'main' });
        channel.onmessage({ step: 'done' });
        shell.published = true;
        return { outcome: 'published', commit: 'feedc0ffee1234', branch: 'main', remote: 'origin', files: [FILE.path] };
      }
      // The series panel asks for the site's series; these sites have none.
      case 'series_list':
        return [];
      default:
        return undefined;
    }
  });
  return shell;
}

afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearMocks();
});

describe('publishing', () => {
  it('the button counts unpublished changes and publishing shows the steps, the commit and the branch', async () => {
    const shell = mockShell();
    render(App);
    await waitFor(() => expect(screen.getByTestId('publish').dataset.count).toBe('1'));
    await fireEvent.click(screen.getByTestId('publish'));
    await waitFor(() => expect(screen.getAllByTestId('publish-file').map((f) => f.dataset.path)).toEqual([FILE.path]));
    expect((screen.getByTestId('publish-message') as HTMLTextAreaElement).value).toBe('Publish: 〈用 Rust 寫一個編輯器〉');
    const listsBefore = shell.calls.filter((c) => c === 'posts_list').length;
    await fireEvent.click(screen.getByTestId('publish-confirm'));
    await waitFor(() => expect(screen.getByTestId('publish-status').dataset.state).toBe('done'));
    expect(screen.getByTestId('publish-status').textContent).toContain('Pushing to origin/main');
    expect(screen.getByTestId('publish-outcome').textContent).toContain('Published commit feedc0ffee to origin/main.');
    await waitFor(() => expect(screen.getByTestId('publish').dataset.count).toBe('0'));
    await waitFor(() => expect(shell.calls.filter((c) => c === 'posts_list').length).toBeGreaterThan(listsBefore));
  });

  it('an error blocks publishing and a click on it opens the post', async () => {
    mockShell([ERROR]);
    render(App);
    await waitFor(() => expect(screen.getByTestId('publish').dataset.count).toBe('1'));
    await fireEvent.click(screen.getByTestId('publish'));
    await waitFor(() => expect(screen.getAllByTestId('publish-diagnostic')).toHaveLength(1));
    expect((screen.getByTestId('publish-confirm') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('publish-diagnostic').querySelector('button') as HTMLElement);
    await waitFor(() => expect(screen.getByTestId('editor').dataset.path).toBe(FILE.path));
    expect(screen.queryByTestId('publish-file')).toBeNull();
  });
});
