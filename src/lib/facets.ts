/** Facet values for filtering lists of cases and countries (also used as Pagefind filters). Runs in the browser too: keep it free of data-heavy imports. */
import { articleLevel, compareReferences, type Reference } from './citation.ts';

interface CaseFacetInput { country: string; year: number | null; outcome: string; issues: readonly string[]; provisionsEngaged: readonly Reference[]; provisionsCitedByCourt: readonly Reference[] }

/** Provisions at article level (`SOM 6`), the granularity useful for filtering, in citation order; a whole-instrument reference stays `TIP`. */
export function articleLevelProvisions(provisions: readonly Reference[]): string[] {
  return [...new Set([...provisions].sort(compareReferences).map((p) => articleLevel(p).text))];
}

const caseProvisions = (c: Pick<CaseFacetInput, 'provisionsEngaged' | 'provisionsCitedByCourt'>) => articleLevelProvisions([...c.provisionsEngaged, ...c.provisionsCitedByCourt]);

/** The facet values one case carries (the same values the list filters on and counts). */
export function caseFacetValues(c: CaseFacetInput): Record<string, string[]> {
  return { country: [c.country], year: [String(c.year ?? '')], outcome: [c.outcome], provision: caseProvisions(c), issue: [...c.issues] };
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
    provision: articleLevelProvisions(cases.flatMap((c) => [...c.provisionsEngaged, ...c.provisionsCitedByCourt])),
    issue: uniq(cases.flatMap((c) => [...c.issues])).sort(),
    valuesOf: caseFacetValues,
  };
}

/** Whether an item's facet values match the selection: OR within a facet, AND across facets. */
export function matchesFacets(item: Record<string, readonly string[]>, selected: Record<string, readonly string[]>): boolean {
  return Object.entries(selected).every(([facet, values]) => values.length === 0 || values.some((v) => item[facet]?.includes(v)));
}
