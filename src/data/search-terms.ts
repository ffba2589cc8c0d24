/**
 * What the search index knows about a page beyond its text: practitioners' terms (content/search-terms.yaml), the
 * terms a definitions article defines, and the comparison's words for the issues a case turns on.
 * Rendered as searchable metadata by src/components/SearchIndexing.astro, so they rank pages without ever showing in
 * a snippet.
 */
import { getCollection } from 'astro:content';
import { definedTerm } from '#src/lib/annotate.ts';
import type { CASE_ISSUES, LegislationElement } from '#src/lib/vocabulary.ts';
import { instrumentById } from '#src/registries/instruments.ts';
import type { InstrumentWithTexts } from './instruments.ts';
import type { Lang } from '#src/registries/locales.ts';

let cache: ReturnType<typeof load> | undefined;
async function load() {
  const concepts = await getCollection('searchTerms');
  if (!concepts.length) throw new Error('content/search-terms.yaml is missing or empty: the search terms of the provisions come from it');
  return concepts.map((c) => ({
    articles: new Set(c.data.provisions.map((p) => `${p.instrument}:${p.article}`)),
    issues: new Set<string>(c.data.issues),
    terms: c.data.terms as Partial<Record<Lang, string[]>>,
  }));
}

/**
 * The practitioners' terms of an article (`som-protocol`, 6) or of a case's issue tags, in the page's language. An
 * article carries the English terms too, the working language most practitioners share, so that a search for
 * "people smuggling" in the Spanish index still finds the provision; a case carries its page's language only, as
 * a hint of what it is about rather than an answer. (Every language's terms on every page, as before, cost each
 * result about 1 KB of searchable metadata for words hardly ever typed into another language's index.)
 */
export async function searchTermsFor(target: { instrument: string; article: number } | { issues: readonly string[] }, lang: Lang): Promise<string[]> {
  cache ??= load();
  const concepts = await cache;
  const article = 'instrument' in target;
  const matching = concepts.filter((c) => (article ? c.articles.has(`${target.instrument}:${target.article}`) : target.issues.some((i) => c.issues.has(i))));
  const langs: Lang[] = article ? [lang, 'en'] : [lang];
  return [...new Set(langs.flatMap((l) => matching.flatMap((c) => c.terms[l] ?? [])))];
}

/**
 * The terms an article defines, as its text in `lang` quotes them ("smuggling of migrants", «trafic illicite de
 * migrants»): only the definitions article of each instrument (its registry entry) defines any.
 */
export function definedTermsFor(instrument: InstrumentWithTexts, lang: Lang, article: number): string[] {
  if (instrumentById(instrument.id)?.definitionsArticle !== article) return [];
  const text = instrument.texts[lang];
  const blocks = text?.articles.find((a) => a.number === article)?.blocks ?? [];
  return blocks.filter((b) => b.path?.length === 1).map((b) => definedTerm(b.text)).filter((t): t is string => Boolean(t));
}

/**
 * The comparison element (src/lib/vocabulary.ts) each case issue is about, so that a case is found by the
 * comparison's words too: a search for "humanitarian exemption" finds the cases on humanitarian or family
 * assistance, not only the country pages whose table has that row.
 */
export const ISSUE_ELEMENTS: Partial<Record<(typeof CASE_ISSUES)[number], LegislationElement>> = {
  'financial-benefit': 'financial-benefit',
  'humanitarian-family-assistance': 'humanitarian-exemption',
  'non-criminalisation': 'migrant-non-criminalisation',
  'enabling-stay': 'enabling-stay',
  'document-fraud': 'document-offences',
  'endangering-life': 'aggravation-danger',
  'inhuman-treatment-exploitation': 'aggravation-inhuman-treatment',
};
