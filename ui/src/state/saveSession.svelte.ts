// One open post's save state: what the disk held when last read or saved (the base), and whether the buffer moved on.
import type { AppError } from '../ipc/bindings/AppError';
import type { PostSummary } from '../ipc/bindings/PostSummary';
import * as ipc from '../ipc/commands';
import { toAppError } from '../ipc/errors';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

/** The file is no longer where the buffer came from: deleted, or moved to `to`. */
export type Gone = { kind: 'deleted' } | { kind: 'renamed'; to: string };

/** What an outside change to the file means for the buffer. */
export type ExternalChange = 'same' | 'reload' | 'conflict';

/** Git-style marker lines a conflicting merge leaves in the buffer, as the core writes them. */
const MARKER = /^(<<<<<<< mine|=======|>>>>>>> disk)\r?$/mu;

export interface SaveSessionOptions {
  path: string;
  /** The text as read from disk. */
  base: string;
  /** The buffer's current text. */
  text: () => string;
  onSaved?: (summary: PostSummary | null) => void;
}

export class SaveSession {
  state = $state<SaveState>('saved');
  error = $state.raw<AppError | null>(null);
  /** The disk text that differs from both the base and the buffer; set while `state` is `conflict`. */
  disk = $state<string | null>(null);
  /** Set when the file was deleted or moved on disk while open; the buffer stays. */
  gone = $state.raw<Gone | null>(null);
  /** True while a conflicting merge's markers are in the buffer, waiting for the writer. */
  resolving = $state(false);

  readonly path: string;
  #base: string;
  #text: () => string;
  #onSaved: (summary: PostSummary | null) => void;
  // Edits are counted so a save that raced with typing leaves the buffer dirty.
  #edits = 0;
  #savedEdits = 0;
  #inFlight: Promise<boolean> | null = null;

  constructor(options: SaveSessionOptions) {
    this.path = options.path;
    this.#base = options.base;
    this.#text = options.text;
    this.#onSaved = options.onSaved ?? (() => {});
  }

  /** True when the buffer holds text the disk does not. */
  get dirty(): boolean {
    return this.#edits !== this.#savedEdits;
  }

  /** The text the disk held when last read or saved: the last version buffer and disk shared. */
  get base(): string {
    return this.#base;
  }

  /**
   * The buffer changed. `text` gives the new text when the caller hears of the change before
   * the buffer shows it (the editor reports a change before drawing it); by default the buffer's.
   */
  edited(text: () => string = this.#text): void {
    this.#edits++;
    if (this.resolving && !MARKER.test(text())) {
      // The writer settled every marked conflict: the merge is now ordinary unsaved text.
      this.resolving = false;
      this.state = 'dirty';
    }
    if (this.state === 'saved' || this.state === 'error') this.state = 'dirty';
  }

  /**
   * The file on disk now holds `disk` (someone else wrote it). A clean buffer follows it
   * (`reload`: the caller swaps the text, then calls `reloaded`); unsaved text is never
   * overwritten: the session waits in `conflict` for the writer's choice.
   */
  externalChange(disk: string): ExternalChange {
    this.gone = null;
    if (disk === this.#text()) {
      this.#base = disk;
      if (!this.resolving && this.state !== 'saving') {
        this.#savedEdits = this.#edits;
        this.disk = null;
        this.state = 'saved';
      }
      return 'same';
    }
    if (!this.dirty && this.state !== 'conflict' && !this.resolving) return 'reload';
    this.disk = disk;
    this.resolving = false;
    this.state = 'conflict';
    return 'conflict';
  }

  /** The clean buffer now shows `disk`: that is the new base, nothing to save. */
  reloaded(disk: string): void {
    this.#base = disk;
    this.#savedEdits = this.#edits;
    this.disk = null;
    this.error = null;
    this.state = 'saved';
  }

  /**
   * The file was deleted or moved away on disk: the buffer stays open and says so. A choice
   * between the buffer and a disk version that is no longer there is moot: the conflict ends
   * and the text is unsaved work (markers of a merge already in the buffer stay the writer's).
   */
  markGone(gone: Gone): void {
    this.gone = gone;
    if (this.state === 'conflict' && !this.resolving) {
      this.disk = null;
      this.state = 'dirty';
    }
  }

  /**
   * A three-way merge went into the buffer (the caller swapped the text). Clean: the
   * merged text is unsaved work on top of the disk version. Conflicted: the markers wait
   * for the writer, and the state stays `conflict` until they are gone.
   */
  merged(conflicted: boolean): void {
    const disk = this.disk;
    if (disk === null) return;
    this.#base = disk;
    this.disk = null;
    this.error = null;
    this.resolving = conflicted;
    this.state = conflicted ? 'conflict' : 'dirty';
    // The merged text differs from the disk: unsaved until written.
    if (this.#savedEdits === this.#edits) this.#savedEdits = this.#edits - 1;
  }

  /** Saves the buffer; true when it reached the disk. A conflict waits for the writer's choice. */
  async save(force = false): Promise<boolean> {
    if (this.#inFlight !== null) return this.#inFlight;
    if (this.state === 'conflict' && (!force || this.resolving)) return false;
    this.#inFlight = this.#write(force);
    try {
      return await this.#inFlight;
    } finally {
      this.#inFlight = null;
    }
  }

  /** "Keep mine": write the buffer over the changed file. */
  keepMine(): Promise<boolean> {
    return this.save(true);
  }

  /** "Take theirs": the buffer becomes the disk text, which is then the base; `replace` swaps the editor text. */
  takeTheirs(replace: (text: string) => void): void {
    const disk = this.disk;
    if (disk === null) return;
    replace(disk);
    this.#base = disk;
    this.#savedEdits = this.#edits;
    this.disk = null;
    this.error = null;
    this.resolving = false;
    this.state = 'saved';
  }

  /**
   * Another part of the app wrote `disk` to this file (a series edit). A clean buffer
   * takes it (`replace` swaps the editor text); unsaved text is kept and the writer
   * chooses, as after an outside change. Returns what happened.
   */
  diskChanged(disk: string, replace: (text: string) => void): 'reloaded' | 'conflict' {
    if (this.dirty || this.state === 'conflict') {
      this.disk = disk;
      this.state = 'conflict';
      return 'conflict';
    }
    this.disk = disk;
    this.takeTheirs(replace);
    return 'reloaded';
  }

  async #write(force: boolean): Promise<boolean> {
    const text = this.#text();
    const edits = this.#edits;
    this.state = 'saving';
    try {
      const reply = await ipc.postSave(this.path, text, this.#base, force);
      if (reply.kind === 'conflict') {
        this.disk = reply.disk;
        this.state = 'conflict';
        return false;
      }
      this.#base = text;
      this.#savedEdits = edits;
      this.error = null;
      this.gone = null;
      // Someone wrote the file again while this save was on its way: that still needs a choice.
      if (this.disk !== null && this.disk !== text && (this.state as SaveState) === 'conflict') return true;
      this.disk = null;
      this.state = this.dirty ? 'dirty' : 'saved';
      this.#onSaved(reply.summary);
      return true;
    } catch (reason) {
      this.error = toAppError(reason);
      this.state = 'error';
      return false;
    }
  }
}
