/** Loads the content that cites provisions and builds the cross-link graph once per build. */
import { getCollection } from 'astro:content';
import { articleKey, buildGraph, type ArticleLinks } from '../lib/graph.ts';
import { LEGISLATION_ELEMENTS, type LegislationElement } from '../lib/vocabulary.ts';

let cache: Promise<Map<string, ArticleLinks>> | undefined;

export function loadGraph(): Promise<Map<string, ArticleLinks>> {
  cache ??= (async () => {
    const [cases, legislation, guides] = await Promise.all([getCollection('cases'), getCollection('legislation'), getCollection('guides')]);
    const national = legislation.flatMap((country) =>
      (Object.entries(country.data.elements) as [LegislationElement, (typeof country.data.elements)[LegislationElement]][])
        .filter(([, cell]) => cell.value !== 'not-determined')
        .flatMap(([element, cell]) =>
          cell.provisions.map((provision) => ({ country: country.id, provision, label: cell.pinpoint ?? provision, cites: LEGISLATION_ELEMENTS[element] })),
        ),
    );
    return buildGraph({
      cases: cases.map((c) => ({ slug: c.id, provisions: [...new Set([...c.data.provisionsEngaged, ...c.data.provisionsCitedByCourt])] })),
      national,
      guides: guides.map((g) => ({ slug: g.id.split('/')[0]!, provisions: g.data.provisions })),
    });
  })();
  return cache;
}

export async function linksTo(instrument: string, article: number): Promise<ArticleLinks> {
  return (await loadGraph()).get(articleKey(instrument, article)) ?? { cases: [], national: [], guides: [] };
}
