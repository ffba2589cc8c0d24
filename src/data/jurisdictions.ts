/**
 * The jurisdiction pages, loaded once per build: for every State on the route and every jurisdiction with a law held
 * or a case, its law (if held), treaty participation, the project's note on a law not held, its cases and the news
 * items that name it. A note for a jurisdiction without a page fails the build, naming the file.
 */
import { getCollection } from 'astro:content';
import { localize } from '#src/lib/localize.ts';
import isoCountries from 'i18n-iso-countries';
import englishNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { loadSite, type SiteCase, type SiteCountry } from './site.ts';
import { checkJurisdictionNotes, jurisdictionPageCodes, mentionsName, nameVariants, casesByJurisdiction } from '#src/lib/jurisdiction-pages.ts';
import { countryName } from '#src/lib/i18n.ts';
import { regionOf, ROUTE_STATE_LIST, SUPRANATIONAL, type SupranationalCode } from '#src/registries/jurisdictions.ts';
import type { Participation } from '#src/schemas/status.ts';
import type { JurisdictionNotes } from '#src/schemas/jurisdiction.ts';

isoCountries.registerLocale(englishNames);

/** The English names a news text may use for a jurisdiction: ISO's names and aliases, and the site's own name. */
function englishNamesOf(code: string): string[] {
  const iso = code.length === 2 && code !== 'eu' ? (isoCountries.getName(code.toUpperCase(), 'en', { select: 'all' }) ?? []) : [];
  return nameVariants([...iso, countryName(code, 'en')]);
}

async function load() {
  const site = await loadSite();
  const [participation, notes] = await Promise.all([getCollection('participation'), getCollection('jurisdictionNotes')]);
  const laws = new Map(site.countries.map((c) => [c.iso2, c]));
  const codes = jurisdictionPageCodes({ route: ROUTE_STATE_LIST, laws: [...laws.keys()], cases: site.cases.map((c) => c.data) });
  const problems = checkJurisdictionNotes(
    notes.map((n) => ({ id: n.id, file: n.filePath ?? `content/jurisdictions/${n.id}/notes.yaml` })),
    new Set(codes), new Set(laws.keys()),
  );
  if (problems.length) throw new Error(`Content problems (${problems.length}):\n- ${problems.join('\n- ')}`);

  // News items are matched on their English text (title, summary and body), the language every item exists in.
  const newsTexts = [...site.news.entries()].map(([slug, byLang]) => {
    const { value: en } = localize(byLang, 'en')!;
    return { slug, text: [en.data.title, en.data.summary, en.body ?? ''].join('\n') };
  });
  const participationBy = new Map(participation.map((p) => [p.id, p.data]));
  const notesBy = new Map(notes.map((n) => [n.id, n.data]));
  const casesOf = casesByJurisdiction(site.cases.map((c) => ({ ...c, country: c.data.country, otherStates: c.data.otherStates })));

  return codes.map((code): Jurisdiction => {
    const names = englishNamesOf(code);
    const { decided, concerning } = casesOf(code);
    return {
      code,
      kind: Object.hasOwn(SUPRANATIONAL, code) ? SUPRANATIONAL[code as SupranationalCode].kind : 'state',
      region: regionOf(code),
      onRoute: ROUTE_STATE_LIST.includes(code),
      law: laws.get(code) ?? null,
      participation: participationBy.get(code) ?? null,
      notes: notesBy.get(code) ?? null,
      cases: { decided, concerning },
      news: newsTexts.filter((n) => mentionsName(n.text, names)).map((n) => n.slug),
    };
  });
}

export interface Jurisdiction {
  /** ISO 3166-1 alpha-2 (lower case), `eu`, or a supranational court's declared code. */
  code: string;
  kind: 'state' | 'union' | 'court';
  region: ReturnType<typeof regionOf>;
  onRoute: boolean;
  /** The law held, with the project's analysis; null where its text is not held. */
  law: SiteCountry | null;
  /** Treaty participation from the status sources; null where they hold no row (and for the courts). */
  participation: Participation | null;
  /** The project's note on a law not held. */
  notes: JurisdictionNotes | null;
  cases: { decided: SiteCase[]; concerning: SiteCase[] };
  /** Slugs of the news items whose English text names it, newest first as the site lists them. */
  news: string[];
}

let cache: ReturnType<typeof load> | undefined;
export function loadJurisdictions() {
  cache ??= load();
  return cache;
}
