// The writer's settings: their shape, defaults, and how a stored (possibly stale or hand-edited) value is read.
import type { Locale } from '../i18n/index.svelte';

export type Theme = 'system' | 'light' | 'dark';
export type Layout = 'split' | 'editor' | 'preview';

export interface Settings {
  theme: Theme;
  /** Editor font size in px. */
  fontSize: number;
  /** Pause before autosave in seconds; 0 turns pause-saves off (leaving the window still saves). */
  autosaveSeconds: number;
  /** `system` follows navigator.language. */
  language: 'system' | Locale;
  layout: Layout;
  /** `author` a new post starts with; empty: none. */
  newPostAuthor: string;
  /** `categories` a new post starts with. */
  newPostCategories: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  fontSize: 15,
  autosaveSeconds: 2,
  language: 'system',
  layout: 'split',
  newPostAuthor: '',
  newPostCategories: [],
};

export const FONT_SIZES = [12, 13, 14, 15, 16, 17, 18, 20, 22];
export const AUTOSAVE_CHOICES = [0, 1, 2, 5, 10, 30];

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function numberIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

/** A stored value as settings: each unknown or invalid entry falls back to its default. */
export function readSettings(raw: unknown): Settings {
  const r = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    theme: oneOf(r.theme, ['system', 'light', 'dark'], DEFAULT_SETTINGS.theme),
    fontSize: numberIn(r.fontSize, 10, 32, DEFAULT_SETTINGS.fontSize),
    autosaveSeconds: numberIn(r.autosaveSeconds, 0, 600, DEFAULT_SETTINGS.autosaveSeconds),
    language: oneOf(r.language, ['system', 'en', 'zh-TW'], DEFAULT_SETTINGS.language),
    layout: oneOf(r.layout, ['split', 'editor', 'preview'], DEFAULT_SETTINGS.layout),
    newPostAuthor: typeof r.newPostAuthor === 'string' ? r.newPostAuthor : DEFAULT_SETTINGS.newPostAuthor,
    newPostCategories: Array.isArray(r.newPostCategories)
      ? r.newPostCategories.filter((c): c is string => typeof c === 'string')
      : DEFAULT_SETTINGS.newPostCategories,
  };
}

/** The theme actually shown: `system` follows the platform's dark mode. */
export function resolveTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

/** Toggling the preview: split ↔ editor only; from preview only back to split. */
export function togglePreview(layout: Layout): Layout {
  return layout === 'split' ? 'editor' : 'split';
}
