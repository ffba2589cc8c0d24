/**
 * Loads every collection once per build and runs the cross-collection checks; a problem fails the build.
 * Pages call `loadSite()` rather than `getCollection` so no page renders from unchecked content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent, checkNewsDates } from '#src/lib/content-checks.ts';
import { LANGUAGES, type Lang } from '#src/registries/locales.ts';

type ByLang<T> = Partial<Record<Lang, T>>;

/** Groups `<slug>/<lang>` entries by slug. */
function bySlug<T extends { id: string }>(entries: T[]): Map<string, ByLang<T>> {
  const map = new Map<string, ByLang<T>>();
  for (const e of entries) {
    const [slug, lang] = e.id.split('/') as [string, Lang];
    if (!(LANGUAGES as readonly string[]).includes(lang)) continue;
    map.set(slug, { ...map.get(slug), [lang]: e });
  }
  return map;
}

const fileOf = (e: { filePath?: string | undefined; id: string }, fallback: string) => e.filePath ?? fallback;

async function load() {
  const [cases, digests, legislation, legislationTexts, guides, news, pages] = await Promise.all([
    getCollection('cases'), getCollection('caseDigests'), getCollection('legislation'), getCollection('legislationTexts'),
    getCollection('guides'), getCollection('news'), getCollection('pages'),
  ]);
  const problems = checkContent({
    cases: cases.map((c) => ({ id: c.id, file: fileOf(c, `content/cases/${c.id}/case.yaml`), nationalProvisions: c.data.nationalProvisions })),
    digests: digests.map((d) => ({ id: d.id, file: fileOf(d, `content/cases/${d.id}.md`) })),
    legislationTexts: legislationTexts.map((t) => ({ id: t.id, file: fileOf(t, `content/legislation/${t.id}/text.json`), provisions: t.data.provisions })),
    legislation: legislation.map((l) => ({ id: l.id, file: fileOf(l, `content/legislation/${l.id}/analysis.yaml`), country: l.data.country, elements: l.data.elements })),
    guides: guides.map((g) => ({ id: g.id, file: fileOf(g, `content/guides/${g.id}.mdx`), cases: g.data.cases })),
  });
  problems.push(...checkNewsDates([...bySlug(news)].map(([slug, byLang]) => ({ slug, dates: Object.values(byLang).map((e) => e!.data.date) }))));
  if (problems.length) throw new Error(`Content problems (${problems.length}):\n- ${problems.join('\n- ')}`);
  const digestsBySlug = bySlug(digests);
  const textByCountry = new Map(legislationTexts.map((t) => [t.id, t.data]));
  const sortedCases = cases
      .map((c) => ({ slug: c.id, data: c.data, digests: digestsBySlug.get(c.id)! }))
      .sort((a, b) => (b.data.year ?? 0) - (a.data.year ?? 0) || a.slug.localeCompare(b.slug));
  return {
    cases: sortedCases,
    caseBySlug: new Map(sortedCases.map((c) => [c.slug, c])),
    countries: legislation
      .map((l) => ({ iso2: l.id, analysis: l.data, text: textByCountry.get(l.id)! }))
      .sort((a, b) => a.analysis.name.en.localeCompare(b.analysis.name.en)),
    guides: bySlug(guides),
    news: bySlug(news),
    pages: bySlug(pages),
  };
}

let cache: ReturnType<typeof load> | undefined;
export function loadSite() {
  cache ??= load();
  return cache;
}
export type Site = Awaited<ReturnType<typeof load>>;
export type SiteCase = Site['cases'][number];
export type SiteCountry = Site['countries'][number];
export type CaseDigestEntry = CollectionEntry<'caseDigests'>;
