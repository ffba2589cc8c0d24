/**
 * The route's countries over the built site: a page for every State on the route and every jurisdiction with a case,
 * with or without a law held; treaty participation as status/parties.csv gives it, with its date and the 2014 rows
 * flagged; the cases (decided there, and concerning it from elsewhere) and the news that name it; the matrix and the
 * route diagram following the route; the project's words in the page's language, the sources' words marked.
 * Expectations are read from content/, the registries and the primary sources, not from the site's code.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTENT, page, SOURCES, text, words } from '#tests/support/dist.ts';
import { parse as parseCsv } from '#scripts/lib/csv.ts';
import { dictionaries } from '#src/i18n/index.ts';
import { LANGUAGES } from '#src/registries/locales.ts';
import { INSTRUMENT_IDS } from '#src/registries/instruments.ts';
import { regionOf, ROUTE_STATE_LIST, ROUTE_STATES } from '#src/registries/jurisdictions.ts';
import { REGIONS } from '#src/lib/vocabulary.ts';

const dirs = (dir: string) => fs.readdirSync(path.join(CONTENT, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const cases = dirs('cases').map((slug) => ({ slug, ...(parseYaml(fs.readFileSync(path.join(CONTENT, 'cases', slug, 'case.yaml'), 'utf8')) as { country: string; otherStates?: string[] }) }));
const laws = dirs('legislation');
const notes = dirs('jurisdictions');
const courts = ['cjeu', 'ecthr'];

describe('a page for every State on the route and every jurisdiction with a case', () => {
  const withCases = [...new Set(cases.flatMap((c) => [c.country, ...(c.otherStates ?? [])]))];

  it.each(LANGUAGES)('/%s/: route States without a law say the text is not held, with what the sources say where they say something', (lang) => {
    const d = dictionaries[lang];
    for (const code of ROUTE_STATE_LIST.filter((c) => !laws.includes(c))) {
      const p = page(`/${lang}/legislation/${code}/`);
      const section = p.querySelector('.law-not-held');
      expect(text(section), `${lang}/${code}`).toContain(words(d['country.lawNotHeld']));
      if (notes.includes(code)) {
        const note = parseYaml(fs.readFileSync(path.join(CONTENT, 'jurisdictions', code, 'notes.yaml'), 'utf8')) as { lawNotHeld: Record<string, string> };
        const shown = section!.querySelectorAll('p').find((x) => text(x) === words(note.lawNotHeld[lang] ?? '') || text(x) === words(note.lawNotHeld.en!));
        expect(shown, `${lang}/${code}: the note`).toBeTruthy();
        // A note not written in this language is the English one, marked as such.
        expect(shown!.getAttribute('lang') ?? lang, `${lang}/${code}: lang of the note`).toBe(note.lawNotHeld[lang] ? lang : 'en');
        expect(text(section)).toContain('legislation/README.md');
      } else {
        expect(text(section), `${lang}/${code}`).toContain(words(d['country.sourcesSayNothing']));
      }
    }
  });

  it('writes notes only from the legislation README, and says so', () => {
    expect(notes.sort()).toEqual(['do', 'gt', 'mv', 'ng', 'ni', 'np', 'sn', 'sv']);
    for (const code of notes) {
      const note = parseYaml(fs.readFileSync(path.join(CONTENT, 'jurisdictions', code, 'notes.yaml'), 'utf8')) as { source: { file: string; section: string } };
      expect(note.source.file).toBe('legislation/README.md');
      expect(fs.readFileSync(path.join(SOURCES, note.source.file), 'utf8')).toContain(`## ${note.source.section}`);
    }
  });

  it('pages of jurisdictions with a case list all of their cases, counted, those concerning them from elsewhere apart', () => {
    for (const code of withCases) {
      const p = page(`/en/legislation/${code}/`);
      const decided = cases.filter((c) => c.country === code).map((c) => c.slug).sort();
      const concerning = cases.filter((c) => c.country !== code && c.otherStates?.includes(code)).map((c) => c.slug).sort();
      const listed = (id: string) => p.querySelectorAll(`section[aria-labelledby="${id}"] li[data-case]`).map((li) => li.getAttribute('data-case')).sort();
      expect(listed('cases-decided'), `${code}: decided`).toEqual(decided);
      expect(listed('cases-concerning'), `${code}: concerning`).toEqual(concerning);
      if (decided.length) expect(text(p.querySelector('#cases-decided'))).toMatch(new RegExp(`^${decided.length} cases? decided`));
      for (const slug of [...decided, ...concerning]) expect(p.querySelector(`li[data-case="${slug}"] a[href="/en/cases/${slug}/"]`), `${code}: ${slug}`).not.toBeNull();
    }
    // Alkhatib v. Greece, decided in Strasbourg, concerns Greece.
    expect(page('/en/legislation/gr/').querySelector('#cases-concerning + ul [data-case="coe-2024-alkhatib-v-greece"]')).not.toBeNull();
  });

  it('the supranational courts have a page of the same kind: their cases, no treaty participation', () => {
    for (const code of courts) {
      for (const lang of LANGUAGES) {
        const p = page(`/${lang}/legislation/${code}/`);
        expect(p.querySelector('#status-heading'), `${lang}/${code}`).toBeNull();
        expect(p.querySelector('.law-not-held'), `${lang}/${code}`).toBeNull();
        expect(p.querySelectorAll('li[data-case]').length).toBe(cases.filter((c) => c.country === code).length);
      }
    }
  });

  it('every case page’s country line links to the country page', () => {
    for (const c of cases) {
      const p = page(`/en/cases/${c.slug}/`);
      const dd = p.querySelectorAll('.case-facts dt').find((dt) => text(dt) === dictionaries.en['case.country'])?.nextElementSibling;
      expect(dd?.querySelector(`a[href="/en/legislation/${c.country}/"]`), c.slug).not.toBeNull();
    }
  });
});

describe('treaty participation, from status/parties.csv', () => {
  const csv = parseCsv(fs.readFileSync(path.join(SOURCES, 'status/parties.csv'), 'utf8'));
  const pagesWithTable = [...new Set([...ROUTE_STATE_LIST, ...laws, ...cases.flatMap((c) => [c.country, ...(c.otherStates ?? [])])])].filter((c) => !courts.includes(c));

  it.each(pagesWithTable)('%s: every row of the CSV, with its as-of date; rows before 2015 and missing rows flagged', (code) => {
    const rows = csv.filter((r) => r.iso2!.toLowerCase() === code);
    const p = page(`/en/legislation/${code}/`);
    const section = p.querySelector('section.participation');
    expect(section, code).not.toBeNull();
    if (!rows.length) {
      expect(text(section)).toContain(dictionaries.en['country.statusNone']);
      return;
    }
    for (const id of INSTRUMENT_IDS) {
      const tr = section!.querySelector(`tr[data-instrument="${id}"]`)!;
      const row = rows.find((r) => r.instrument === id);
      const times = tr.querySelectorAll('time').map((t) => t.getAttribute('datetime'));
      if (!row) {
        expect(times, `${code} ${id}`).toEqual([]);
        expect(tr.hasAttribute('data-outdated'), `${code} ${id} missing: flagged`).toBe(true);
        continue;
      }
      expect(times, `${code} ${id}`).toEqual([row.signature, row.consent].filter(Boolean));
      expect(tr.querySelector(`a[href="${row.source_url!.replace(/&/g, '&amp;')}"], a[href="${row.source_url}"]`), `${code} ${id}: source`).not.toBeNull();
      expect(tr.hasAttribute('data-outdated'), `${code} ${id} as of ${row.as_of}`).toBe(row.as_of !== 'unknown' && row.as_of! < '2015');
    }
  });

  it('the imported file holds every row of the CSV (nothing hand-copied, nothing left out)', () => {
    const imported = JSON.parse(fs.readFileSync(path.join(CONTENT, 'status/parties.json'), 'utf8')) as Record<string, { rows: { instrument: string; consent: string | null; asOf: string | null }[] }>;
    const flat = Object.entries(imported).flatMap(([code, e]) => e.rows.map((r) => `${code} ${r.instrument} ${r.consent ?? ''} ${r.asOf ?? 'unknown'}`)).sort();
    expect(flat).toEqual(csv.map((r) => `${r.iso2!.toLowerCase()} ${r.instrument} ${r.consent} ${r.as_of}`).sort());
  });
});

describe('news that name a jurisdiction, derived from the English texts', () => {
  it('lists each item whose English text names the country, and only those', () => {
    const news = dirs('news').map((slug) => ({ slug, text: fs.readFileSync(path.join(CONTENT, 'news', slug, 'en.md'), 'utf8') }));
    const names: Record<string, string> = { gt: 'Guatemala', cr: 'Costa Rica', lk: 'Sri Lanka', ng: 'Nigeria', bb: 'Barbados', mv: 'Maldives' };
    for (const [code, name] of Object.entries(names)) {
      const expected = news.filter((n) => new RegExp(`\\b${name}\\b`).test(n.text)).map((n) => n.slug).sort();
      const listed = page(`/en/legislation/${code}/`).querySelectorAll('li[data-news]').map((li) => li.getAttribute('data-news')).sort();
      expect(listed, code).toEqual(expected);
      expect(listed.length, code).toBeGreaterThan(0);
    }
    // "Turks and Caicos" is how the news writes ISO's "Turks and Caicos Islands".
    expect(page('/en/legislation/tc/').querySelector('li[data-news="2022-07-01-learning-by-doing-trainings"]')).not.toBeNull();
  });
});

describe('the comparison matrix and the route diagram follow the route', () => {
  it.each(LANGUAGES)('/%s/legislation/: every route State and every law held, grouped by region in route order', (lang) => {
    const p = page(`/${lang}/legislation/`);
    const groups = p.querySelectorAll('#matrix tbody[data-region]').map((g) => g.getAttribute('data-region')!);
    expect(groups).toEqual(REGIONS.filter((r) => groups.includes(r)));
    expect(groups.slice(0, 5)).toEqual(['south-asia', 'gulf', 'west-africa', 'latin-america-caribbean', 'north-america']);
    const rows = p.querySelectorAll('#matrix tr[data-country]').map((tr) => tr.getAttribute('data-country')!);
    expect(rows.sort()).toEqual([...new Set([...ROUTE_STATE_LIST, ...laws])].sort());
    for (const tr of p.querySelectorAll('#matrix tr[data-country]')) {
      const code = tr.getAttribute('data-country')!;
      expect(tr.closest('tbody')!.getAttribute('data-region'), code).toBe(regionOf(code));
      expect(tr.querySelector(`th a[href="/${lang}/legislation/${code}/"]`), code).not.toBeNull();
      if (!laws.includes(code)) expect(text(tr.querySelector('td'))).toBe(words(dictionaries[lang]['legislation.notHeld']));
    }
    // The region filter offers the regions in the same order.
    const filter = p.querySelectorAll('facet-filter input[name="region"]').map((i) => i.getAttribute('value'));
    expect(filter).toEqual(groups);
  });

  it.each(['en', 'es', 'fr', 'ar'])('/%s/about/: the route diagram shows every route State, each linked to its page', (lang) => {
    const p = page(`/${lang}/about/`);
    const links = p.querySelectorAll('.route-map a[data-country]').map((a) => [a.getAttribute('data-country'), a.getAttribute('href')]);
    expect(links).toEqual(ROUTE_STATE_LIST.map((c) => [c, `/${lang}/legislation/${c}/`]));
    const stops = p.querySelectorAll('.route-map [data-region]').map((s) => s.getAttribute('data-region'));
    expect(stops).toEqual(REGIONS.filter((r) => ROUTE_STATES[r].length > 0));
  });

  it('offers the comparison of chosen countries as a plain GET form on the same page', () => {
    for (const lang of LANGUAGES) {
      const form = page(`/${lang}/legislation/`).querySelector('country-compare form')!;
      expect(form.getAttribute('method')).toBe('get');
      expect(form.getAttribute('action')).toBe(`/${lang}/legislation/`);
      expect(form.querySelectorAll('input[type="checkbox"][name="compare"]').map((i) => i.getAttribute('value')).sort()).toEqual([...laws].sort());
    }
  });
});

describe('every word in the page’s language', () => {
  /** English words of the pinpoint vocabulary ("fraction" is French too). */
  const english = (lang: string) => new RegExp(`\\b(?:paragraphs?|sentences?|${lang === 'fr' ? '' : 'fractions?|'}principle|first|second|third|fourth|penultimate|last|with)\\b`);

  it.each(['es', 'fr', 'ru', 'ar'])('/%s/: pinpoints say the project’s words in the page’s language; the law’s own words carry its language', (lang) => {
    for (const url of [`/${lang}/legislation/`, `/${lang}/legislation/mx/`, `/${lang}/legislation/pe/`, `/${lang}/legislation/in/`]) {
      for (const pin of page(url).querySelectorAll('.pinpoint')) {
        // The project's words are the pinpoint's own text, outside the spans that mark the law's words.
        const own = pin.childNodes.filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ');
        expect(own, `${url}: ${text(pin)}`).not.toMatch(english(lang));
        // "s." and "ss." (sections) are English abbreviations everywhere else; "art." is also Spanish and French.
        expect(own, `${url}: ${text(pin)}`).not.toMatch(lang === 'es' || lang === 'fr' ? /(?:^|\s)ss?\.(?=\s)/ : /(?:^|\s)(?:arts?|ss?)\.(?=\s)/);
      }
    }
    // India's Acts are named as the law names them, in English, and marked so.
    const act = page(`/${lang}/legislation/in/`).querySelectorAll('.pinpoint span[lang="en"]').map((s) => text(s));
    expect(act).toContain('Immigration and Foreigners Act, 2025');
  });

  it.each(['es', 'fr'] as const)('/%s/: “Official translation” answers in the page’s language; the compiler’s qualification stays in English, marked', (lang) => {
    const dd = (code: string) => page(`/${lang}/legislation/${code}/`).querySelectorAll('.provenance-box dt').find((dt) => text(dt) === words(dictionaries[lang]['country.officialTranslation']))!.nextElementSibling!;
    expect(text(dd('mx'))).toBe(dictionaries[lang]['value.no']);
    expect(text(dd('pk')).startsWith(`${dictionaries[lang]['value.no']} `)).toBe(true);
    expect(dd('pk').querySelector('span[lang="en"]')).not.toBeNull();
  });

  it.each(LANGUAGES)('/%s/: editorial notes are rendered, not shown as Markdown', (lang) => {
    for (const code of ['pk', 'us', 'mx', 'uy']) {
      const notesShown = page(`/${lang}/legislation/${code}/`).querySelectorAll('.editorial-note');
      expect(notesShown.length, code).toBeGreaterThan(0);
      for (const n of notesShown) {
        expect(text(n)).not.toMatch(/^\*|\*$/);
        expect(text(n)).toContain(words(dictionaries[lang]['country.editorialNote']));
        expect(n.querySelector('em span[lang="en"]') ?? (lang === 'en' ? n.querySelector('em') : null), code).not.toBeNull();
      }
    }
  });
});
