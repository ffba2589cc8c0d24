/**
 * The one list of site languages (DESIGN.md, "Languages"). Everything that varies by language derives from it:
 * content globs, per-language schema fields, routes, Astro's i18n config, hreflang and sitemap, the importers,
 * the dictionary check, tests and benches. Adding a language = an entry here, a UI dictionary in src/i18n/, content.
 */
export interface LocaleInfo {
  /** English name, for messages and documentation. */
  englishName: string;
  /** The language's own name, shown in the switcher. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag handed to `Intl` (dates, numbers, plurals, country names). */
  intl: string;
  /** Whether the Convention and its Protocols are authentic in this language (the UN's six). */
  unAuthentic: boolean;
  /** Language tag Pagefind indexes the pages under. */
  search: string;
}

export const LOCALES = {
  en: { englishName: 'English', nativeName: 'English', dir: 'ltr', intl: 'en-GB', unAuthentic: true, search: 'en' },
  es: { englishName: 'Spanish', nativeName: 'Español', dir: 'ltr', intl: 'es', unAuthentic: true, search: 'es' },
  fr: { englishName: 'French', nativeName: 'Français', dir: 'ltr', intl: 'fr', unAuthentic: true, search: 'fr' },
  ru: { englishName: 'Russian', nativeName: 'Русский', dir: 'ltr', intl: 'ru', unAuthentic: true, search: 'ru' },
  // Latin digits: article numbers and paragraph paths must read the same as in citations and anchors.
  ar: { englishName: 'Arabic', nativeName: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn', unAuthentic: true, search: 'ar' },
} as const satisfies Record<string, LocaleInfo>;

export type Lang = keyof typeof LOCALES;
/** Site languages in display order; English first (the default and the fallback). */
export const LANGUAGES = Object.keys(LOCALES) as [Lang, ...Lang[]];
export const DEFAULT_LANG: Lang = 'en';

/** Languages of the UN's authentic texts that are not (yet) site languages; a source in one of them is reported, not imported. */
export const OTHER_UN_LANGUAGES = ['zh'] as const;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

export function locale(lang: Lang): LocaleInfo {
  return LOCALES[lang];
}

/** Writing direction of a language tag; unknown tags read left to right. */
export function direction(lang: string): 'ltr' | 'rtl' {
  return isLang(lang) ? LOCALES[lang].dir : 'ltr';
}

/** A brace glob matching every site language, e.g. `{en,es,fr,ru,ar}`, for content loaders. */
export const LANGUAGE_GLOB = `{${LANGUAGES.join(',')}}`;
