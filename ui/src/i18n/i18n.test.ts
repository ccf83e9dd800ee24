import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { zhTW } from './zhTW';
import { i18n, localeFor, t } from './index.svelte';

afterEach(() => {
  i18n.locale = 'en';
});

describe('i18n', () => {
  it('picks zh-TW for Traditional Chinese system languages and English otherwise', () => {
    expect(localeFor('zh-TW')).toBe('zh-TW');
    expect(localeFor('zh-Hant-HK')).toBe('zh-TW');
    expect(localeFor('zh')).toBe('zh-TW');
    expect(localeFor('zh-CN')).toBe('en');
    expect(localeFor('en-US')).toBe('en');
    expect(localeFor('ja')).toBe('en');
  });

  it('has the same keys in both tables', () => {
    expect(Object.keys(zhTW).sort()).toEqual(Object.keys(en).sort());
  });

  it('switches every string with the locale', () => {
    expect(t.save).toBe('Save');
    i18n.locale = 'zh-TW';
    expect(t.save).toBe('儲存');
    expect(t.words(3)).toBe('3 字');
  });
});
