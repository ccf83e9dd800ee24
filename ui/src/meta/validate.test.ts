import { describe, expect, it } from 'vitest';
import { charCount, isValidUrl, lengthState, toValue } from './validate';

describe('field checks', () => {
  it('counts characters, not bytes: a CJK character or an emoji is one', () => {
    expect(charCount('墨池 ink')).toBe(6);
    expect(charCount('😀𠀀')).toBe(2);
  });

  it('compares the length with the schema limits', () => {
    const limits = { min_length: 3, max_length: 5 };
    expect(lengthState('一二', limits)).toBe('short');
    expect(lengthState('一二三', limits)).toBe('ok');
    expect(lengthState('一二三四五六', limits)).toBe('long');
    expect(lengthState('', limits)).toBe('ok');
  });

  it('accepts absolute http(s) URLs only', () => {
    expect(isValidUrl('https://example.com/a?b=1')).toBe(true);
    expect(isValidUrl('example.com')).toBe(false);
    expect(isValidUrl('javascript:alert(1)')).toBe(false);
    expect(isValidUrl('https://localhost')).toBe(false);
    expect(isValidUrl('')).toBe(true);
  });

  it('writes an int field as a number', () => {
    expect(toValue({ type: 'int' }, '42')).toBe(42);
    expect(toValue({ type: 'int' }, '4x')).toBe('4x');
    expect(toValue({ type: 'string' }, '42')).toBe('42');
  });
});
