/** Facet values for filtering lists of cases and countries (also used as Pagefind filters). */
import { parseCitation } from './citation.ts';

interface CaseFacetInput { country: string; year: number | null; outcome: string; issues: readonly string[]; provisionsEngaged: readonly string[]; provisionsCitedByCourt: readonly string[] }

/** A case's provisions at article level (`SOM 6`), the granularity useful for filtering. */
export function articleLevelProvisions(c: Pick<CaseFacetInput, 'provisionsEngaged' | 'provisionsCitedByCourt'>): string[] {
  const all = [...c.provisionsEngaged, ...c.provisionsCitedByCourt].map((p) => parseCitation(p)!).map((p) => `${p.code} ${p.article}`);
  return [...new Set(all)];
}

const byCitation = (a: string, b: string) => {
  const [ca, cb] = [parseCitation(a)!, parseCitation(b)!];
  return ca.code.localeCompare(cb.code) || ca.article - cb.article;
};

export function caseFacets(cases: readonly CaseFacetInput[]) {
  const uniq = (values: string[]) => [...new Set(values)].filter(Boolean);
  return {
    country: uniq(cases.map((c) => c.country)).sort(),
    year: uniq(cases.map((c) => String(c.year ?? ''))).sort().reverse(),
    outcome: uniq(cases.map((c) => c.outcome)).sort(),
    provision: uniq(cases.flatMap(articleLevelProvisions)).sort(byCitation),
    issue: uniq(cases.flatMap((c) => [...c.issues])).sort(),
    provisionsOf: articleLevelProvisions,
  };
}

/** Whether an item's facet values match the selection: OR within a facet, AND across facets. */
export function matchesFacets(item: Record<string, readonly string[]>, selected: Record<string, readonly string[]>): boolean {
  return Object.entries(selected).every(([facet, values]) => values.length === 0 || values.some((v) => item[facet]?.includes(v)));
}
