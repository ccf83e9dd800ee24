// Crash recovery on launch: the unsaved buffers an earlier run left in the journal, each restored or discarded by the writer.
import type { RecoveredBuffer } from '../ipc/bindings/RecoveredBuffer';
import * as ipc from '../ipc/commands';

export class RecoveryStore {
  /** Buffers still waiting for the writer's choice; the dialog shows while any are left. */
  entries = $state.raw<RecoveredBuffer[]>([]);
  #loadedFor: string | null = null;

  /** Asks the shell once per site; nothing is restored without the writer's choice. */
  async load(root: string): Promise<void> {
    if (this.#loadedFor === root) return;
    this.#loadedFor = root;
    try {
      // A shell that answers nothing (tests without a journal) offers nothing.
      this.entries = (await ipc.journalPending()) ?? [];
    } catch {
      this.entries = []; // An unreadable journal has nothing to offer; saving still works.
    }
  }

  /** Opens the text as unsaved work in the editor; the journal keeps it until it is saved. */
  async restore(entry: RecoveredBuffer, open: (path: string, text: string, changedOnDisk: boolean) => Promise<void>): Promise<void> {
    this.#drop(entry);
    await open(entry.path, entry.text, !entry.baseMatchesDisk);
  }

  /** The writer does not want this text back. */
  async discard(entry: RecoveredBuffer): Promise<void> {
    this.#drop(entry);
    await ipc.journalClear(entry.path).catch(() => {});
  }

  /** Decide later: the entries stay journaled and come back on the next launch. */
  later(): void {
    this.entries = [];
  }

  #drop(entry: RecoveredBuffer): void {
    this.entries = this.entries.filter((candidate) => candidate !== entry);
  }
}
