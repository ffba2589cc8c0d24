import { describe, expect, it } from 'vitest';
import {
  META_WEIGHTS, PAGE_TYPES, indexMarkup, paragraphForMatch, pagefindFilters, resultTitle, searchParams, searchableQuery, selectionFromParams, unmatchedWords,
} from '#src/lib/search.ts';
import { editDistance, initialOf, suggestQuery, vocabulary, vocabularyFrom, wordsOf } from '#src/lib/spelling.ts';
import { en } from '#src/i18n/en.ts';
import { dictionaries } from '#src/i18n/index.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

describe('index markup by page type', () => {
  it('a treaty article: type and instrument facets; title, citation, defined terms and practitioners’ terms searchable', () => {
    const { meta, filters } = indexMarkup({ type: 'treaty', title: 'Article 3 — Use of terms', instrument: 'SOM', article: 3, defines: ['smuggling of migrants', 'illegal entry'], terms: ['coyote', 'snakehead', 'coyote'] });
    expect(filters).toEqual([['type', 'treaty'], ['instrument', 'SOM']]);
    expect(Object.fromEntries(meta)).toEqual({ title: 'Article 3 — Use of terms', cite: 'SOM 3', defines: 'smuggling of migrants · illegal entry', terms: 'coyote · snakehead' });
  });
  it('a case: every facet, and its name, issues (with the comparison’s words) and terms searchable', () => {
    const { meta, filters } = indexMarkup({
      type: 'case', title: 'R. v. Appulonappa', name: 'R. v. Appulonappa — 2015 SCC 59', country: 'Canada', year: 2015, outcome: 'Other',
      issues: ['Humanitarian or family assistance'], related: ['Humanitarian or family exemption'], provisions: ['SOM 3', 'SOM 6'],
    });
    expect(filters).toEqual([['type', 'case'], ['country', 'Canada'], ['year', '2015'], ['outcome', 'Other'], ['issue', 'Humanitarian or family assistance'], ['provision', 'SOM 3'], ['provision', 'SOM 6']]);
    expect(Object.fromEntries(meta)).toEqual({ title: 'R. v. Appulonappa', name: 'R. v. Appulonappa — 2015 SCC 59', issues: 'Humanitarian or family assistance · Humanitarian or family exemption' });
  });
  it('home and list pages are typed too, so no result is left without a label', () => {
    expect(indexMarkup({ type: 'section', title: 'Case digests' }).filters).toEqual([['type', 'section']]);
  });
  it('every searchable field has a weight, and every page type a label in every language', () => {
    for (const type of PAGE_TYPES) for (const lang of LANGUAGES) expect(dictionaries[lang][`search.type.${type}`], `${lang} ${type}`).toBeTruthy();
    const fields = new Set(PAGE_TYPES.flatMap((type) => indexMarkup({ type, title: 't', instrument: 'SOM', article: 1, defines: ['d'], terms: ['t'], country: 'c', law: 'l', name: 'n', outcome: 'o', issues: ['i'], provisions: [] } as never).meta.map(([f]) => f)));
    for (const field of fields) expect(META_WEIGHTS[field], field).toBeGreaterThan(0);
    expect(en['search.more']).toContain('{count}');
  });
});

describe('results', () => {
  it('names the instrument of a treaty result', () => {
    expect(resultTitle('Artículo 6 — Penalización', 'treaty', 'Protocolo contra el tráfico ilícito de migrantes')).toBe('Protocolo contra el tráfico ilícito de migrantes, Artículo 6 — Penalización');
    expect(resultTitle('R. v. Appulonappa', 'case', undefined)).toBe('R. v. Appulonappa');
  });
  it('keeps facets in the URL and ORs the values of one facet', () => {
    const params = searchParams('smuggling', { country: ['Peru', 'Ecuador'], type: ['case'] }, true);
    expect(params.toString()).toBe('q=smuggling&type=case&country=Peru&country=Ecuador&all=1');
    expect(selectionFromParams(params)).toEqual({ type: ['case'], country: ['Peru', 'Ecuador'] });
    expect(pagefindFilters({ country: ['Peru', 'Ecuador'] })).toEqual({ country: { any: ['Peru', 'Ecuador'] } });
  });
  it('opens a result at the paragraph holding most of the query’s words', () => {
    const anchors = [{ id: 'para-1', location: 10 }, { id: 'para-1-a', location: 20 }, { id: 'para-1-b', location: 30 }];
    expect(paragraphForMatch(anchors, [{ location: 2, word: 'coyote' }, { location: 22, word: 'smuggling' }, { location: 33, word: 'smuggling' }, { location: 35, word: 'migrants' }])).toBe('para-1-b');
    expect(paragraphForMatch(anchors, [{ location: 2, word: 'coyote' }])).toBeUndefined();
  });
});

describe('what the query sends to Pagefind', () => {
  it('leaves out the commonest short words, but not from an exact phrase or a query of nothing else', () => {
    expect(searchableQuery('tráfico ilícito de migrantes', 'es')).toBe('tráfico ilícito migrantes');
    expect(searchableQuery('équipes communes d’enquête', 'fr')).toBe('équipes communes d’enquête');
    expect(searchableQuery('traite des personnes', 'fr')).toBe('traite personnes');
    expect(searchableQuery('smuggling of migrants by sea', 'en')).toBe('smuggling migrants sea');
    expect(searchableQuery('"smuggling of migrants"', 'en')).toBe('"smuggling of migrants"');
    expect(searchableQuery('of the', 'en')).toBe('of the');
    expect(searchableQuery('ما هو تهريب المهاجرين', 'ar')).toBe('تهريب المهاجرين');
    expect(searchableQuery('smuggling of migrants', 'zh')).toBe('smuggling of migrants');
  });
});

describe('suggestions for a misspelt query', () => {
  const vocab = vocabulary(vocabularyFrom(
    ['smuggling of migrants by sea', 'smuggling and smugglers', 'extradition of nationals', 'extradition treaty', 'extradición pasiva', 'la extradición', 'smuggling migrants smuggled', 'snuggling'],
    ['Appulonappa'],
  ));
  it('builds the vocabulary from the index: letters only, widespread first, titles always in', () => {
    expect(wordsOf('SOM 6(1)(a): the smuggling of migrants')).toEqual(['smuggling', 'migrants']);
    expect(vocab.words[0]).toBe('smuggling');
    expect(vocab.rank.has('appulonappa')).toBe(true);
    expect(vocab.rank.has('snuggling')).toBe(false);
  });
  it('measures edits, with a swap of two letters as one', () => {
    expect(editDistance('smugling', 'smuggling', 2)).toBe(1);
    expect(editDistance('extradtion', 'extradition', 2)).toBe(1);
    expect(editDistance('smugglnig', 'smuggling', 2)).toBe(1);
    expect(editDistance('cat', 'smuggling', 2)).toBe(3);
  });
  it('corrects the words found misspelt, and only those', () => {
    const misspelt = (...w: string[]) => new Set(w);
    expect(suggestQuery('smugling', vocab, misspelt('smugling'))).toBe('smuggling');
    expect(suggestQuery('smugling by sea', vocab, misspelt('smugling'))).toBe('smuggling by sea');
    expect(suggestQuery('extradtion', vocab, misspelt('extradtion'))).toBe('extradition');
    expect(suggestQuery('Extradicion', vocab, misspelt('extradicion'))).toBe(null);
    expect(suggestQuery('smugg', vocab, misspelt('smugg'))).toBe(null);
    expect(suggestQuery('xylophone', vocab, misspelt('xylophone'))).toBe(null);
    expect(suggestQuery('smuglers smugling', vocab, misspelt('smugling'))).toBe('smuglers smuggling');
  });
  it('tells a real match from Pagefind’s match of a shorter word', () => {
    expect(unmatchedWords('extradtion', ['extra-continental', 'Extra-continental'])).toEqual(['extradtion']);
    expect(unmatchedWords('extradition', ['Extradition.', 'extraditable'])).toEqual([]);
    expect(unmatchedWords('smuggled migrants', ['smuggling', 'migrant'])).toEqual([]);
    expect(unmatchedWords('coyote', [])).toEqual([]);
  });
  it('files the vocabulary by initial, accents folded', () => {
    expect(initialOf('Émigration')).toBe(initialOf('emigration'));
    expect(initialOf('торговля')).toBe('442');
  });
});
