import { afterEach, describe, expect, it } from 'vitest';
import { assetVersion, resetAssetVersions } from '../preview/assetVersions.svelte';
import { applyDiskChanges, tabEffects } from './diskSync';
import type { EditorSide } from './diskSync';

function editorWith(paths: string[], open: string | null = paths[0] ?? null) {
  const calls: string[] = [];
  const editor: EditorSide = {
    tabs: paths.map((path) => ({ path })),
    path: open,
    followDiskChange: async (path) => void calls.push(`changed ${path}`),
    diskGone: (path, gone) => void calls.push(`gone ${path} ${gone.kind === 'renamed' ? `-> ${gone.to}` : 'deleted'}`),
    rerender: () => void calls.push('rerender'),
  };
  return { calls, editor };
}

describe('disk changes', () => {
  it('a renamed folder moves every open tab under it', () => {
    const { editor } = editorWith(['content/a/x.md', 'content/b.md']);
    const effects = tabEffects(editor, [{ path: 'content/z', kind: 'renamed', from: 'content/a' }]);
    expect([...effects]).toEqual([['content/a/x.md', { kind: 'renamed', to: 'content/z/x.md' }]]);
  });

  it('edits and removals reach their tabs; the list is asked for first', async () => {
    const { calls, editor } = editorWith(['content/a.md', 'content/b.md']);
    const site = { refreshPosts: async () => void calls.push('list') };
    await applyDiskChanges(
      {
        changes: [
          { path: 'content/a.md', kind: 'modified' },
          { path: 'content/b.md', kind: 'removed' },
          { path: 'content/c.md', kind: 'created' },
        ],
        postsChanged: true,
        previewStale: false,
        reopened: null,
      },
      site,
      editor,
    );
    expect(calls).toEqual(['list', 'changed content/a.md', 'gone content/b.md deleted']);
  });

  it('a changed shortcode renders the open post again', async () => {
    const { calls, editor } = editorWith(['content/a.md']);
    await applyDiskChanges(
      { changes: [{ path: 'layouts/shortcodes/x.html', kind: 'modified' }], postsChanged: false, previewStale: true, reopened: null },
      { refreshPosts: async () => {} },
      editor,
    );
    expect(calls).toEqual(['rerender']);
  });

  describe('images the preview may show', () => {
    afterEach(() => resetAssetVersions());

    it('every file of a batch gets a new version, renamed ones under both names', async () => {
      const { editor } = editorWith(['content/a.md']);
      await applyDiskChanges(
        {
          changes: [
            { path: 'static/images/new.webp', kind: 'created' },
            { path: 'static/images/b.png', kind: 'renamed', from: 'static/images/a.png' },
          ],
          postsChanged: false,
          previewStale: true,
          reopened: null,
        },
        { refreshPosts: async () => {} },
        editor,
      );
      expect(assetVersion('static/images/new.webp')).toBeGreaterThan(0);
      expect(assetVersion('static/images/a.png')).toBeGreaterThan(0);
      expect(assetVersion('static/images/b.png')).toBeGreaterThan(0);
      expect(assetVersion('static/images/untouched.png')).toBe(0);
    });
  });
});
