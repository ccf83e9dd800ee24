// One batch of changes on disk, applied to what the window shows: the post list, the open tabs, the preview.
import type { SiteChanges } from '../ipc/bindings/SiteChanges';
import type { SiteChange } from '../ipc/bindings/SiteChange';
import type { Gone } from './saveSession.svelte';
import { assetsChanged } from '../preview/assetVersions.svelte';

/** What the batch needs from the site store. */
export interface SiteSide {
  refreshPosts(site: SiteChanges['reopened']): Promise<void>;
}

/** What the batch needs from the editor store. */
export interface EditorSide {
  tabs: ReadonlyArray<{ path: string }>;
  path: string | null;
  followDiskChange(path: string): Promise<void>;
  diskGone(path: string, gone: Gone): void;
  rerender(): void;
}

/** The open tabs a change concerns; a removed folder concerns every tab under it. */
function tabsUnder(editor: EditorSide, path: string): string[] {
  return editor.tabs.map((tab) => tab.path).filter((tab) => tab === path || tab.startsWith(`${path}/`));
}

/** For each open tab: what happened to its file, the last word winning. */
export function tabEffects(editor: EditorSide, changes: SiteChange[]): Map<string, 'changed' | Gone> {
  const effects = new Map<string, 'changed' | Gone>();
  for (const change of changes) {
    if (change.kind === 'renamed') {
      for (const tab of tabsUnder(editor, change.from)) {
        effects.set(tab, { kind: 'renamed', to: change.path + tab.slice(change.from.length) });
      }
      if (editor.tabs.some((tab) => tab.path === change.path)) effects.set(change.path, 'changed');
    } else if (change.kind === 'removed') {
      for (const tab of tabsUnder(editor, change.path)) effects.set(tab, { kind: 'deleted' });
    } else if (editor.tabs.some((tab) => tab.path === change.path)) {
      effects.set(change.path, 'changed');
    }
  }
  return effects;
}

/** Applies a batch: the list first (so a reopened tab finds its post), then each affected tab, then the preview. */
export async function applyDiskChanges(batch: SiteChanges, site: SiteSide, editor: EditorSide): Promise<void> {
  // Images the preview shows may be among the changed files: they get new URLs, so they load again.
  assetsChanged(batch.reopened !== null ? 'all' : batch.changes.flatMap((change) => (change.kind === 'renamed' ? [change.from, change.path] : [change.path])));
  if (batch.postsChanged || batch.reopened !== null) await site.refreshPosts(batch.reopened);
  const effects = tabEffects(editor, batch.changes);
  await Promise.all(
    [...effects].map(([path, effect]) => (effect === 'changed' ? editor.followDiskChange(path) : (editor.diskGone(path, effect), null))),
  );
  const openChanged = editor.path !== null && effects.get(editor.path) === 'changed';
  // Checks read the whole index (links, series), so any change may change the open post's diagnostics.
  if (!openChanged && (batch.previewStale || batch.postsChanged)) editor.rerender();
}

/** Listens for the shell's batches and applies them one after another, in order; returns the function that stops. */
export function followDisk(listen: (handler: (batch: SiteChanges) => void) => Promise<() => void>, site: SiteSide, editor: EditorSide): () => void {
  let queue: Promise<void> = Promise.resolve();
  const stop = listen((batch) => {
    queue = queue.then(() => applyDiskChanges(batch, site, editor)).catch(() => {});
  }).catch(() => () => {
    // Outside Tauri (vite dev in a browser) there is no event bus.
  });
  return () => void stop.then((unlisten) => unlisten());
}
