import { describe, expect, it } from 'vitest';
import { revealRow, visibleRange } from './virtualRange';

const base = { rowHeight: 50, overscan: 5, renderAllUpTo: 100, viewportHeight: 500, scrollTop: 0 };

describe('visibleRange', () => {
  it('renders a short list whole, wherever it is scrolled', () => {
    expect(visibleRange({ ...base, count: 100, scrollTop: 2000 })).toEqual({ start: 0, end: 100 });
  });

  it('renders one screen plus overscan at the top of a long list', () => {
    // 500 / 50 = 10 rows on screen, +1 for a partly shown row, +5 overscan below.
    expect(visibleRange({ ...base, count: 10_000 })).toEqual({ start: 0, end: 16 });
  });

  it('renders around the scroll position in the middle', () => {
    expect(visibleRange({ ...base, count: 10_000, scrollTop: 5000 })).toEqual({ start: 95, end: 116 });
  });

  it('stops at the end of the list', () => {
    expect(visibleRange({ ...base, count: 10_000, scrollTop: 499_500 })).toEqual({ start: 9985, end: 10_000 });
  });

  it('assumes a screenful before the viewport is measured', () => {
    expect(visibleRange({ ...base, count: 10_000, viewportHeight: 0 }).end).toBeGreaterThan(16);
  });

  it('is empty for an empty list', () => {
    expect(visibleRange({ ...base, count: 0, renderAllUpTo: 0 })).toEqual({ start: 0, end: 0 });
  });
});

describe('revealRow', () => {
  it('leaves a visible row where it is', () => {
    expect(revealRow(3, 0, 500, 50)).toBe(0);
  });

  it('scrolls up to a row above the viewport', () => {
    expect(revealRow(2, 400, 500, 50)).toBe(100);
  });

  it('scrolls down just enough for a row below the viewport', () => {
    expect(revealRow(12, 0, 500, 50)).toBe(150);
  });
});
