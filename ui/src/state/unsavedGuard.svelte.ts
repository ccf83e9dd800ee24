// Asks the writer what to do with unsaved text before it would be left behind (switching posts, closing the window).

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export class UnsavedGuard {
  /** True while the question is on screen. */
  asking = $state(false);
  #resolve: ((choice: UnsavedChoice) => void) | null = null;

  /** Shows the question; resolves with the writer's answer. A second ask cancels the first. */
  ask(): Promise<UnsavedChoice> {
    this.#resolve?.('cancel');
    this.asking = true;
    return new Promise((resolve) => {
      this.#resolve = resolve;
    });
  }

  answer(choice: UnsavedChoice): void {
    const resolve = this.#resolve;
    this.#resolve = null;
    this.asking = false;
    resolve?.(choice);
  }
}

/**
 * Runs `proceed` if the buffer is clean, or once the writer chose to save (and the save
 * worked) or to discard. Returns whether it proceeded.
 */
export async function guardUnsaved(
  dirty: boolean,
  guard: UnsavedGuard,
  save: () => Promise<boolean>,
  proceed: () => void | Promise<void>,
): Promise<boolean> {
  if (dirty) {
    const choice = await guard.ask();
    if (choice === 'cancel') return false;
    if (choice === 'save' && !(await save())) return false;
  }
  await proceed();
  return true;
}
