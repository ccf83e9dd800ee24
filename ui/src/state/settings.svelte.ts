// The writer's settings, persisted in the shell's settings.json (under the key "ui") and applied to the page.
import { LazyStore } from '@tauri-apps/plugin-store';
import { i18n, localeFor } from '../i18n/index.svelte';
import { DEFAULT_SETTINGS, readSettings, resolveTheme } from './settingsModel';
import type { Settings } from './settingsModel';

const KEY = 'ui';
const TABS_KEY = 'openTabs';

export class SettingsStore {
  value = $state<Settings>({ ...DEFAULT_SETTINGS });
  #store: LazyStore | null = null;

  #file(): LazyStore {
    this.#store ??= new LazyStore('settings.json');
    return this.#store;
  }

  /** Reads the stored settings; outside the app (or on a broken file) the defaults stay. */
  async load(): Promise<void> {
    try {
      this.value = readSettings(await this.#file().get(KEY));
    } catch {
      this.value = { ...DEFAULT_SETTINGS };
    }
  }

  /** The posts that were open in tabs for the site at `root`, in tab order. */
  async openTabs(root: string): Promise<string[]> {
    try {
      const all = (await this.#file().get<Record<string, unknown>>(TABS_KEY)) ?? {};
      const paths = all[root];
      return Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string') : [];
    } catch {
      return [];
    }
  }

  async rememberTabs(root: string, paths: string[]): Promise<void> {
    try {
      const all = (await this.#file().get<Record<string, string[]>>(TABS_KEY)) ?? {};
      await this.#file().set(TABS_KEY, { ...all, [root]: paths });
      await this.#file().save();
    } catch {
      // Not remembered outside the app.
    }
  }

  async update(patch: Partial<Settings>): Promise<void> {
    this.value = { ...this.value, ...patch };
    try {
      await this.#file().set(KEY, $state.snapshot(this.value));
      await this.#file().save();
    } catch {
      // Not persisted (no shell): the change still applies for this session.
    }
  }
}

/** Applies settings to the document: theme attribute, editor font size, UI language. */
export function applySettings(settings: Settings, systemDark: boolean, systemLanguage: string): void {
  const root = document.documentElement;
  root.dataset.theme = resolveTheme(settings.theme, systemDark);
  root.style.setProperty('--editor-font-size', `${settings.fontSize}px`);
  const locale = settings.language === 'system' ? localeFor(systemLanguage) : settings.language;
  i18n.locale = locale;
  root.lang = locale === 'zh-TW' ? 'zh-Hant-TW' : 'en';
}
