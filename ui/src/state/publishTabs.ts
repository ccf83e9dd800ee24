// After publishing flipped drafts on disk, the open tabs of those posts read the new text (they were saved before publishing).
import type { EditorStore } from './editor.svelte';

/** Re-reads each open tab among `changedOnDisk`, then shows the tab that was shown before. */
export async function reloadTabs(editor: EditorStore, changedOnDisk: readonly string[]): Promise<void> {
  const active = editor.path;
  const stale = editor.tabs.filter((tab) => changedOnDisk.includes(tab.path) && !tab.session.dirty).map((tab) => tab.path);
  if (stale.length === 0) return;
  for (const path of stale) {
    editor.closeTab(path);
    await editor.open(path);
  }
  if (active !== null && editor.path !== active) await editor.open(active);
}
