// Scroll sync between the editor and the preview, through the data-line source positions on rendered blocks.

export interface Block {
  /** 1-based source line of the block. */
  line: number;
  /** The block's top, in the preview's scroll coordinates. */
  top: number;
}

/** The block with the greatest line ≤ `line` (the first block when none is), or null without blocks. */
export function blockForLine(blocks: readonly Block[], line: number): Block | null {
  let best: Block | null = null;
  for (const block of blocks) {
    if (block.line <= line && (best === null || block.line >= best.line)) best = block;
  }
  return best ?? blocks[0] ?? null;
}

/** The source line at the preview's scroll offset: the last block whose top is at or above it. */
export function lineForScroll(blocks: readonly Block[], scrollTop: number): number | null {
  let line: number | null = null;
  for (const block of blocks) {
    if (block.top <= scrollTop + 1) line = block.line;
    else break;
  }
  return line ?? blocks[0]?.line ?? null;
}

/** The blocks of a preview document, in document order. */
export function blocksOf(doc: Document): Block[] {
  const scroller = doc.scrollingElement ?? doc.documentElement;
  const base = scroller.scrollTop;
  return [...doc.querySelectorAll('[data-line]')]
    .map((el) => ({ line: Number(el.getAttribute('data-line')), top: el.getBoundingClientRect().top + base }))
    .filter((block) => Number.isFinite(block.line));
}
