// The UI's one i18n module: the chosen language's table, reactive, so switching language re-renders every string.
import { en } from './en';
import type { Messages } from './en';
import { zhTW } from './zhTW';

export type Locale = 'en' | 'zh-TW';
export type { Messages };

const TABLES: Record<Locale, Messages> = { en, 'zh-TW': zhTW };

/** The UI language for a BCP 47 tag: any Chinese but Simplified-only tags gets zh-TW; everything else English. */
export function localeFor(tag: string | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  if (!lower.startsWith('zh')) return 'en';
  return /^zh-(cn|sg|hans)/u.test(lower) ? 'en' : 'zh-TW';
}

class I18n {
  locale = $state<Locale>(localeFor(typeof navigator === 'undefined' ? 'en' : navigator.language));

  get messages(): Messages {
    return TABLES[this.locale];
  }
}

export const i18n = new I18n();

/** The current table; reading `t.key` in a template tracks the locale, so a switch re-renders. */
export const t: Messages = new Proxy({} as Messages, {
  get: (_, key) => i18n.messages[key as keyof Messages],
});
