/** Pure helpers of the search page: facets in the URL, Pagefind filters, paragraph deep links. */

/** Facets offered on the search page, in display order; each is a `data-pagefind-filter` name. */
export const SEARCH_FACETS = ['type', 'instrument', 'country', 'year', 'outcome', 'issue'] as const;
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
 * The paragraph a result should open at: the `para-…` anchor containing the first matched word that lies
 * inside the text (matches in the title or the hidden search terms before it do not count),
 * so a hit in SOM art. 6(1)(b)(ii) links to `#para-1-b-ii`, not the top of the article.
 */
export function paragraphForMatch(anchors: readonly { id?: string; location: number }[], locations: readonly number[]): string | undefined {
  const paragraphs = anchors.filter((a) => a.id?.startsWith('para-')).sort((a, b) => a.location - b.location);
  if (!paragraphs.length) return undefined;
  const inText = locations.filter((l) => l >= paragraphs[0]!.location).sort((a, b) => a - b);
  if (!inText.length) return undefined;
  return paragraphs.filter((a) => a.location <= inText[0]!).at(-1)?.id;
}
