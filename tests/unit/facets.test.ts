import { describe, expect, it } from 'vitest';
import { reference } from '#src/lib/citation.ts';
import { caseFacets, matchesFacets } from '#src/lib/facets.ts';
import { alignBlocks } from '#src/lib/align.ts';
import { parse } from '#scripts/lib/csv.ts';
import { provisionId } from '#src/lib/legislation-parser.ts';

describe('matchesFacets', () => {
  const item = { country: ['pe'], issue: ['gender', 'children'] };
  it('combines values of one facet with OR and facets with AND', () => {
    expect(matchesFacets(item, { country: ['pe', 'ec'] })).toBe(true);
    expect(matchesFacets(item, { country: ['pe'], issue: ['corruption'] })).toBe(false);
    expect(matchesFacets(item, { country: [], issue: ['children'] })).toBe(true);
  });
  it('offers provisions at article level, ordered by instrument and article', () => {
    const f = caseFacets([{ country: 'pe', year: 2024, outcome: 'other', issues: [], provisionsEngaged: [reference('SOM 6(1)(a)'), reference('UNTOC 2(a)'), reference('SOM 16(1)'), reference('SOM 3(a)')], provisionsCitedByCourt: [] }]);
    expect(f.provision).toEqual(['SOM 3', 'SOM 6', 'SOM 16', 'UNTOC 2']);
  });
});

describe('alignBlocks', () => {
  it('pairs by path and gives an extra chapeau line its own row', () => {
    const rows = alignBlocks([{ path: ['2'] }, { path: ['2', 'a'] }], [{ path: ['2'] }, { path: null }, { path: ['2', 'a'] }]);
    expect(rows.map((r) => [r.left?.path?.join('-') ?? '', r.right?.path?.join('-') ?? (r.right ? 'chapeau' : '')])).toEqual([['2', '2'], ['', 'chapeau'], ['2-a', '2-a']]);
  });
});

describe('import helpers', () => {
  it('reads quoted CSV fields with commas, quotes and newlines', () => {
    expect(parse('a,b\n"x, ""y""","line\nbreak"\n')).toEqual([{ a: 'x, "y"', b: 'line\nbreak' }]);
  });
  it('derives provision ids from legislation headings', () => {
    expect(provisionId('Art. 303-A — Tráfico ilícito de migrantes')).toBe('art-303-a');
    expect(provisionId('§ 1324(a) — Criminal penalties')).toBe('1324-a');
    expect(provisionId('Código Penal, art. 318 bis — Título XV bis')).toBe('codigo-penal-art-318-bis');
  });
});

import { pagefindFilters, paragraphForMatch, searchParams, selectionFromParams } from '#src/lib/search.ts';

describe('search helpers', () => {
  it('round-trips the facet selection through the URL', () => {
    const params = searchParams('coyote', { country: ['Peru', 'Ecuador'], type: ['case'] }, true);
    expect(params.toString()).toBe('q=coyote&type=case&country=Peru&country=Ecuador&all=1');
    expect(selectionFromParams(params)).toEqual({ type: ['case'], country: ['Peru', 'Ecuador'] });
  });
  it('ORs the values of a facet and ANDs facets', () => {
    expect(pagefindFilters({ country: ['Peru', 'Ecuador'], outcome: ['Convicted'] })).toEqual({ country: { any: ['Peru', 'Ecuador'] }, outcome: { any: ['Convicted'] } });
  });
  it('links a hit to the paragraph that contains it', () => {
    const anchors = [{ id: 'main', location: 0 }, { id: 'para-1', location: 10 }, { id: 'para-1-b-ii', location: 40 }, { id: 'para-2', location: 60 }];
    const at = (...pairs: [number, string][]) => pairs.map(([location, word]) => ({ location, word }));
    expect(paragraphForMatch(anchors, at([45, 'document'], [70, 'document']))).toBe('para-1-b-ii');
    expect(paragraphForMatch(anchors, at([3, 'document'], [45, 'document']))).toBe('para-1-b-ii');
    // the same word three times in 1, two different query words in 1(b)(ii)
    expect(paragraphForMatch(anchors, at([12, 'de'], [13, 'de'], [14, 'de'], [44, 'documento'], [45, 'de']))).toBe('para-1-b-ii');
    expect(paragraphForMatch(anchors, at([5, 'x']))).toBeUndefined();
  });
});
