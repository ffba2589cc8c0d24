/** Grouping of lists by jurisdiction, in route order (build time only: it reads the jurisdiction registry). */
import { REGIONS } from './vocabulary.ts';
import { regionOf, ROUTE_STATE_LIST } from '#src/registries/jurisdictions.ts';

/** Items grouped by jurisdiction, the groups in route order (region by region, as the registry lists them), then by code. */
export function groupByJurisdiction<T>(items: readonly T[], codeOf: (item: T) => string): { code: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const code = codeOf(item);
    const list = groups.get(code);
    if (list) list.push(item);
    else groups.set(code, [item]);
  }
  const rank = (code: string) => {
    const route = ROUTE_STATE_LIST.indexOf(code);
    return route >= 0 ? route : ROUTE_STATE_LIST.length + REGIONS.indexOf(regionOf(code));
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([code, list]) => ({ code, items: list }));
}

