/** UI string lookup. Dictionaries are checked when loaded: a key missing in a language is an error, never silent English. */
import { dictionaries, type UIKey } from '#src/i18n/index.ts';
import { direction, isLang, LANGUAGES, LOCALES, type Lang } from '#src/registries/locales.ts';
import { formatMessage, type MessageVars } from './message.ts';

export { isLang };

/** Keys present in English but missing (or empty) in `lang`. */
export function missingKeys(lang: Lang): UIKey[] {
  const dict = dictionaries[lang] as Partial<Record<UIKey, string>>;
  return (Object.keys(dictionaries.en) as UIKey[]).filter((key) => !dict[key]);
}

for (const lang of LANGUAGES) {
  const missing = missingKeys(lang);
  if (missing.length) throw new Error(`UI dictionary src/i18n/${lang}.ts lacks ${missing.join(', ')}`);
}

export type Translate = (key: UIKey, vars?: MessageVars) => string;

/** Returns `t(key, vars)` for one language; placeholders and plurals are filled by `formatMessage`. */
export function useTranslations(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, vars = {}) => formatMessage(dict[key], vars, LOCALES[lang].intl);
}

/**
 * Locale-aware date from an ISO date as content holds it ("2004-01-28", "2004-01" or "2004"), e.g. "28 January 2004" /
 * "28 de enero de 2004" / "January 2004". Read as a calendar date in UTC, so no build machine's time zone can shift it.
 */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day ? { dateStyle: 'long' } : month ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(LOCALES[lang].intl, { ...options, timeZone: 'UTC' }).format(date);
}

/** Country or region name from its ISO code (`eu` included), in the UI language. */
export function countryName(iso2: string, lang: Lang): string {
  if (Object.hasOwn(SUPRANATIONAL_NAMES, iso2)) return dictionaries[lang][SUPRANATIONAL_NAMES[iso2 as keyof typeof SUPRANATIONAL_NAMES]];
  return new Intl.DisplayNames([LOCALES[lang].intl], { type: 'region' }).of(iso2.toUpperCase()) ?? iso2.toUpperCase();
}

/** The supranational courts have no ISO name: their names are UI strings. */
const SUPRANATIONAL_NAMES = { cjeu: 'jurisdiction.cjeu', ecthr: 'jurisdiction.ecthr' } as const satisfies Record<string, UIKey>;

/**
 * `lang` and the matching `dir` for an element whose content is in another language than the page (or nothing when
 * `lang` is undefined): English fallback text on an Arabic page then runs left to right.
 */
export function langDir(lang: string | undefined): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return lang ? { lang, dir: direction(lang) } : {};
}

/** A language's name in the page's language ("inglés", "английский"), from `Intl`. */
export function languageName(code: string, inLang: Lang): string {
  return new Intl.DisplayNames([LOCALES[inLang].intl], { type: 'language' }).of(code) ?? code;
}
