import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, resolveTheme, togglePreview } from './settingsModel';

describe('settings', () => {
  it('reads nothing stored as the defaults', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and replaces invalid ones with their default', () => {
    const read = readSettings({ theme: 'dark', fontSize: 999, autosaveSeconds: 5, language: 'fr', layout: 'preview' });
    expect(read).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 15, autosaveSeconds: 5, language: 'system', layout: 'preview' });
  });

  it('reads the defaults for new posts, dropping what is not text', () => {
    const read = readSettings({ newPostAuthor: 'Lin', newPostCategories: ['Notes', 3, '筆記'] });
    expect([read.newPostAuthor, read.newPostCategories]).toEqual(['Lin', ['Notes', '筆記']]);
    expect(readSettings({ newPostAuthor: 7, newPostCategories: 'x' }).newPostCategories).toEqual([]);
  });

  it('resolves the system theme from the platform', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('toggles the preview between split and editor only', () => {
    expect(togglePreview('split')).toBe('editor');
    expect(togglePreview('editor')).toBe('split');
    expect(togglePreview('preview')).toBe('split');
  });
});
