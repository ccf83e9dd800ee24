// A long-text field that grows with its text in whole lines, up to a limit, then scrolls.

export interface Box {
  /** The content's full height (`scrollHeight`: lines plus vertical padding). */
  contentHeight: number;
  lineHeight: number;
  /** Vertical padding plus vertical border. */
  chrome: number;
}

/** At least this many lines show, so an empty description still looks like a box to write in. */
export const MIN_LINES = 3;
/** Past this many lines the field scrolls instead of pushing the rest of the form away. */
export const MAX_LINES = 10;

/**
 * The height showing the text in whole lines: no line is ever cut at the bottom edge (the fourth
 * line half shown under three was the bug). Returns the height and whether the field must scroll.
 */
export function fittedHeight(box: Box, minLines = MIN_LINES, maxLines = MAX_LINES): { height: number; scrolls: boolean } {
  const padding = box.chrome;
  const lines = Math.max(1, Math.ceil((box.contentHeight - padding - 0.5) / box.lineHeight));
  const shown = Math.min(Math.max(lines, minLines), maxLines);
  return { height: Math.round(shown * box.lineHeight + padding), scrolls: lines > maxLines };
}

/** Svelte action: keeps a textarea's height fitted to its text as it changes and as it is resized. */
export function autoGrow(textarea: HTMLTextAreaElement, _value?: string): { update: (value?: string) => void; destroy: () => void } {
  function fit(): void {
    const style = getComputedStyle(textarea);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5 || 20;
    const paddingY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const borderY = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    // Measure from the smallest height, or scrollHeight would never shrink.
    textarea.style.height = '0px';
    const { height, scrolls } = fittedHeight({ contentHeight: textarea.scrollHeight + borderY, lineHeight, chrome: paddingY + borderY });
    textarea.style.height = `${height}px`;
    textarea.style.overflowY = scrolls ? 'auto' : 'hidden';
  }
  // A wider or narrower form rewraps the text; fonts load late (CJK).
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => fit());
  observer?.observe(textarea);
  textarea.addEventListener('input', fit);
  fit();
  return {
    update() {
      fit();
    },
    destroy() {
      observer?.disconnect();
      textarea.removeEventListener('input', fit);
    },
  };
}
