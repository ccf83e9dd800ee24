// When to autosave: after a pause in typing and when the window loses focus, never inside an IME composition.

export interface AutosaveOptions {
  /** The pause after the last edit, in ms; 0 turns the pause-save off (blur still saves). */
  delayMs: number;
  /** True while an input method is composing: saving then could cut a syllable in half. */
  isComposing: () => boolean;
  /** True when the buffer has changes that are not on disk. */
  isDirty: () => boolean;
  save: () => void;
}

export interface Autosave {
  /** The writer typed. */
  edited(): void;
  /** The window lost focus. */
  blurred(): void;
  /** A composition ended: a save held back for it may run now. */
  compositionEnded(): void;
  setDelay(ms: number): void;
  cancel(): void;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  let delayMs = options.delayMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let heldForComposition = false;

  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const saveNow = (): void => {
    cancel();
    if (!options.isDirty()) return;
    if (options.isComposing()) {
      heldForComposition = true;
      return;
    }
    heldForComposition = false;
    options.save();
  };

  return {
    edited() {
      cancel();
      if (delayMs > 0) timer = setTimeout(saveNow, delayMs);
    },
    blurred: saveNow,
    compositionEnded() {
      if (heldForComposition) saveNow();
    },
    setDelay(ms) {
      delayMs = ms;
    },
    cancel() {
      cancel();
      heldForComposition = false;
    },
  };
}
