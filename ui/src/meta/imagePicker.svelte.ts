// Choosing an image for a field: the native picker, the copy into the site, and what to tell the writer, for the single image field and image lists alike.
import * as ipc from '../ipc/commands';
import { toAppError } from '../ipc/errors';
import { t } from '../i18n/index.svelte';

/** One field's picker: one choice at a time, its outcome said under the field. */
export class ImagePicker {
  /** The native dialog is open or the copy is running. */
  choosing = $state(false);
  /** Where the chosen image went (copied, or an identical file reused). */
  notice = $state('');
  /** Why the choice failed. */
  problem = $state('');
  /** Bumped after each copy, so a thumbnail that failed before is asked for again. */
  generation = $state(0);

  /**
   * Opens the picker for the post at `postPath` and hands the front-matter value of the
   * imported image to `use`; nothing happens when the writer cancels or a choice is running.
   */
  async choose(postPath: string | null, slug: string | null, use: (value: string) => void): Promise<void> {
    if (postPath === null || this.choosing) return;
    this.choosing = true;
    this.problem = '';
    this.notice = '';
    try {
      const imported = await ipc.imageChoose(postPath, slug, t.imageChooseTitle);
      if (imported === null) return;
      this.generation++;
      this.notice = imported.reused ? t.imageReused(imported.path) : t.imageCopied(imported.path);
      use(imported.value);
    } catch (reason) {
      this.problem = toAppError(reason).message;
    } finally {
      this.choosing = false;
    }
  }
}
