import { describe, expect, it } from 'vitest';
import { formatPostDate } from './dates';

describe('formatPostDate', () => {
  it('shows the calendar day as written, whatever the offset', () => {
    expect(formatPostDate('2026-02-06T00:30:00+08:00', 'en-US')).toBe('Feb 6, 2026');
    expect(formatPostDate('2026-02-06T23:30:00-10:00', 'en-US')).toBe('Feb 6, 2026');
  });

  it('formats a bare date', () => {
    expect(formatPostDate('2005-05-18', 'en-US')).toBe('May 18, 2005');
  });

  it('follows the locale', () => {
    expect(formatPostDate('2026-02-06', 'zh-TW')).toBe('2026年2月6日');
  });

  it('returns null for no date', () => {
    expect(formatPostDate(null)).toBeNull();
    expect(formatPostDate('  ')).toBeNull();
  });

  it('returns unreadable text as is', () => {
    expect(formatPostDate('next Tuesday', 'en-US')).toBe('next Tuesday');
  });
});
