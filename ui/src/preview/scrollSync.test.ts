import { describe, expect, it } from 'vitest';
import { blockForLine, lineForScroll } from './scrollSync';

const BLOCKS = [
  { line: 5, top: 0 },
  { line: 9, top: 120 },
  { line: 14, top: 300 },
];

describe('scroll sync', () => {
  it('finds the block with the greatest data-line at or before the editor top line', () => {
    expect(blockForLine(BLOCKS, 10)?.line).toBe(9);
    expect(blockForLine(BLOCKS, 14)?.line).toBe(14);
    expect(blockForLine(BLOCKS, 99)?.line).toBe(14);
    expect(blockForLine(BLOCKS, 1)?.line).toBe(5);
    expect(blockForLine([], 3)).toBeNull();
  });

  it('finds the source line of the block at the top of the preview', () => {
    expect(lineForScroll(BLOCKS, 0)).toBe(5);
    expect(lineForScroll(BLOCKS, 150)).toBe(9);
    expect(lineForScroll(BLOCKS, 300)).toBe(14);
  });
});
