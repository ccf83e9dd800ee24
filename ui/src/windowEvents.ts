// The window-wide events the app answers: app shortcuts anywhere, focus loss (autosave), and the close button.
import { getCurrentWindow } from '@tauri-apps/api/window';

export type Shortcut = 'save' | 'quick-open' | 'toggle-preview' | 'settings' | 'new-post';

export interface WindowHandlers {
  /** An app-wide shortcut was pressed (editor formatting keys live in the editor's keymap). */
  shortcut: (which: Shortcut) => void;
  blurred: () => void;
  /** Resolves true when the window may close (nothing unsaved, or the writer chose). */
  closeRequested: () => Promise<boolean>;
}

const CHORDS: Record<string, Shortcut> = { s: 'save', p: 'quick-open', '\\': 'toggle-preview', ',': 'settings', n: 'new-post' };

/** The app shortcut of a key press: Cmd on macOS, Ctrl elsewhere, with S, P, N, a backslash or a comma. */
export function shortcutOf(event: KeyboardEvent, mac = /Mac|iPhone|iPad/u.test(navigator.platform)): Shortcut | null {
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (!mod || event.altKey || event.shiftKey) return null;
  return CHORDS[event.key.toLowerCase()] ?? null;
}

/** Starts listening; returns the function that stops. */
export function watchWindow(handlers: WindowHandlers): () => void {
  const onKey = (event: KeyboardEvent): void => {
    const which = shortcutOf(event);
    if (which === null) return;
    event.preventDefault();
    handlers.shortcut(which);
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
