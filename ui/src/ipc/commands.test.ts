import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { AppError } from './bindings/AppError';
import type { SiteInfo } from './bindings/SiteInfo';
import { postRead, postsList, previewRender, siteCurrent, siteOpen, siteOpenDialog } from './commands';
import { POSTS } from '../test/posts';

const SITE: SiteInfo = { root: '/home/writer/blog', title: '墨池', postCount: 3, timeZone: 'Asia/Taipei' };

/** Records each call so tests can check the command name and the argument names the shell expects. */
function recordIPC(reply: (cmd: string, args: unknown) => unknown): Array<[string, unknown]> {
  const calls: Array<[string, unknown]> = [];
  mockIPC((cmd, args) => {
    calls.push([cmd, args]);
    return reply(cmd, args);
  });
  return calls;
}

afterEach(() => clearMocks());

describe('IPC wrappers', () => {
  it('site_current returns the site, or null', async () => {
    recordIPC(() => SITE);
    await expect(siteCurrent()).resolves.toEqual(SITE);
    clearMocks();
    recordIPC(() => null);
    await expect(siteCurrent()).resolves.toBeNull();
  });

  it('site_open sends the path', async () => {
    const calls = recordIPC(() => SITE);
    await expect(siteOpen('/home/writer/blog')).resolves.toEqual(SITE);
    expect(calls).toEqual([['site_open', { path: '/home/writer/blog' }]]);
  });

  it('site_open_dialog passes a cancel through as null', async () => {
    const calls = recordIPC(() => null);
    await expect(siteOpenDialog()).resolves.toBeNull();
    expect(calls[0][0]).toBe('site_open_dialog');
  });

  it('posts_list returns the summaries', async () => {
    const calls = recordIPC(() => POSTS);
    await expect(postsList()).resolves.toEqual(POSTS);
    expect(calls[0][0]).toBe('posts_list');
  });

  it('post_read sends the path', async () => {
    const text = { path: POSTS[0].path, text: '---\ntitle: 標題\n---\n內文\n' };
    const calls = recordIPC(() => text);
    await expect(postRead(POSTS[0].path)).resolves.toEqual(text);
    expect(calls).toEqual([['post_read', { path: POSTS[0].path }]]);
  });

  it('preview_render sends the path and the unsaved text', async () => {
    const preview = { html: '<h2 id="a">甲</h2>', diagnostics: [] };
    const calls = recordIPC(() => preview);
    await expect(previewRender('content/a.md', '## 甲')).resolves.toEqual(preview);
    expect(calls).toEqual([['preview_render', { path: 'content/a.md', text: '## 甲' }]]);
  });

  it('rejects with the shell’s AppError unchanged', async () => {
    const error: AppError = {
      code: 'site-no-config',
      message: '/tmp/x: no Hugo site config here: add hugo.toml',
      path: '/tmp/x',
      line: null,
      column: null,
    };
    recordIPC(() => Promise.reject(error));
    await expect(siteOpen('/tmp/x')).rejects.toEqual(error);
  });

  it('turns a rejection that is not an AppError into one', async () => {
    recordIPC(() => Promise.reject('command posts_list not found'));
    await expect(postsList()).rejects.toMatchObject({
      code: 'unexpected',
      message: 'command posts_list not found',
      path: null,
    });
  });
});
