// Where the live preview's time goes, recorded only when a test asks for it by setting `window.__inkstonePreviewTrace`.

export interface PreviewTrace {
  /** Each render: when the text was sent to the shell, when the HTML came back, the renderer's own time. */
  renders: Array<{ sent: number; back: number; renderMicros: number }>;
  /** Each update of the preview document: start and end of the DOM patch, and how many blocks it replaced. */
  patches: Array<{ start: number; end: number; replaced: number }>;
}

function sink(): PreviewTrace | null {
  return (globalThis as { __inkstonePreviewTrace?: PreviewTrace }).__inkstonePreviewTrace ?? null;
}

export function recordRender(sent: number, renderMicros: number): void {
  sink()?.renders.push({ sent, back: performance.now(), renderMicros });
}

export function recordPatch(start: number, replaced: number): void {
  sink()?.patches.push({ start, end: performance.now(), replaced });
}
