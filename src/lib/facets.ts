/** Facet values for filtering lists of cases and countries (also used as Pagefind filters). Runs in the browser too: keep it free of data-heavy imports. */
import { parseReference } from './citation.ts';

interface CaseFacetInput { country: string; year: number | null; outcome: string; issues: readonly string[]; provisionsEngaged: readonly string[]; provisionsCitedByCourt: readonly string[] }

/** A case's provisions at article level (`SOM 6`), the granularity useful for filtering; a whole-instrument reference stays `TIP`. */
export function articleLevelProvisions(c: Pick<CaseFacetInput, 'provisionsEngaged' | 'provisionsCitedByCourt'>): string[] {
  const all = [...c.provisionsEngaged, ...c.provisionsCitedByCourt].map((p) => parseReference(p)!).map((p) => (p.article === null ? p.code : `${p.code} ${p.article}`));
  return [...new Set(all)];
}

const byCitation = (a: string, b: string) => {
  const [ca, cb] = [parseReference(a)!, parseReference(b)!];
  return ca.code.localeCompare(cb.code) || (ca.article ?? 0) - (cb.article ?? 0);
};

/** The facet values one case carries (the same values the list filters on and counts). */
export function caseFacetValues(c: CaseFacetInput): Record<string, string[]> {
  return { country: [c.country], year: [String(c.year ?? '')], outcome: [c.outcome], provision: articleLevelProvisions(c), issue: [...c.issues] };
}

/** How many items carry each value of each facet. */
export function facetCounts(items: readonly Record<string, readonly string[]>[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const item of items) {
    for (const [facet, values] of Object.entries(item)) {
      for (const value of new Set(values)) (counts[facet] ??= {})[value] = (counts[facet][value] ?? 0) + 1;
    }
  }
  return counts;
}

export function caseFacets(cases: readonly CaseFacetInput[]) {
  const uniq = (values: string[]) => [...new Set(values)].filter(Boolean);
  return {
    country: uniq(cases.map((c) => c.country)).sort(),
    year: [...new Set(cases.map((c) => String(c.year ?? '')))].sort().reverse(),
    outcome: uniq(cases.map((c) => c.outcome)).sort(),
    provision: uniq(cases.flatMap(articleLevelProvisions)).sort(byCitation),
    issue: uniq(cases.flatMap((c) => [...c.issues])).sort(),
    provisionsOf: articleLevelProvisions,
    valuesOf: caseFacetValues,
  };
}

/** Whether an item's facet values match the selection: OR within a facet, AND across facets. */
export function matchesFacets(item: Record<string, readonly string[]>, selected: Record<string, readonly string[]>): boolean {
  return Object.entries(selected).every(([facet, values]) => values.length === 0 || values.some((v) => item[facet]?.includes(v)));
}
