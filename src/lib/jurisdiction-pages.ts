/**
 * The jurisdiction pages (`/{lang}/legislation/{code}/`): which exist, what each lists (cases, news, treaty
 * participation) and the checks on the notes written for them. Pure: the data layer passes the entries in.
 */
import { groupByJurisdiction } from './jurisdiction-groups.ts';

interface CaseRef { country: string; otherStates: readonly string[] }

/**
 * Every jurisdiction with a page (DESIGN.md, "URLs"): every State on the route, every jurisdiction whose law is held,
 * and every jurisdiction a case was decided in or concerns. In route order, then by region, then by code.
 */
export function jurisdictionPageCodes(input: { route: readonly string[]; laws: readonly string[]; cases: readonly CaseRef[] }): string[] {
  const codes = new Set([...input.route, ...input.laws, ...input.cases.flatMap((c) => [c.country, ...c.otherStates])]);
  return groupByJurisdiction([...codes], (c) => c).map((g) => g.code);
}

/**
 * Every jurisdiction's cases, in one pass over the cases (a page per jurisdiction must not scan them all): those
 * decided by its courts, and those decided elsewhere that concern it (`otherStates`), each in the order given.
 * A jurisdiction without a case gets empty lists.
 */
export function casesByJurisdiction<T extends CaseRef>(cases: readonly T[]): (code: string) => { decided: T[]; concerning: T[] } {
  const lists = new Map<string, { decided: T[]; concerning: T[] }>();
  const of = (code: string) => {
    let list = lists.get(code);
    if (!list) lists.set(code, (list = { decided: [], concerning: [] }));
    return list;
  };
  for (const c of cases) {
    of(c.country).decided.push(c);
    for (const other of new Set(c.otherStates)) if (other !== c.country) of(other).concerning.push(c);
  }
  return (code) => lists.get(code) ?? { decided: [], concerning: [] };
}

/**
 * The forms of an English name a news text may use: the name as given, without a leading "The", with "&" as "and",
 * and without a trailing "Islands" ("Turks and Caicos" for "Turks and Caicos Islands").
 */
export function nameVariants(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const base = name.replace(/&/g, 'and').replace(/^The /, '').trim();
    for (const v of [name, base, base.replace(/ Islands$/, '')]) if (v.length >= 2) out.add(v);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a text names a jurisdiction by one of its names: as a whole word, with its capitals ("US" but not "us",
 * "Niger" but not "Nigeria"), and not as a currency ("US$1,500").
 */
export function mentionsName(text: string, names: readonly string[]): boolean {
  return names.some((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}$])`, 'u').test(text));
}

/**
 * Status rows whose table is older than this may be out of date: the status sources' README says most rows are a
 * 2014 scrape of the UN Treaty Collection, silent about anything later.
 */
export const PARTICIPATION_POSSIBLY_OUTDATED_BEFORE = '2015-01-01';

export interface ParticipationRow { instrument: string; signature: string | null; consent: string | null; asOf: string | null }

/**
 * One line per instrument, in the registry's order: the State's row, or none (no signature or consent in the
 * source's table). Each line says whether it may be out of date: a row by its date; a missing row always, since
 * only the 2014 tables are complete enough to show an absence.
 */
export function participationLines<R extends ParticipationRow>(rows: readonly R[], instruments: readonly string[]): { instrument: string; row: R | null; possiblyOutdated: boolean }[] {
  return instruments.map((instrument) => {
    const row = rows.find((r) => r.instrument === instrument) ?? null;
    return { instrument, row, possiblyOutdated: row === null || (row.asOf !== null && row.asOf < PARTICIPATION_POSSIBLY_OUTDATED_BEFORE) };
  });
}

/**
 * The notes on jurisdictions (`content/jurisdictions/<code>/notes.yaml`): each must belong to a jurisdiction with a
 * page, and say what the sources say about a law that is not held. Messages name the file and the field.
 */
export function checkJurisdictionNotes(notes: readonly { id: string; file: string }[], pages: ReadonlySet<string>, laws: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const note of notes) {
    if (!pages.has(note.id)) {
      problems.push(`${note.file}: "${note.id}" has no jurisdiction page (pages exist for the States on the route, the jurisdictions whose law is held and those with a case); rename the folder to the jurisdiction's code, or remove it`);
    } else if (laws.has(note.id)) {
      problems.push(`${note.file}: lawNotHeld: the law of "${note.id}" is held (content/legislation/${note.id}/); its page shows the law, so remove this note or move what is missing into the analysis`);
    }
  }
  return problems;
}
