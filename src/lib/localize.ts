/**
 * The one fallback rule of the site: what a page in one language shows of something held in some languages. Its own
 * language's version, else English, else the first language that has one; the result says which language that is,
 * which way it reads and whether it fell back (the page then shows a notice and marks the text with `lang` and `dir`).
 */
import { direction, LANGUAGES, type Lang } from '#src/registries/locales.ts';

export interface Localized<T> {
  value: T;
  /** The language of `value`. */
  lang: Lang;
  dir: 'ltr' | 'rtl';
  /** True when `value` is not in the language asked for. */
  fallback: boolean;
}

type ByLang<T> = Partial<Record<Lang, T>>;

const ORDER: readonly Lang[] = ['en', ...LANGUAGES];

/** What a page in `lang` shows of `byLang`; undefined only when no language has a value (never when English is required). */
export function localize<T>(byLang: { en: T } & ByLang<T>, lang: Lang): Localized<T>;
export function localize<T>(byLang: ByLang<T>, lang: Lang): Localized<T> | undefined;
export function localize<T>(byLang: ByLang<T>, lang: Lang): Localized<T> | undefined {
  const from = byLang[lang] !== undefined ? lang : ORDER.find((l) => byLang[l] !== undefined);
  if (from === undefined) return undefined;
  return { value: byLang[from]!, lang: from, dir: direction(from), fallback: from !== lang };
}

/**
 * For a content entry held in some languages, what each site language shows: its own text, or another language's
 * flagged as a fallback (shown with a notice, not indexed for search). Every site language gets a page.
 */
export interface LocalizedVersion<T> { lang: Lang; entry: T; contentLang: Lang; fallback: boolean }

export function localizedVersions<T>(byLang: ByLang<T>): LocalizedVersion<T>[] {
  return LANGUAGES.flatMap((lang): LocalizedVersion<T>[] => {
    const shown = localize(byLang, lang);
    return shown ? [{ lang, entry: shown.value, contentLang: shown.lang, fallback: shown.fallback }] : [];
  });
}
