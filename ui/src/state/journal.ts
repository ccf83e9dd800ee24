// Crash recovery from the UI's side: a buffer's unsaved text reaches the journal shortly after typing, and leaves it once saved.

/** Well inside the promised second between a keystroke and its text being safe on disk. */
export const JOURNAL_DELAY_MS = 400;

export interface JournalOptions {
  delayMs?: number;
  /** Stores the unsaved text of `path` (the shell's `journal_record`). */
  record: (path: string, text: string, base: string | null) => Promise<unknown>;
  /** Forgets `path` (the shell's `journal_clear`). */
  clear: (path: string) => Promise<unknown>;
}

/** What to journal for a buffer now; null when it holds nothing unsaved. */
export type Snapshot = () => { text: string; base: string | null } | null;

export interface Journaler {
  /** The buffer of `path` changed: journal it within `delayMs`, however fast the typing. */
  edited(path: string, snapshot: Snapshot): void;
  /** `path` was saved: forget it, or keep the newer text typed during the save. */
  saved(path: string, snapshot: Snapshot): void;
  /** The writer dropped the buffer on purpose. */
  forget(path: string): void;
}

export function createJournal(options: JournalOptions): Journaler {
  const delayMs = options.delayMs ?? JOURNAL_DELAY_MS;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  // Calls for one path run in order, so a late record can never undo a clear, or the reverse.
  const queues = new Map<string, Promise<unknown>>();
  const enqueue = (path: string, call: () => Promise<unknown>): void => {
    const next = (queues.get(path) ?? Promise.resolve()).then(call).catch(() => {
      // A journal that cannot be written is not a reason to interrupt the writer; saving still works.
    });
    queues.set(path, next);
  };
  const flush = (path: string, snapshot: Snapshot): void => {
    timers.delete(path);
    const now = snapshot();
    if (now === null) enqueue(path, () => options.clear(path));
    else enqueue(path, () => options.record(path, now.text, now.base));
  };
  const cancel = (path: string): void => {
    const timer = timers.get(path);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(path);
  };
  return {
    edited(path, snapshot) {
      // Throttled, not debounced: steady typing is still journaled every `delayMs`.
      if (timers.has(path)) return;
      timers.set(
        path,
        setTimeout(() => flush(path, snapshot), delayMs),
      );
    },
    saved(path, snapshot) {
      cancel(path);
      flush(path, snapshot);
    },
    forget(path) {
      cancel(path);
      enqueue(path, () => options.clear(path));
    },
  };
}
