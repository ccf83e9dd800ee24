// The open post, its live preview and its saving. The editor view owns the buffer; this store hears each edit.
import type { AppError } from '../ipc/bindings/AppError';
import type { PostSummary } from '../ipc/bindings/PostSummary';
import type { PostText } from '../ipc/bindings/PostText';
import type { Preview } from '../ipc/bindings/Preview';
import * as ipc from '../ipc/commands';
import { toAppError } from '../ipc/errors';
import { createAutosave } from './autosave';
import { latestWins } from './latestWins';
import { SaveSession } from './saveSession.svelte';

/** Anything that yields the buffer's text; the editor passes its document so text is built only when rendered. */
export interface Buffer {
  toString(): string;
}

interface RenderRequest {
  path: string;
  buffer: Buffer;
}

/** What the store may ask of the mounted editor view. */
export interface EditorHandle {
  text(): string;
  /** Replaces the buffer with `text` as one minimal, undoable change. */
  replace(text: string): void;
  /** True while an input method is composing. */
  composing(): boolean;
  /** Puts the cursor at a 1-based line and character column, scrolls there and focuses the editor. */
  jump(line: number, column: number): void;
}

export type EditorStatus = 'empty' | 'loading' | 'ready' | 'error';

/** Long enough to let a burst of keystrokes (or an IME commit) settle, short enough to feel live. */
export const PREVIEW_DEBOUNCE_MS = 80;

export class EditorStore {
  path = $state<string | null>(null);
  /** The text as read from disk; a new value tells the editor view to replace its document. */
  loaded = $state.raw<PostText | null>(null);
  status = $state<EditorStatus>('empty');
  error = $state.raw<AppError | null>(null);
  preview = $state.raw<Preview | null>(null);
  previewError = $state.raw<AppError | null>(null);
  /** The open post's save state; null when no post is open. */
  session = $state.raw<SaveSession | null>(null);
  /** Counts buffer changes, so views that read the text (the form, the word count) know when to look again. */
  revision = $state(0);
  /** Set by the editor view once mounted. */
  handle: EditorHandle | null = null;
  /** Hears each successful save (the site store refreshes the post's list entry). */
  onSaved: (summary: PostSummary | null) => void = () => {};

  #reads = 0;
  #autosave = createAutosave({
    delayMs: 2000,
    isComposing: () => this.handle?.composing() ?? false,
    isDirty: () => this.session?.dirty ?? false,
    save: () => void this.save(),
  });
  #renderer = latestWins<RenderRequest, Preview>({
    delayMs: PREVIEW_DEBOUNCE_MS,
    run: ({ path, buffer }) => ipc.previewRender(path, buffer.toString()),
    onResult: (preview, { path }) => {
      if (path !== this.path) return;
      this.preview = preview;
      this.previewError = null;
    },
    onError: (reason, { path }) => {
      if (path !== this.path) return;
      // Keep the last good preview on screen; say that it is stale.
      this.previewError = toAppError(reason);
    },
  });

  /** Opens the post at `path`: reads it, then renders its preview at once. */
  async open(path: string): Promise<void> {
    const read = ++this.#reads;
    this.path = path;
    this.status = 'loading';
    this.error = null;
    this.#renderer.cancel();
    this.#autosave.cancel();
    this.session = null;
    try {
      const text = await ipc.postRead(path);
      if (read !== this.#reads) return;
      this.loaded = text;
      this.session = new SaveSession({
        path,
        base: text.text,
        text: () => this.handle?.text() ?? text.text,
        onSaved: (summary) => this.onSaved(summary),
      });
      this.preview = null;
      this.previewError = null;
      this.status = 'ready';
      this.#renderer.runNow({ path, buffer: text.text });
    } catch (reason) {
      if (read !== this.#reads) return;
      this.error = toAppError(reason);
      this.status = 'error';
    }
  }

  /** The writer changed the buffer of the open post: re-render after a short pause. */
  edited(buffer: Buffer): void {
    if (this.path === null || this.status !== 'ready') return;
    this.session?.edited();
    this.revision++;
    this.#autosave.edited();
    this.#renderer.request({ path: this.path, buffer });
  }

  /** True when the open post has text the disk does not. */
  get dirty(): boolean {
    return this.session?.dirty ?? false;
  }

  /** Saves the open post now (Ctrl/Cmd+S); true when it reached the disk or nothing needed saving. */
  async save(): Promise<boolean> {
    const session = this.session;
    if (session === null) return true;
    this.#autosave.cancel();
    return session.save();
  }

  /** The window lost focus: autosave (held back while an input method composes). */
  blurred(): void {
    this.#autosave.blurred();
  }

  compositionEnded(): void {
    this.#autosave.compositionEnded();
  }

  setAutosaveDelay(ms: number): void {
    this.#autosave.setDelay(ms);
  }

  /** Replaces the buffer with `text` as one undoable change (a form edit, or "take theirs"). */
  replaceText(text: string): void {
    this.handle?.replace(text);
  }

  /** Shows a diagnostic's place in the text. */
  jumpTo(line: number, column: number): void {
    this.handle?.jump(line, column);
  }

  /** The buffer's text now. */
  text(): string {
    return this.handle?.text() ?? this.loaded?.text ?? '';
  }

  /** Closes the post (e.g. another site was opened). */
  close(): void {
    this.#reads++;
    this.#renderer.cancel();
    this.#autosave.cancel();
    this.session = null;
    this.path = null;
    this.loaded = null;
    this.status = 'empty';
    this.error = null;
    this.preview = null;
    this.previewError = null;
  }
}
