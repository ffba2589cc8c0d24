/**
 * The cross-link graph (DESIGN.md, "Cross-links"): for every article, what points at it.
 * Computed at build time from the citations in content, never maintained by hand.
 */
import type { Reference } from './citation.ts';

/** A case's references: those a source shows a court citing, and those the project maps the facts to. */
export interface CaseRef { slug: string; cited: readonly Reference[]; engaged: readonly Reference[] }
export interface NationalRef { country: string; provision: string; label: string; cites: Reference }
export interface GuideRef { slug: string; provisions: readonly Reference[] }

export interface ArticleLinks {
  /** Cases in which a source shows a court citing the article. */
  casesCited: string[];
  /** Cases whose facts the project maps to the article (and no source shows a court citing it). */
  casesEngaged: string[];
  national: NationalRef[];
  guides: string[];
}

/** Key of an article in the graph: `som-protocol:6`; of a whole instrument (a reference such as `TIP`): `tip-protocol:*`. */
export function articleKey(instrument: string, article: number | null): string {
  return `${instrument}:${article ?? '*'}`;
}

const keyOf = (ref: Reference) => articleKey(ref.instrument, ref.article);

export function buildGraph(input: { cases: readonly CaseRef[]; national: readonly NationalRef[]; guides: readonly GuideRef[] }): Map<string, ArticleLinks> {
  const graph = new Map<string, ArticleLinks>();
  const at = (key: string) => {
    let links = graph.get(key);
    if (!links) graph.set(key, (links = { casesCited: [], casesEngaged: [], national: [], guides: [] }));
    return links;
  };
  // Each case and guide is visited once and its keys are deduplicated first, so lists only grow by push: building
  // the graph stays linear in the number of references however many cases cite one article.
  for (const c of input.cases) {
    const cited = new Set(c.cited.map(keyOf));
    for (const key of cited) at(key).casesCited.push(c.slug);
    for (const key of new Set(c.engaged.map(keyOf))) if (!cited.has(key)) at(key).casesEngaged.push(c.slug);
  }
  for (const g of input.guides) for (const key of new Set(g.provisions.map(keyOf))) at(key).guides.push(g.slug);
  const seenNational = new Set<string>();
  for (const n of input.national) {
    const key = keyOf(n.cites);
    const id = `${key} ${n.country} ${n.provision}`;
    if (seenNational.has(id)) continue;
    seenNational.add(id);
    at(key).national.push(n);
  }
  return graph;
}
