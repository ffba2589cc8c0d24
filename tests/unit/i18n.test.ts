import { describe, expect, it } from 'vitest';
import { dictionaries } from '#src/i18n/index.ts';
import { formatDate, languageName, missingKeys, useTranslations } from '#src/lib/i18n.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

const OTHERS = LANGUAGES.filter((l) => l !== 'en');

/** Values that are the same word in English and the other language. */
const SAME_WORD: Partial<Record<string, string[]>> = {
  es: ['value.no', 'issue.corruption', 'citation.article', 'pinpoint.article', 'pinpoint.articles'],
  fr: ['nav.instruments', 'nav.guides', 'instruments.title', 'instruments.articles', 'article.title', 'filter.region', 'case.sources', 'country.source', 'region.europe', 'issue.corruption', 'filter.title', 'issue.children', 'country.signature', 'news.sources', 'search.facet.instrument', 'search.type.guide', 'search.type.instrument', 'citation.article', 'pinpoint.article', 'pinpoint.fraction', 'pinpoint.fractions', 'consent.ratification', 'consent.succession'],
};
/** Keys whose value is not words (a dash for “not a party”, punctuation). */
const NOT_LANGUAGE = new Set(['search.placeholder', 'country.notParty', 'punct.colon', 'punct.comma', 'punct.semicolon']);

describe('UI dictionaries', () => {
  it.each(OTHERS)('%s has every key English defines', (lang) => {
    expect(missingKeys(lang)).toEqual([]);
  });
  it.each(OTHERS)('%s leaves no English in the chrome', (lang) => {
    const english = Object.entries(dictionaries.en)
      .filter(([key, value]) => dictionaries[lang][key as keyof typeof dictionaries.en] === value && !SAME_WORD[lang]?.includes(key) && !NOT_LANGUAGE.has(key))
      .map(([key]) => key);
    expect(english).toEqual([]);
  });
  it.each(OTHERS)('%s keeps every placeholder English uses', (lang) => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).filter((n) => n !== 'plural').sort();
    const broken = Object.entries(dictionaries.en).filter(([key, value]) => {
      const own = dictionaries[lang][key as keyof typeof dictionaries.en];
      return JSON.stringify([...new Set(names(own))]) !== JSON.stringify([...new Set(names(value))]);
    }).map(([key]) => key);
    expect(broken).toEqual([]);
  });
  it('fills placeholders', () => {
    expect(useTranslations('es')('article.title', { number: 6 })).toBe('Artículo 6');
  });
  it('chooses plural forms by the language’s own rules', () => {
    expect(useTranslations('en')('search.results', { count: 1, query: 'x' })).toBe('1 result for “x”');
    expect(useTranslations('en')('search.results', { count: 21, query: 'x' })).toBe('21 results for “x”');
    expect(useTranslations('ru')('search.results', { count: 21, query: 'x' })).toMatch(/^21 результат /);
    expect(useTranslations('ru')('search.results', { count: 3, query: 'x' })).toMatch(/^3 результата /);
    expect(useTranslations('ru')('search.results', { count: 5, query: 'x' })).toMatch(/^5 результатов /);
    expect(useTranslations('ar')('search.results', { count: 2, query: 'x' })).toMatch(/^نتيجتان/);
    expect(useTranslations('ar')('search.results', { count: 1000, query: 'x' })).toMatch(/^1,000 نتيجة/);
  });
  it('writes dates from ISO text in every language, whatever the time zone', () => {
    expect(formatDate('2004-01-28', 'en')).toBe('28 January 2004');
    expect(formatDate('2004-01-28', 'es')).toBe('28 de enero de 2004');
    expect(formatDate('2004-01', 'fr')).toBe('janvier 2004');
    expect(formatDate('2004-01-28', 'ru')).toMatch(/^28 января 2004/);
    expect(formatDate('2004', 'ar')).toBe('2004');
  });
  it('names the language a fallback is shown in, in the page’s language', () => {
    expect(languageName('en', 'es')).toBe('inglés');
    expect(languageName('en', 'fr')).toBe('anglais');
    expect(useTranslations('fr')('notice.fallback', { language: languageName('en', 'fr') })).toContain('anglais');
  });
});
