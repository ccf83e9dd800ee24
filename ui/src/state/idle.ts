// Runs bookkeeping (word counts, the form's re-read) after a pause and out of the way of the next frame.

/**
 * Calls `work` once `afterMs` have passed, at a moment the window is idle: with
 * requestIdleCallback where the engine has it, else just after a frame was drawn, so a
 * keystroke arriving meanwhile is painted first. Returns a function that calls it off.
 */
export function whenIdle(work: () => void, afterMs: number): () => void {
  let cancelled = false;
  let idle: number | null = null;
  const run = (): void => {
    if (!cancelled) work();
  };
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 500 });
    else if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
    else run();
  }, afterMs);
  return () => {
    cancelled = true;
    clearTimeout(timer);
    if (idle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
  };
}
