/** Pure helpers of the search page: facets in the URL, Pagefind filters, paragraph deep links. */

/** Facets offered on the search page, in display order; each is a `data-pagefind-filter` name. */
export const SEARCH_FACETS = ['type', 'instrument', 'provision', 'country', 'year', 'outcome', 'issue'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];
export type FacetSelection = Partial<Record<SearchFacet, string[]>>;

/** Reads `?country=Peru&country=Ecuador&type=case` into a selection. */
export function selectionFromParams(params: URLSearchParams): FacetSelection {
  const selection: FacetSelection = {};
  for (const facet of SEARCH_FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) selection[facet] = values;
  }
  return selection;
}

/** The URL query for a search: `q`, each selected facet value, and `all=1` when searching every language. */
export function searchParams(query: string, selection: FacetSelection, allLanguages: boolean): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const facet of SEARCH_FACETS) for (const value of selection[facet] ?? []) params.append(facet, value);
  if (allLanguages) params.set('all', '1');
  return params;
}

/**
 * Pagefind filters for a selection: values of one facet combine with OR (`any`), facets with AND
 * (Pagefind's default between keys).
 * @see https://pagefind.app/docs/js-api-filtering/
 */
export function pagefindFilters(selection: FacetSelection): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(selection).filter(([, v]) => v && v.length).map(([facet, values]) => [facet, { any: values! }]));
}

/**
 * The paragraph a result should open at: among the `para-…` anchors, the one holding the most distinct
 * query words (on a tie, the shorter paragraph); matches before the first paragraph (title, hidden search
 * terms) do not count. So a hit in SOM art. 6(1)(b)(ii) links to `#para-1-b-ii`, not the top of the article.
 * `matches` are the matched word positions with the word found there.
 */
export function paragraphForMatch(anchors: readonly { id?: string; location: number }[], matches: readonly { location: number; word: string }[]): string | undefined {
  const paragraphs = anchors.filter((a) => a.id?.startsWith('para-')).sort((a, b) => a.location - b.location);
  let best: { id: string; distinct: number; length: number } | undefined;
  paragraphs.forEach((p, i) => {
    const end = paragraphs[i + 1]?.location ?? Infinity;
    const distinct = new Set(matches.filter((m) => m.location >= p.location && m.location < end).map((m) => m.word.toLowerCase())).size;
    const length = end - p.location;
    if (distinct > 0 && (!best || distinct > best.distinct || (distinct === best.distinct && length < best.length))) best = { id: p.id!, distinct, length };
  });
  return best?.id;
}
