// After publishing flipped drafts on disk, the open tabs of those posts take the new text (they were saved before publishing).
import * as ipc from '../ipc/commands';
import type { EditorStore } from './editor.svelte';

/** Reads each open post among `changedOnDisk` and hands its new text to its tab. */
export async function reloadTabs(editor: EditorStore, changedOnDisk: readonly string[]): Promise<void> {
  const open = editor.tabs.filter((tab) => changedOnDisk.includes(tab.path)).map((tab) => tab.path);
  for (const path of open) {
    try {
      editor.diskChanged(path, (await ipc.postRead(path)).text);
    } catch {
      // A post that cannot be read now keeps its tab as it was; its next save reports why.
    }
  }
}
