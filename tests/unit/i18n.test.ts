import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/index.ts';
import { missingKeys, useTranslations } from '../../src/lib/i18n.ts';

/** Values that are the same word in English and the other language. */
const SAME_WORD: Record<string, string[]> = {
  es: ['value.no', 'issue.corruption', 'country.notParty'],
  fr: ['nav.instruments', 'nav.guides', 'instruments.title', 'instruments.articles', 'article.title', 'filter.region', 'case.sources', 'country.source', 'region.europe', 'issue.corruption', 'country.notParty', 'filter.title', 'issue.children', 'country.signature', 'news.sources', 'search.facet.instrument', 'search.type.guide'],
};

describe('UI dictionaries', () => {
  it.each(['es', 'fr'] as const)('%s has every key English defines', (lang) => {
    expect(missingKeys(lang)).toEqual([]);
  });
  it.each(['es', 'fr'] as const)('%s leaves no English in the chrome', (lang) => {
    const english = Object.entries(dictionaries.en).filter(([key, value]) => (dictionaries[lang] as Record<string, string>)[key] === value && !SAME_WORD[lang]!.includes(key)).map(([key]) => key);
    expect(english).toEqual([]);
  });
  it('fills placeholders', () => {
    expect(useTranslations('es')('article.title', { number: 6 })).toBe('Artículo 6');
  });
});
