/** Builds the cross-link graph once per build from the checked content of loadSite(). */
import { loadSite } from './site.ts';
import { localize } from '#src/lib/localize.ts';
import { articleKey, buildGraph, type ArticleLinks } from '#src/lib/graph.ts';
import { LEGISLATION_ELEMENTS, type LegislationElement } from '#src/lib/vocabulary.ts';

let cache: Promise<Map<string, ArticleLinks>> | undefined;

export function loadGraph(): Promise<Map<string, ArticleLinks>> {
  cache ??= (async () => {
    const { cases, countries, guides } = await loadSite();
    const national = countries.flatMap((country) =>
      (Object.entries(country.analysis.elements) as [LegislationElement, (typeof country.analysis.elements)[LegislationElement]][])
        .filter(([, cell]) => cell.value !== 'not-determined')
        .flatMap(([element, cell]) =>
          cell.provisions.map((provision) => ({ country: country.iso2, provision, label: cell.pinpoint ?? provision, cites: LEGISLATION_ELEMENTS[element] })),
        ),
    );
    return buildGraph({
      cases: cases.map((c) => ({ slug: c.slug, cited: c.data.provisionsCitedByCourt, engaged: c.data.provisionsEngaged })),
      national,
      // A guide's languages cite the same provisions; its English version is the reference.
      guides: [...guides.entries()].map(([slug, byLang]) => ({ slug, provisions: localize(byLang, 'en')!.value.data.provisions })),
    });
  })();
  return cache;
}

export async function linksTo(instrument: string, article: number): Promise<ArticleLinks> {
  return (await loadGraph()).get(articleKey(instrument, article)) ?? { casesCited: [], casesEngaged: [], national: [], guides: [] };
}
