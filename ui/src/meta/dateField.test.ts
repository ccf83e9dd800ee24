import { describe, expect, it } from 'vitest';
import { formatOffset, newDateValue, offsetIn, parseDate, withDate, withTime } from './dateField';

describe('date field', () => {
  it('splits a datetime into date, time and the written offset', () => {
    expect(parseDate('2026-02-06T09:00:00+08:00')).toEqual({
      date: '2026-02-06',
      separator: 'T',
      time: '09:00:00',
      offset: '+08:00',
    });
    expect(parseDate('2005-05-18')?.time).toBe('');
    expect(parseDate('next tuesday')).toBeNull();
  });

  it('changing the date keeps the time and the offset', () => {
    expect(withDate('2026-02-06T09:00:00+08:00', '2026-03-01', '+00:00')).toBe('2026-03-01T09:00:00+08:00');
  });

  it('changing the time keeps the date, the offset and written seconds', () => {
    expect(withTime('2026-02-06T09:00:30+08:00', '21:15', '+00:00')).toBe('2026-02-06T21:15:30+08:00');
    expect(withTime('2026-02-06 09:00:00-05:00', '10:00:00', '+00:00')).toBe('2026-02-06 10:00:00-05:00');
  });

  it('never converts to UTC: a Z stays a Z, a missing offset stays missing', () => {
    expect(withTime('2026-02-06T09:00:00Z', '10:00', '+08:00')).toBe('2026-02-06T10:00:00Z');
    expect(withTime('2026-02-06T09:00:00', '10:00', '+08:00')).toBe('2026-02-06T10:00:00');
  });

  it('a date-only value gains the site offset when it gets a time; clearing the time leaves the date', () => {
    expect(withTime('2026-02-06', '09:30', '+08:00')).toBe('2026-02-06T09:30+08:00');
    expect(withTime('2026-02-06T09:30:00+08:00', '', '+08:00')).toBe('2026-02-06');
  });

  it('a new date is the wall-clock time in the site offset', () => {
    const at = new Date('2026-02-06T01:00:00Z');
    expect(newDateValue(at, '+08:00')).toBe('2026-02-06T09:00:00+08:00');
    expect(newDateValue(at, '-05:00')).toBe('2026-02-05T20:00:00-05:00');
  });

  it('finds the offset of a named zone', () => {
    expect(offsetIn('Asia/Taipei', new Date('2026-02-06T00:00:00Z'))).toBe('+08:00');
    expect(offsetIn('UTC', new Date('2026-02-06T00:00:00Z'))).toBe('+00:00');
    expect(formatOffset(-330)).toBe('-05:30');
  });
});
