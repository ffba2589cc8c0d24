/** The route table of this build (src/lib/route-table.ts), fed from the checked content, and the pages' `getStaticPaths`. */
import { loadSite } from './site.ts';
import { articleNumbers, loadInstruments } from './instruments.ts';
import { loadJurisdictions } from './jurisdictions.ts';
import { buildRouteTable, routeParams, type SitePage } from '#src/lib/route-table.ts';
import type { Route } from '#src/lib/routing.ts';
import type { Lang } from '#src/registries/locales.ts';

let cache: Promise<SitePage[]> | undefined;

export function routeTable(): Promise<SitePage[]> {
  cache ??= (async () => {
    const [site, instruments, jurisdictions] = await Promise.all([loadSite(), loadInstruments(), loadJurisdictions()]);
    const languagesOf = (byLang: Partial<Record<Lang, unknown>>) => Object.keys(byLang) as Lang[];
    const bySlug = (map: ReadonlyMap<string, Partial<Record<Lang, unknown>>>) => new Map([...map].map(([slug, byLang]) => [slug, languagesOf(byLang)]));
    return buildRouteTable({
      instruments: instruments.map((i) => ({ id: i.id, articles: articleNumbers(i), languages: languagesOf(i.texts) })),
      jurisdictions: jurisdictions.map((j) => j.code),
      cases: new Map(site.cases.map((c) => [c.slug, languagesOf(c.digests)])),
      guides: bySlug(site.guides),
      news: bySlug(site.news),
      pages: bySlug(site.pages),
      feeds: Boolean(import.meta.env.SITE),
    });
  })();
  return cache;
}

type Kind = Route['kind'];
/** A route of one kind; `item` narrows the sections to their entries (a case, a country) or to their lists. */
export type PageOf<K extends Kind> = SitePage<Extract<Route, { kind: K }>>;

const isItem = (route: Route) => 'slug' in route ? route.slug !== undefined : 'country' in route ? route.country !== undefined : false;

/** `getStaticPaths` of the pages of some kinds: params from the table, the table's entry as the `page` prop. */
export async function staticPaths<K extends Kind>(kinds: K | readonly K[], options: { item?: boolean } = {}) {
  const wanted: readonly Kind[] = Array.isArray(kinds) ? kinds : [kinds as K];
  return (await routeTable())
    .filter((p): p is PageOf<K> => wanted.includes(p.route.kind) && (options.item === undefined || isItem(p.route) === options.item))
    .map((page) => ({ params: routeParams(page), props: { page } }));
}

let byRoute: Promise<Map<string, SitePage[]>> | undefined;
/** The pages of one entry in every language (its versions), e.g. for open data. */
export async function pagesOf(route: Route): Promise<SitePage[]> {
  byRoute ??= routeTable().then((table) => Map.groupBy(table, (p) => JSON.stringify(p.route)));
  return (await byRoute).get(JSON.stringify(route)) ?? [];
}
