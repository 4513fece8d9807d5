// The language of the UI: Vietnamese by default, English on request; the choice is kept
// in localStorage. `t()` reads the current language, so templates re-render on a switch.

import { en } from './en';
import { vi, type MessageKey, type Messages } from './vi';

export type Lang = 'vi' | 'en';
export type { MessageKey };

export const LANG_STORAGE_KEY = 'briefdesk.lang';

const catalogs: Record<Lang, Messages> = { vi, en };

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_STORAGE_KEY);
    if (saved === 'vi' || saved === 'en') return saved;
  } catch {
    // storage unavailable: fall back to the default
  }
  return 'vi';
}

export const i18n = $state<{ lang: Lang }>({ lang: initialLang() });

export function setLang(lang: Lang): void {
  i18n.lang = lang;
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // not persisted; still switched for this session
  }
  document.documentElement.lang = lang;
}

export type Params = Record<string, string | number>;

/** The BCP 47 tag for number and date formatting. */
export function localeTag(): string {
  return i18n.lang === 'vi' ? 'vi-VN' : 'en-GB';
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(localeTag()).format(n);
}

/**
 * The message for `key` in the current language. "{name}" takes params.name; a message
 * "one|other" picks "one" when params.n is 1.
 */
export function t(key: MessageKey, params?: Params): string {
  let msg = catalogs[i18n.lang][key] ?? vi[key] ?? key;
  if (msg.includes('|')) {
    const forms = msg.split('|');
    const n = params?.n;
    msg = (n === 1 ? forms[0] : forms[forms.length - 1]) ?? msg;
  }
  if (!params) return msg;
  return msg.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v) : v;
  });
}
