import { describe, expect, it } from 'vitest';
import type { SeriesOverview } from '../ipc/bindings/SeriesOverview';
import { joinable, keyMove, moveTo, partsOf } from './seriesOrder';

const series = (name: string, lang: string, paths: string[]): SeriesOverview => ({
  name,
  lang,
  ordered_by: { by: 'date' },
  posts: paths.map((path, i) => ({ path, title: path, part: i + 1, order: null, draft: false, date: null, url: `/${path}/`, lang })),
  gaps: [],
  duplicates: [],
  first_date: null,
  last_date: null,
  problems: [],
});

describe('series order', () => {
  it('moves one item to a new index, clamped to the ends', () => {
    expect(moveTo(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveTo(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveTo(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
  });

  it('reads Alt+Arrow as a move and leaves other keys alone', () => {
    const key = (k: string, altKey = true) => keyMove({ key: k, altKey, ctrlKey: false, metaKey: false });
    expect(key('ArrowUp')).toBe(-1);
    expect(key('ArrowDown')).toBe(1);
    expect(key('ArrowDown', false)).toBeNull();
    expect(key('Enter')).toBeNull();
  });

  it('finds the part number of the open post in each of its series', () => {
    const all = [series('甲', 'zh-tw', ['x', 'y', 'z']), series('B', 'en', ['q']), series('C', 'zh-tw', ['y'])];
    expect(partsOf(all, 'y')).toEqual([
      { name: '甲', part: 2, total: 3 },
      { name: 'C', part: 1, total: 1 },
    ]);
    expect(partsOf(all, null)).toEqual([]);
    expect(joinable(all, 'q', 'zh-tw').map((s) => s.name)).toEqual(['甲', 'C']);
    expect(joinable(all, 'y', 'zh-tw').map((s) => s.name)).toEqual([]);
  });
});
