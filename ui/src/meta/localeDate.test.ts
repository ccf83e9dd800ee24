import { describe, expect, it, vi } from 'vitest';
import { addMonths, dayPattern, formatDay, monthTitle, monthWeeks, moveDay, parseDay, parseTime, spokenDay, todayIso, weekdayNames } from './localeDate';
import { parseDate, withDate, withTime } from './dateField';

describe('dates in the UI language, not the system locale', () => {
  it('formats a day in the order each UI language writes it', () => {
    expect(dayPattern('en').hint).toBe('MM/DD/YYYY');
    expect(dayPattern('zh-TW').hint).toBe('YYYY/MM/DD');
    expect(formatDay('2026-02-06', 'en')).toBe('02/06/2026');
    expect(formatDay('2026-02-06', 'zh-TW')).toBe('2026/02/06');
  });

  it('reads what the writer typed in that order, with any separator, and ISO in any language', () => {
    expect(parseDay('02/06/2026', 'en')).toBe('2026-02-06');
    expect(parseDay('2/6/2026', 'en')).toBe('2026-02-06');
    expect(parseDay('2026/2/6', 'zh-TW')).toBe('2026-02-06');
    expect(parseDay('2026年2月6日', 'zh-TW')).toBe('2026-02-06');
    expect(parseDay('2026-02-06', 'en')).toBe('2026-02-06');
    expect(parseDay(' 2026.02.06 ', 'en')).toBe('2026-02-06');
  });

  it('refuses days that do not exist and text that is not a date', () => {
    expect(parseDay('02/30/2026', 'en')).toBeNull();
    expect(parseDay('2025/02/29', 'zh-TW')).toBeNull();
    expect(parseDay('2024/02/29', 'zh-TW')).toBe('2024-02-29');
    expect(parseDay('tomorrow', 'en')).toBeNull();
    expect(parseDay('2/6/26', 'en')).toBeNull();
  });

  it('names months and weekdays in the UI language', () => {
    expect(monthTitle('2026-02-06', 'en')).toBe('February 2026');
    expect(monthTitle('2026-02-06', 'zh-TW')).toBe('2026年2月');
    expect(weekdayNames('en').short[0]).toBe('Sun');
    expect(weekdayNames('zh-TW').short[5]).toBe('週五');
    expect(spokenDay('2026-02-06', 'en')).toBe('Friday, February 6, 2026');
    expect(spokenDay('2026-02-06', 'zh-TW')).toBe('2026年2月6日 星期五');
  });
});

describe('the calendar grid and its keys', () => {
  it('opens on today, on the machine calendar, as an ISO day', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date(2026, 0, 5, 23, 30));
      expect(todayIso()).toBe('2026-01-05');
    } finally {
      vi.useRealTimers();
    }
  });

  it('lays a month out in weeks from Sunday', () => {
    const weeks = monthWeeks('2026-02-06');
    expect(weeks).toHaveLength(4);
    expect(weeks[0][0]).toBe('2026-02-01');
    expect(monthWeeks('2026-03-10')[0].slice(0, 1)).toEqual(['2026-03-01']);
    expect(monthWeeks('2026-05-10')[0].filter((d) => d === null)).toHaveLength(5);
  });

  it('moves by day, week, month and year, and to the week ends', () => {
    expect(moveDay('2026-02-28', 'ArrowRight')).toBe('2026-03-01');
    expect(moveDay('2026-03-01', 'ArrowLeft')).toBe('2026-02-28');
    expect(moveDay('2026-02-06', 'ArrowDown')).toBe('2026-02-13');
    expect(moveDay('2026-02-06', 'ArrowUp')).toBe('2026-01-30');
    expect(moveDay('2026-01-31', 'PageDown')).toBe('2026-02-28');
    expect(moveDay('2026-02-06', 'PageUp', true)).toBe('2025-02-06');
    expect(moveDay('2026-02-06', 'Home')).toBe('2026-02-01');
    expect(moveDay('2026-02-06', 'End')).toBe('2026-02-07');
    expect(moveDay('2026-02-06', 'x')).toBeNull();
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('typed times and the offset the post wrote', () => {
  it('reads a typed time of day', () => {
    expect(parseTime('9:05')).toBe('09:05');
    expect(parseTime('21:00:30')).toBe('21:00:30');
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('noon')).toBeNull();
  });

  it('keeps the offset exactly when a date typed in a UI language replaces the day', () => {
    const value = '2026-02-06T23:30:00-05:00';
    const typed = parseDay('2026/02/07', 'zh-TW');
    expect(withDate(value, typed ?? '', '+08:00')).toBe('2026-02-07T23:30:00-05:00');
    expect(withTime(value, parseTime('8:15') ?? '', '+08:00')).toBe('2026-02-06T08:15:00-05:00');
    expect(parseDate(withDate('2026-02-06 09:00:00Z', '2026-03-01', '+08:00'))?.offset).toBe('Z');
  });
});
