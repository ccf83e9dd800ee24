// Keyboard focus inside a modal: what can take it, where it starts, and Tab wrapping around.

const CANDIDATES = 'a[href], input, select, button, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The controls inside `root` that Tab visits, in document order. */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter(
    // A hidden control has no offset parent; an engine without layout reports undefined.
    (el) => !el.hasAttribute('disabled') && el.offsetParent !== null && el.getAttribute('type') !== 'hidden',
  );
}

/** Gives the focus to the control marked `autofocus`, else the first one, else `root` itself. */
export function focusInitial(root: HTMLElement): void {
  if (root.contains(document.activeElement)) return;
  const focusable = focusableIn(root);
  // Svelte sets the `autofocus` property, which not every engine reflects as the attribute.
  const marked = focusable.find((el) => el.autofocus) ?? root.querySelector<HTMLElement>('[autofocus]');
  const target = marked ?? focusable[0] ?? root;
  target.focus();
}

/**
 * Keeps Tab inside `root`, even where the platform's modal lets it reach the window's own
 * chrome: past the last control it wraps to the first, and Shift+Tab the other way.
 */
export function wrapTab(event: KeyboardEvent, root: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const focusable = focusableIn(root);
  if (focusable.length === 0) {
    event.preventDefault();
    return;
  }
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = document.activeElement;
  const outside = !(active instanceof HTMLElement) || !focusable.includes(active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
