/**
 * The cross-link graph (DESIGN.md, "Cross-links"): for every article, what points at it.
 * Computed at build time from the citations in content, never maintained by hand.
 */
import { parseReference } from './citation.ts';

export interface CaseRef { slug: string; provisions: readonly string[] }
export interface NationalRef { country: string; provision: string; label: string; cites: string }
export interface GuideRef { slug: string; provisions: readonly string[] }

export interface ArticleLinks {
  cases: string[];
  national: NationalRef[];
  guides: string[];
}

/** Key of an article in the graph: `som-protocol:6`; of a whole instrument (a reference such as `TIP`): `tip-protocol:*`. */
export function articleKey(instrument: string, article: number | null): string {
  return `${instrument}:${article ?? '*'}`;
}

function keyOf(citation: string): string {
  const c = parseReference(citation);
  if (!c) throw new Error(`graph: "${citation}" is not a citation (content should have been validated)`);
  return articleKey(c.instrument, c.article);
}

export function buildGraph(input: { cases: readonly CaseRef[]; national: readonly NationalRef[]; guides: readonly GuideRef[] }): Map<string, ArticleLinks> {
  const graph = new Map<string, ArticleLinks>();
  const at = (key: string) => {
    let links = graph.get(key);
    if (!links) graph.set(key, (links = { cases: [], national: [], guides: [] }));
    return links;
  };
  const addUnique = (list: string[], value: string) => { if (!list.includes(value)) list.push(value); };
  for (const c of input.cases) for (const p of c.provisions) addUnique(at(keyOf(p)).cases, c.slug);
  for (const g of input.guides) for (const p of g.provisions) addUnique(at(keyOf(p)).guides, g.slug);
  for (const n of input.national) {
    const list = at(keyOf(n.cites)).national;
    if (!list.some((x) => x.country === n.country && x.provision === n.provision)) list.push(n);
  }
  return graph;
}
