// The metadata form's state: the site's schema, the open buffer's front matter, and edits applied as editor changes.
import type { AppError } from '../ipc/bindings/AppError';
import type { EditedText, FieldSpec, FieldValue } from '../ipc/types';
import * as ipc from '../ipc/commands';
import { toAppError } from '../ipc/errors';
import { NO_FRONT_MATTER, readFrontMatter } from '../meta/frontMatter';
import type { FmBlock } from '../meta/frontMatter';

/** What the form needs of the editor: the buffer and a way to change it undoably. */
export interface BufferAccess {
  text(): string;
  replaceText(text: string): void;
}

export class MetaStore {
  schema = $state.raw<FieldSpec[]>([]);
  block = $state.raw<FmBlock>(NO_FRONT_MATTER);
  /** The last failed edit, shown above the form. */
  error = $state.raw<AppError | null>(null);
  /** Keys added from the menu that have no value yet: shown as empty rows. */
  pending = $state.raw<string[]>([]);

  #buffer: BufferAccess;
  // A cache the view never reads directly, so it needs no reactivity.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #values = new Map<string, Promise<FieldValue[]>>();

  constructor(buffer: BufferAccess) {
    this.#buffer = buffer;
  }

  /** Loads the schema of the open site; autocomplete values are fetched again on demand. */
  async loadSchema(): Promise<void> {
    this.#values.clear();
    try {
      this.schema = (await ipc.schemaGet()).fields;
    } catch (reason) {
      this.schema = [];
      this.error = toAppError(reason);
    }
  }

  /** Re-reads the front matter from the buffer (after typing, or a post opened). */
  refresh(): void {
    const block = readFrontMatter(this.#buffer.text());
    // Typing in the body leaves the block as it was: the form need not redraw.
    if (JSON.stringify(block) !== JSON.stringify(this.block)) this.block = block;
    const present = this.block.fields.map((f) => f.key.toLowerCase());
    if (this.pending.some((key) => present.includes(key.toLowerCase()))) {
      this.pending = this.pending.filter((key) => !present.includes(key.toLowerCase()));
    }
  }

  /** A post opened: forget rows added for the previous one. */
  reset(): void {
    this.pending = [];
    this.error = null;
    this.refresh();
  }

  /** Every value the site uses for `key`, fetched once per site. */
  values(key: string): Promise<FieldValue[]> {
    let values = this.#values.get(key);
    if (values === undefined) {
      values = ipc.fieldValues(key).catch(() => []);
      this.#values.set(key, values);
    }
    return values;
  }

  addField(key: string): void {
    if (!this.pending.includes(key)) this.pending = [...this.pending, key];
  }

  set(key: string, value: unknown): Promise<boolean> {
    return this.#edit((text) => ipc.fmSet(text, key, value));
  }

  unset(key: string): Promise<boolean> {
    this.pending = this.pending.filter((k) => k !== key);
    return this.#edit((text) => ipc.fmUnset(text, key));
  }

  /**
   * Runs an edit on the current buffer and applies the result as one editor change. When the
   * writer typed while the shell worked, the result is stale: the edit runs again on the new text.
   */
  async #edit(run: (text: string) => Promise<EditedText>): Promise<boolean> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = this.#buffer.text();
      let edited: EditedText;
      try {
        edited = await run(before);
      } catch (reason) {
        this.error = toAppError(reason);
        return false;
      }
      if (this.#buffer.text() !== before) continue;
      this.error = null;
      this.#buffer.replaceText(edited.text);
      this.refresh();
      return true;
    }
    return false;
  }

  dismissError(): void {
    this.error = null;
  }
}
