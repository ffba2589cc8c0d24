/**
 * The cross-link graph, built once per build from the checked content of loadSite() and resolved to the entries it
 * names, so a view renders titles without looking anything up again.
 */
import { loadSite, type SiteCase, type SiteCountry } from './site.ts';
import { articleKey, buildGraph, type ArticleLinks } from '#src/lib/graph.ts';
import { LEGISLATION_ELEMENTS, type LegislationElement } from '#src/lib/vocabulary.ts';
import { localize } from '#src/lib/localize.ts';

type Site = Awaited<ReturnType<typeof loadSite>>;
type GuideVersions = NonNullable<ReturnType<Site['guides']['get']>>;

/** What points at an article, as the entries themselves. */
export interface ResolvedLinks {
  /** Cases in which a source shows a court citing the article. */
  casesCited: SiteCase[];
  /** Cases the project maps to the article (its own analysis). */
  casesEngaged: SiteCase[];
  national: { country: SiteCountry; provision: string; label: string }[];
  guides: { slug: string; versions: GuideVersions }[];
}

const NONE: ResolvedLinks = { casesCited: [], casesEngaged: [], national: [], guides: [] };

let cache: Promise<Map<string, ResolvedLinks>> | undefined;

function resolve(site: Site, countries: ReadonlyMap<string, SiteCountry>, links: ArticleLinks): ResolvedLinks {
  return {
    casesCited: links.casesCited.map((slug) => site.caseBySlug.get(slug)!),
    casesEngaged: links.casesEngaged.map((slug) => site.caseBySlug.get(slug)!),
    national: links.national.map((n) => ({ country: countries.get(n.country)!, provision: n.provision, label: n.label })),
    guides: links.guides.map((slug) => ({ slug, versions: site.guides.get(slug)! })),
  };
}

function loadGraph(): Promise<Map<string, ResolvedLinks>> {
  cache ??= (async () => {
    const site = await loadSite();
    const national = site.countries.flatMap((country) =>
      (Object.entries(country.analysis.elements) as [LegislationElement, (typeof country.analysis.elements)[LegislationElement]][])
        .filter(([, cell]) => cell.value !== 'not-determined')
        .flatMap(([element, cell]) =>
          cell.provisions.map((provision) => ({ country: country.iso2, provision, label: cell.pinpoint ?? provision, cites: LEGISLATION_ELEMENTS[element] })),
        ),
    );
    const graph = buildGraph({
      cases: site.cases.map((c) => ({ slug: c.slug, cited: c.data.provisionsCitedByCourt, engaged: c.data.provisionsEngaged })),
      national,
      // A guide's languages cite the same provisions; its English version is the reference.
      guides: [...site.guides.entries()].map(([slug, byLang]) => ({ slug, provisions: localize(byLang, 'en')!.value.data.provisions })),
    });
    const countries = new Map(site.countries.map((c) => [c.iso2, c]));
    return new Map([...graph].map(([key, links]) => [key, resolve(site, countries, links)]));
  })();
  return cache;
}

export async function linksTo(instrument: string, article: number): Promise<ResolvedLinks> {
  return (await loadGraph()).get(articleKey(instrument, article)) ?? NONE;
}
