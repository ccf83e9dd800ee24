// Where the live preview's time goes, recorded only when a test asks for it by setting `window.__inkstonePreviewTrace`.

export interface PreviewTrace {
  /** Each render: when the text was sent to the shell, when the HTML came back, the renderer's own time, the UTF-16 length sent. */
  renders: Array<{ sent: number; back: number; renderMicros: number; sentChars?: number }>;
  /** Each update of the preview document: start and end of the DOM patch, and how many blocks it replaced. */
  patches: Array<{ start: number; end: number; replaced: number }>;
  /**
   * Each edit the UI drew into the preview itself (plain paragraph text) and what the shell's
   * render said of it: `confirmed` true when the render's block was the same, false when it
   * differed, null when text typed later was rendered first so this one was never compared alone.
   */
  speculative?: Array<{ revision: number; line: number; at: number; confirmed?: boolean | null; settledBy?: number }>;
  /** When the editor's view finished drawing each edit: the keystroke's own work ends about here. */
  edits?: number[];
}

function sink(): PreviewTrace | null {
  return (globalThis as { __inkstonePreviewTrace?: PreviewTrace }).__inkstonePreviewTrace ?? null;
}

export function recordRender(sent: number, renderMicros: number, sentChars?: number): void {
  sink()?.renders.push({ sent, back: performance.now(), renderMicros, sentChars });
}

export function recordPatch(start: number, replaced: number): void {
  sink()?.patches.push({ start, end: performance.now(), replaced });
}

export function recordEdited(): void {
  const trace = sink();
  if (trace === null) return;
  (trace.edits ??= []).push(performance.now());
}

export function recordSpeculation(revision: number, line: number): void {
  const trace = sink();
  if (trace === null) return;
  (trace.speculative ??= []).push({ revision, line, at: performance.now() });
}

/** The render of text `settledBy` landed: the drawn edits `revisions` were confirmed (true), contradicted (false) or not compared (null). */
export function settleSpeculations(revisions: number[], confirmed: boolean | null, settledBy: number): void {
  const trace = sink();
  if (trace === null) return;
  for (const entry of trace.speculative ?? []) {
    if (revisions.includes(entry.revision) && entry.confirmed === undefined) {
      entry.confirmed = confirmed;
      entry.settledBy = settledBy;
    }
  }
}

/** A latency test may switch the preview's fast path off (`window.__inkstonePreviewFastPath = false`) to measure without it. */
export function fastPathSwitchedOff(): boolean {
  return (globalThis as { __inkstonePreviewFastPath?: boolean }).__inkstonePreviewFastPath === false;
}

/** A latency test may switch drawing typed letters ahead of the editor's update off (`window.__inkstoneTypedAhead = false`). */
export function typedAheadSwitchedOff(): boolean {
  return (globalThis as { __inkstoneTypedAhead?: boolean }).__inkstoneTypedAhead === false;
}
