import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { SeriesChanges, SeriesOverview } from '../../ipc/types';
import { SeriesStore } from '../../state/series.svelte';
import SeriesPanel from './SeriesPanel.svelte';

const part = (n: number, draft = false) => ({
  path: `content/posts/p${n}.md`,
  title: `第${n}篇`,
  part: n,
  order: n,
  draft,
  date: `2026-01-0${n}`,
  url: `/posts/p${n}/`,
  lang: 'zh-tw',
});

const SERIES: SeriesOverview = {
  name: '寫作工具',
  lang: 'zh-tw',
  ordered_by: { by: 'field', field: 'series_weight' },
  posts: [part(1), part(2), part(3, true)],
  gaps: [],
  duplicates: [],
  first_date: '2026-01-01',
  last_date: '2026-01-03',
  problems: [
    {
      path: 'content/posts/p2.md',
      line: 7,
      column: 1,
      severity: 'warning',
      code: 'series-block-stale',
      message: 'the series block of “寫作工具” is out of date: it says part 3, but this is part 2',
      hint: 'run `inkstone series sync 寫作工具`',
    },
  ],
};

const SYNC: SeriesChanges = {
  changes: [{ path: 'content/posts/p2.md', before: 'old\n', after: 'new\n' }],
  diff: '--- a/content/posts/p2.md\n+++ b/content/posts/p2.md\n@@ -1 +1 @@\n-old\n+new\n',
  summaries: [],
};

/** A shell with one series; records every command after the list. */
function mockShell(): Array<[string, unknown]> {
  const calls: Array<[string, unknown]> = [];
  mockIPC((cmd, args) => {
    if (cmd === 'series_list') return [SERIES];
    calls.push([cmd, args]);
    if (cmd === 'series_sync_preview') return SYNC;
    return { ...SYNC, summaries: [] };
  });
  return calls;
}

async function renderPanel() {
  const calls = mockShell();
  const store = new SeriesStore();
  await store.load();
  render(SeriesPanel, { store, openPost: null, onOpen: () => {} });
  return { calls, store };
}

afterEach(() => {
  cleanup();
  clearMocks();
});

describe('SeriesPanel', () => {
  it('lists the parts in order with drafts and problems marked', async () => {
    await renderPanel();
    const items = screen.getAllByTestId('series-item');
    expect(items.map((i) => i.dataset.path)).toEqual(['content/posts/p1.md', 'content/posts/p2.md', 'content/posts/p3.md']);
    expect(within(items[2]).getByTestId('draft-badge')).toBeTruthy();
    const problem = within(items[1]).getByTestId('series-problem');
    expect(problem.dataset.code).toBe('series-block-stale');
    expect(problem.textContent).toContain('it says part 3, but this is part 2');
  });

  it('moves a focused part up with Alt+ArrowUp and announces its new place', async () => {
    const { calls } = await renderPanel();
    const third = screen.getAllByTestId('series-item')[2];
    third.focus();
    await fireEvent.keyDown(third, { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(calls.length).toBe(1));
    expect(calls[0]).toEqual([
      'series_reorder',
      { name: '寫作工具', order: ['content/posts/p1.md', 'content/posts/p3.md', 'content/posts/p2.md'], dryRun: false },
    ]);
    await waitFor(() => expect(screen.getByTestId('series-announce').textContent).not.toBe(''));
  });

  it('leaves the order alone for ArrowUp without Alt and at the top', async () => {
    const { calls } = await renderPanel();
    const [first, second] = screen.getAllByTestId('series-item');
    await fireEvent.keyDown(second, { key: 'ArrowUp' });
    await fireEvent.keyDown(first, { key: 'ArrowUp', altKey: true });
    expect(calls).toEqual([]);
  });

  it('shows the sync diff and writes only after the confirmation', async () => {
    const { calls } = await renderPanel();
    await fireEvent.click(screen.getByTestId('series-sync'));
    const diff = await screen.findByTestId('series-sync-diff');
    expect(diff.textContent).toContain('+new');
    expect(calls.map(([cmd]) => cmd)).toEqual(['series_sync_preview']);
    await fireEvent.click(screen.getByTestId('series-sync-confirm'));
    await waitFor(() => expect(calls.map(([cmd]) => cmd)).toEqual(['series_sync_preview', 'series_sync_apply']));
    expect(calls[1][1]).toEqual({ name: '寫作工具' });
  });
});
