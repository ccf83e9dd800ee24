// Runs work once the current frame has been drawn, so it never delays that frame.

/** How long to wait at most when no frame comes (a hidden window draws none). */
const NO_FRAME_MS = 100;

/**
 * Calls `run` once, after the next frame's rendering: a task queued from an animation-frame
 * callback runs after that frame's style, layout and paint. A hidden window gets no frames, so
 * a timer runs it anyway after `NO_FRAME_MS`.
 */
export function afterNextPaint(run: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    // Called on every drawn keystroke: the timer that did not fire is not left to wake up for nothing.
    clearTimeout(fallback);
    run();
  };
  const fallback = setTimeout(once, NO_FRAME_MS);
  requestAnimationFrame(() => setTimeout(once, 0));
}
