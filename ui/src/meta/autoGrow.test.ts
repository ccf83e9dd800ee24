import { describe, expect, it } from 'vitest';
import { MAX_LINES, MIN_LINES, fittedHeight } from './autoGrow';

// 20px lines, 10px of padding and 2px of border: a line of text is 20px of content.
const box = (lines: number) => ({ contentHeight: lines * 20 + 12, lineHeight: 20, chrome: 12 });

describe('fittedHeight', () => {
  it('shows at least the minimum lines for short text', () => {
    expect(fittedHeight(box(1))).toEqual({ height: MIN_LINES * 20 + 12, scrolls: false });
  });

  it('grows in whole lines: four lines of text show four whole lines, never three and a bit', () => {
    expect(fittedHeight(box(4))).toEqual({ height: 4 * 20 + 12, scrolls: false });
  });

  it('stops at the maximum, in whole lines, and scrolls past it', () => {
    expect(fittedHeight(box(MAX_LINES))).toEqual({ height: MAX_LINES * 20 + 12, scrolls: false });
    expect(fittedHeight(box(MAX_LINES + 5))).toEqual({ height: MAX_LINES * 20 + 12, scrolls: true });
  });

  it('rounds a fractional line height to whole lines of content', () => {
    // 1.5 × 13px = 19.5px lines (the zh-TW font size); a sub-pixel rounding must not add a line.
    const fitted = fittedHeight({ contentHeight: 4 * 19.5 + 12 + 0.4, lineHeight: 19.5, chrome: 12 });
    expect(fitted).toEqual({ height: Math.round(4 * 19.5 + 12), scrolls: false });
  });
});
