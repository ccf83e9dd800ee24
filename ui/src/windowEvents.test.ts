import { describe, expect, it } from 'vitest';
import { shortcutOf } from './windowEvents';

const key = (k: string, mods: Partial<KeyboardEventInit> = {}) => new KeyboardEvent('keydown', { key: k, ...mods });

describe('app shortcuts', () => {
  it('uses Ctrl elsewhere and Cmd on macOS', () => {
    expect(shortcutOf(key('s', { ctrlKey: true }), false)).toBe('save');
    expect(shortcutOf(key('s', { metaKey: true }), false)).toBeNull();
    expect(shortcutOf(key('s', { metaKey: true }), true)).toBe('save');
  });

  it('knows quick open, toggle preview and settings', () => {
    expect(shortcutOf(key('p', { ctrlKey: true }), false)).toBe('quick-open');
    expect(shortcutOf(key('\\', { ctrlKey: true }), false)).toBe('toggle-preview');
    expect(shortcutOf(key(',', { ctrlKey: true }), false)).toBe('settings');
  });

  it('Ctrl/Cmd+N asks for a new post', () => {
    expect(shortcutOf(key('n', { ctrlKey: true }), false)).toBe('new-post');
    expect(shortcutOf(key('N', { metaKey: true }), true)).toBe('new-post');
  });

  it('leaves other chords alone', () => {
    expect(shortcutOf(key('s', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(shortcutOf(key('b', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutOf(key('s'), false)).toBeNull();
  });
});
