/** Practitioners' search terms for an article or a case, from content/search-terms.yaml. */
import { getCollection } from 'astro:content';
import { parseCitation } from '../lib/citation.ts';

let cache: ReturnType<typeof load> | undefined;
async function load() {
  const concepts = await getCollection('searchTerms');
  if (!concepts.length) throw new Error('content/search-terms.yaml is missing or empty: the search terms of the provisions come from it');
  return concepts.map((c) => ({
    articles: new Set(c.data.provisions.map((p) => { const x = parseCitation(p)!; return `${x.instrument}:${x.article}`; })),
    issues: new Set<string>(c.data.issues),
    words: Object.values(c.data.terms).flat(),
  }));
}

/** All terms attached to an article (`som-protocol`, 6) or to a case's issue tags. */
export async function searchTermsFor(target: { instrument: string; article: number } | { issues: readonly string[] }): Promise<string[]> {
  cache ??= load();
  const concepts = await cache;
  const words = concepts
    .filter((c) => ('instrument' in target ? c.articles.has(`${target.instrument}:${target.article}`) : target.issues.some((i) => c.issues.has(i))))
    .flatMap((c) => c.words);
  return [...new Set(words)];
}
