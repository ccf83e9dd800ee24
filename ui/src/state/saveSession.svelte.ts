// One open post's save state: what the disk held when last read or saved (the base), and whether the buffer moved on.
import type { AppError } from '../ipc/bindings/AppError';
import type { PostSummary } from '../ipc/bindings/PostSummary';
import * as ipc from '../ipc/commands';
import { toAppError } from '../ipc/errors';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

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

  /** The buffer changed. */
  edited(): void {
    this.#edits++;
    if (this.state === 'saved' || this.state === 'error') this.state = 'dirty';
  }

  /** Saves the buffer; true when it reached the disk. A conflict waits for the writer's choice. */
  async save(force = false): Promise<boolean> {
    if (this.#inFlight !== null) return this.#inFlight;
    if (this.state === 'conflict' && !force) return false;
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
      this.disk = null;
      this.error = null;
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
