// The window-wide events the app answers: Ctrl/Cmd+S anywhere, focus loss (autosave), and the close button.
import { getCurrentWindow } from '@tauri-apps/api/window';

export interface WindowHandlers {
  save: () => void;
  blurred: () => void;
  /** Resolves true when the window may close (nothing unsaved, or the writer chose). */
  closeRequested: () => Promise<boolean>;
}

/** True for the platform's save chord: Cmd+S on macOS, Ctrl+S elsewhere. */
export function isSaveChord(event: KeyboardEvent): boolean {
  const mod = /Mac|iPhone|iPad/u.test(navigator.platform) ? event.metaKey : event.ctrlKey;
  return mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's';
}

/** Starts listening; returns the function that stops. */
export function watchWindow(handlers: WindowHandlers): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (!isSaveChord(event)) return;
    event.preventDefault();
    handlers.save();
  };
  const onBlur = (): void => handlers.blurred();
  window.addEventListener('keydown', onKey);
  window.addEventListener('blur', onBlur);
  let stopClose: (() => void) | null = null;
  let stopped = false;
  try {
    // Tauri closes the window after this handler unless it calls preventDefault.
    void getCurrentWindow()
      .onCloseRequested(async (event) => {
        if (!(await handlers.closeRequested())) event.preventDefault();
      })
      .then((stop) => {
        if (stopped) stop();
        else stopClose = stop;
      })
      .catch(() => {});
  } catch {
    // Outside Tauri (vite dev, tests without a window mock) there is no window to guard.
  }
  return () => {
    stopped = true;
    window.removeEventListener('keydown', onKey);
    window.removeEventListener('blur', onBlur);
    stopClose?.();
  };
}
