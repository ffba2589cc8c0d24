/** UI string lookup. Dictionaries are checked when loaded: a key missing in a language is an error, never silent English. */
import { dictionaries, type UIKey } from '../i18n/index.ts';
import { LANGUAGES, type Lang } from './vocabulary.ts';

/** Keys present in English but missing (or empty) in `lang`. */
export function missingKeys(lang: Lang): UIKey[] {
  const dict = dictionaries[lang] as Partial<Record<UIKey, string>>;
  return (Object.keys(dictionaries.en) as UIKey[]).filter((key) => !dict[key]);
}

for (const lang of LANGUAGES) {
  const missing = missingKeys(lang);
  if (missing.length) throw new Error(`UI dictionary src/i18n/${lang}.ts lacks ${missing.join(', ')}`);
}

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string;

/** Returns `t(key, vars)` for one language; `{name}` placeholders are filled from `vars`. */
export function useTranslations(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, vars = {}) => dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export function isLang(value: string | undefined): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/** Pick the localized value for `lang`, falling back to English; says whether it fell back. */
export function pickLocalized<T>(value: { en: T } & Partial<Record<Lang, T>>, lang: Lang): { value: T; lang: Lang; fallback: boolean } {
  const own = value[lang];
  return own !== undefined ? { value: own, lang, fallback: false } : { value: value.en, lang: 'en', fallback: lang !== 'en' };
}

/** Locale-aware date, e.g. "28 January 2004" / "28 de enero de 2004". */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Country or region name from its ISO code (`eu` included), in the UI language. */
export function countryName(iso2: string, lang: Lang): string {
  return new Intl.DisplayNames([lang], { type: 'region' }).of(iso2.toUpperCase()) ?? iso2.toUpperCase();
}
