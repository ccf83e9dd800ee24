// The tab labels: the same as the header's and the window's (title, else the file or bundle name).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { SaveSession } from '../../state/saveSession.svelte';
import type { PostSummary } from '../../ipc/bindings/PostSummary';
import TabBar from './TabBar.svelte';

afterEach(cleanup);

const tab = (path: string) => ({ path, session: new SaveSession({ path, base: '', text: () => '' }), state: null });

describe('TabBar', () => {
  it('labels the open tab with the buffer title and the others by list title, file name or bundle folder', () => {
    const posts = [{ path: 'content/posts/b.md', title: '列表標題' }] as unknown as PostSummary[];
    const paths = ['content/posts/a.md', 'content/posts/b.md', 'content/posts/c.md', 'content/posts/trip/index.md'];
    render(TabBar, { tabs: paths.map(tab), active: 'content/posts/a.md', posts, activeTitle: '我的標題', onSelect: () => {}, onClose: () => {} });
    const labels = screen.getAllByRole('tab').map((button) => button.textContent?.trim());
    expect(labels).toEqual(['我的標題', '列表標題', 'c.md', 'trip']);
  });
});
