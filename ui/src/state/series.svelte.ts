// The series panel's data: every series of the site, and the operations that change them on disk.
import type { AppError } from '../ipc/bindings/AppError';
import type { SeriesChanges, SeriesOverview } from '../ipc/types';
import * as ipc from '../ipc/commands';
import { toAppError } from '../ipc/errors';

export type SeriesStatus = 'idle' | 'loading' | 'ready';

export class SeriesStore {
  all = $state.raw<SeriesOverview[]>([]);
  status = $state<SeriesStatus>('idle');
  error = $state.raw<AppError | null>(null);
  /** True while an operation is writing; the panel holds further edits until it is done. */
  busy = $state(false);
  /** Hears every write, so the post list and open tabs can take the new texts. */
  onWritten: (changes: SeriesChanges) => void = () => {};

  #generation = 0;

  async load(): Promise<void> {
    const generation = ++this.#generation;
    if (this.status === 'idle') this.status = 'loading';
    try {
      const all = await ipc.seriesList();
      if (generation !== this.#generation) return;
      this.all = all;
      this.error = null;
    } catch (reason) {
      if (generation !== this.#generation) return;
      this.error = toAppError(reason);
    } finally {
      if (generation === this.#generation) this.status = 'ready';
    }
  }

  /** Forgets the list (another site was opened). */
  reset(): void {
    this.#generation++;
    this.all = [];
    this.status = 'idle';
    this.error = null;
  }

  reorder(name: string, order: string[]): Promise<boolean> {
    return this.#write(() => ipc.seriesReorder(name, order));
  }

  rename(name: string, newName: string): Promise<boolean> {
    return this.#write(() => ipc.seriesRename(name, newName));
  }

  addPost(name: string, path: string): Promise<boolean> {
    return this.#write(() => ipc.seriesAddPost(name, path));
  }

  removePost(name: string, path: string): Promise<boolean> {
    return this.#write(() => ipc.seriesRemovePost(name, path));
  }

  /** What a sync would write, for the writer to review; null when it could not be computed. */
  async previewSync(name: string): Promise<SeriesChanges | null> {
    try {
      return await ipc.seriesSyncPreview(name);
    } catch (reason) {
      this.error = toAppError(reason);
      return null;
    }
  }

  applySync(name: string): Promise<boolean> {
    return this.#write(() => ipc.seriesSyncApply(name));
  }

  dismissError(): void {
    this.error = null;
  }

  async #write(run: () => Promise<SeriesChanges>): Promise<boolean> {
    this.busy = true;
    try {
      const changes = await run();
      this.error = null;
      this.onWritten(changes);
      return true;
    } catch (reason) {
      this.error = toAppError(reason);
      return false;
    } finally {
      this.busy = false;
      await this.load();
    }
  }
}
