// Which rows of a long fixed-height list to put in the DOM, as pure functions.
// Rendering 10,000 rows costs seconds in WebKitGTK; rendering the ~20 on screen costs nothing.

export interface RangeInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Extra rows above and below the viewport, so fast scrolling shows no blank rows. */
  overscan: number;
  /** Lists up to this long are rendered whole: short lists stay plain DOM (find-in-page, tests, screen readers). */
  renderAllUpTo: number;
}

export interface Range {
  /** First row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
}

export function visibleRange(input: RangeInput): Range {
  const { scrollTop, viewportHeight, rowHeight, count, overscan, renderAllUpTo } = input;
  if (count <= renderAllUpTo) return { start: 0, end: count };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  // Before the viewport is measured, assume one screenful rather than rendering nothing.
  const shown = Math.ceil((viewportHeight > 0 ? viewportHeight : 1000) / rowHeight) + 1;
  const start = Math.max(0, Math.min(first - overscan, count - 1));
  const end = Math.min(count, first + shown + overscan);
  return { start, end: Math.max(start, end) };
}

/** The scrollTop that brings row `index` fully into view while moving as little as possible. */
export function revealRow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
