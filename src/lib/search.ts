/**
 * Pure helpers of search: what each page gives the index (weights, facets, searchable metadata), facets in the URL,
 * Pagefind filters, paragraph deep links, suggestions for misspelt queries.
 */
import type { Lang } from '#src/registries/locales.ts';

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
 * query words (on a tie, the shorter paragraph); matches before the first paragraph (the title) do not count.
 * So a hit in SOM art. 6(1)(b)(ii) links to `#para-1-b-ii`, not the top of the article.
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

/* ------------------------------------------------------------------------------------------------------------------ */
/* What goes into the index (rendered by src/components/SearchIndexing.astro, the one place writing the markup).     */
/* ------------------------------------------------------------------------------------------------------------------ */

/** The kinds of page in the search index: the `type` filter of every indexed page and the label of every result. */
export const PAGE_TYPES = ['treaty', 'instrument', 'legislation', 'case', 'guide', 'reading-list', 'news', 'page', 'section'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * Searchable metadata fields and how much a match in each lifts a page: Pagefind's `ranking.metaWeights`
 * (a title match lifts ×5 by default; a field left out counts ×1). Words held only here are found but never shown
 * in a snippet: practitioners' synonyms (`terms`) and the other names of a case (`name`) stay out of the excerpts.
 * @see https://pagefind.app/docs/ranking/#configuring-metadata-weights
 */
export const META_WEIGHTS = {
  /** The page's own title (its h1). */
  title: 5,
  /** The terms a definitions article defines ("smuggling of migrants", "trata de personas"). */
  defines: 9,
  /** A case's name and report citation ("R. v. Appulonappa — 2015 SCC 59"). */
  name: 8,
  /** The country a national law page is about ("Peru"), so that it comes before the cases that name the country. */
  country: 10,
  /** The short citation of an article or the code of an instrument ("SOM 6", "UNTOC"). */
  cite: 6,
  /** Practitioners' words for the concepts of a provision (content/search-terms.yaml): the provision answers them. */
  terms: 12,
  /** The title of a national law ("Immigration and Refugee Protection Act"). */
  law: 4,
  /**
   * The issues a case turns on, in the comparison's words too ("Humanitarian or family exemption"), and the
   * practitioners' words for them: a case answers them after the provision does.
   */
  issues: 2,
} as const;
export type MetaField = keyof typeof META_WEIGHTS;

/**
 * Weights of parts of a page's text (`data-pagefind-weight`; ordinary text is 1, Pagefind weighs headings 7 to 2
 * itself). The definitions articles (UNTOC 2, SOM 3, TIP 3, FIREARMS 3) count three times, so that a query in the
 * words of a definition finds the definition before the guides and digests that quote it.
 * @see https://pagefind.app/docs/weighting/
 */
export const CONTENT_WEIGHTS = { definitions: 3 } as const;
export type ContentWeight = keyof typeof CONTENT_WEIGHTS;

interface Common {
  /** The result's title: the page's heading, without the site name. */
  title: string;
}
/**
 * What one page gives the index besides its main text, by type. Main text is whatever the page leaves inside
 * `data-pagefind-body` without `data-pagefind-ignore`: the treaty text, the digest, the law, the guide; never the
 * navigation, row labels, cross-link lists or metadata lines, which each page marks to be ignored.
 */
export type SearchEntry = Common & (
  | { type: 'treaty'; instrument: string; article: number; defines?: readonly string[]; terms?: readonly string[] }
  | { type: 'instrument'; instrument: string }
  | { type: 'legislation'; country: string; /** The title of the law held, if one is. */ law?: string }
  | {
      type: 'case'; name: string; country: string; year?: number | string | null; outcome: string;
      /** Issue labels (a facet and searchable); `related` adds the comparison's words for them (searchable only). */
      issues: readonly string[]; related?: readonly string[];
      /** Provisions at article level ("SOM 6"), a facet. */
      provisions: readonly string[]; terms?: readonly string[];
    }
  | { type: 'guide' | 'reading-list'; provisions?: readonly string[] }
  | { type: 'news' | 'page' | 'section' }
);

/** The data-pagefind-meta and data-pagefind-filter pairs for a page, in a stable order; empty values are left out. */
export interface IndexMarkup { meta: [field: MetaField, value: string][]; filters: [facet: SearchFacet, value: string][] }

const list = (values: readonly string[] | undefined) => [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))].join(' · ');

/** The index markup of a page: its type, facets and searchable metadata (see {@link SearchEntry}). */
export function indexMarkup(entry: SearchEntry): IndexMarkup {
  const meta: IndexMarkup['meta'] = [['title', entry.title]];
  const filters: IndexMarkup['filters'] = [['type', entry.type]];
  switch (entry.type) {
    case 'treaty':
      filters.push(['instrument', entry.instrument]);
      meta.push(['cite', `${entry.instrument} ${entry.article}`], ['defines', list(entry.defines)], ['terms', list(entry.terms)]);
      break;
    case 'instrument':
      filters.push(['instrument', entry.instrument]);
      meta.push(['cite', entry.instrument]);
      break;
    case 'legislation':
      filters.push(['country', entry.country]);
      meta.push(['country', entry.country], ['law', entry.law ?? '']);
      break;
    case 'case':
      filters.push(['country', entry.country]);
      if (entry.year) filters.push(['year', String(entry.year)]);
      filters.push(['outcome', entry.outcome], ...entry.issues.map((i) => ['issue', i] as [SearchFacet, string]), ...entry.provisions.map((p) => ['provision', p] as [SearchFacet, string]));
      meta.push(['name', entry.name], ['issues', list([...entry.issues, ...(entry.related ?? []), ...(entry.terms ?? [])])]);
      break;
    case 'guide':
    case 'reading-list':
      filters.push(...(entry.provisions ?? []).map((p) => ['provision', p] as [SearchFacet, string]));
      break;
  }
  return { meta: meta.filter(([, v]) => v.trim()), filters: filters.filter(([, v]) => v.trim()) };
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* What the query sends to Pagefind.                                                                                  */
/* ------------------------------------------------------------------------------------------------------------------ */

/**
 * The commonest short words of each site language. Pagefind reads every query word as the start of a word, so "de"
 * asks for every word beginning "de" (delito, derecho, desde…): several index chunks, tens of kilobytes, for a
 * word that every page holds and that changes no ranking. They are left out of what is sent to Pagefind.
 * A language without a list (a new one) simply keeps every word.
 */
export const STOP_WORDS: Partial<Record<Lang, readonly string[]>> = {
  en: ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'in', 'is', 'it', 'of', 'on', 'or', 'the', 'to'],
  es: ['a', 'al', 'de', 'del', 'el', 'en', 'es', 'la', 'las', 'lo', 'los', 'o', 'para', 'por', 'se', 'u', 'un', 'una', 'y'],
  fr: ['a', 'au', 'aux', 'de', 'des', 'du', 'en', 'est', 'et', 'la', 'le', 'les', 'ou', 'par', 'pour', 'un', 'une'],
  ru: ['в', 'во', 'и', 'к', 'ко', 'на', 'о', 'об', 'от', 'по', 'с', 'со', 'у'],
  ar: ['في', 'من', 'على', 'إلى', 'عن', 'و', 'أو', 'ما', 'هو', 'هي'],
};

/**
 * The query as sent to Pagefind: without the language's commonest short words (see {@link STOP_WORDS}), unless
 * that would leave nothing or the query is an exact phrase in quotes. Elided forms ("d’argent") stay as typed, as
 * Pagefind indexes them.
 */
export function searchableQuery(query: string, lang: string): string {
  const stop = new Set(STOP_WORDS[lang as Lang] ?? []);
  if (!stop.size || /^\s*".+"\s*$/.test(query)) return query;
  const words = query.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !stop.has(foldWord(w)));
  return kept.length ? kept.join(' ') : query;
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* The words of a query (suggestions for a misspelt one are in ./spelling.ts, which the search page loads lazily).    */
/* ------------------------------------------------------------------------------------------------------------------ */

/** Lower case without accents: how a typed word is compared with the vocabulary ("Extradicion" ~ "extradición"). */
export const foldWord = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a query worth checking for a misspelling: letters only, four or more. */
export const checkableWords = (query: string) => [...new Set(query.split(/\s+/).map(foldWord).filter((w) => /^\p{L}{4,}$/u.test(w)))];

/**
 * The query words a result did not really match. Pagefind matches a word it does not hold by the longest indexed
 * word its stem starts with ("extradtion" → "extra…"): such a result matched a shorter word than the one typed.
 * A query word counts as matched when one of the words matched in the result shares all but its last three letters
 * (what a stemmer strips) with it; words matched only in metadata cannot be judged and count as matched.
 */
export function unmatchedWords(query: string, matched: readonly string[]): string[] {
  if (!matched.length) return [];
  const words = matched.map(foldWord);
  const common = (a: string, b: string) => { let i = 0; while (i < a.length && a[i] === b[i]) i++; return i; };
  return checkableWords(query).filter((w) => !words.some((m) => common(m.replace(/^\P{L}+/u, ''), w) >= Math.max(3, w.length - 3)));
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Results.                                                                                                           */
/* ------------------------------------------------------------------------------------------------------------------ */

/** How many results the list holds at first, and how many more each "Show more" adds. */
export const RESULTS_PAGE = 10;

/** Text of a result as shown: the instrument's short name before an article title ("SOM Protocol, Article 6 — …"). */
export function resultTitle(title: string, type: string | undefined, instrumentName: string | undefined): string {
  return type === 'treaty' && instrumentName ? `${instrumentName}, ${title}` : title;
}
