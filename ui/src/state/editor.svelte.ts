// The open post and its live preview. The editor view owns the buffer; this store hears each edit and renders it.
import type { AppError } from '../ipc/bindings/AppError';
import type { PostText } from '../ipc/bindings/PostText';
import type { Preview } from '../ipc/bindings/Preview';
import * as ipc from '../ipc/commands';
import { toAppError } from '../ipc/errors';
import { latestWins } from './latestWins';

/** Anything that yields the buffer's text; the editor passes its document so text is built only when rendered. */
export interface Buffer {
  toString(): string;
}

interface RenderRequest {
  path: string;
  buffer: Buffer;
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

  #reads = 0;
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
    try {
      const text = await ipc.postRead(path);
      if (read !== this.#reads) return;
      this.loaded = text;
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
    this.#renderer.request({ path: this.path, buffer });
  }

  /** Closes the post (e.g. another site was opened). */
  close(): void {
    this.#reads++;
    this.#renderer.cancel();
    this.path = null;
    this.loaded = null;
    this.status = 'empty';
    this.error = null;
    this.preview = null;
    this.previewError = null;
  }
}
