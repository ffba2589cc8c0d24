/**
 * Country pages over the built site: every national provision verbatim in every language version the source holds
 * (Canada's English and French), on every site language's page, with its lang/dir; the compiler's notes kept apart
 * from the law; and the "serious crime" indicator as src/lib/serious-crime.ts derives it from analysis.yaml.
 * Needs the primary sources beside the checkout (../shared/sources, or SOURCES_DIR). DIST_DIR points it at a build
 * in another folder (tests/support/dist.ts reads ./dist only, and refuses to load without it).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { isEditorialParagraph, parseLegislation } from '#src/lib/legislation-parser.ts';
import { editorialNoteText } from '#src/lib/provenance-text.ts';
import { dictionaries } from '#src/i18n/index.ts';
import { compareParagraphs } from '#src/lib/verbatim.ts';
import { seriousCrimeOf, type PenaltyMaximum } from '#src/lib/serious-crime.ts';
import { direction, LANGUAGES } from '#src/registries/locales.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.resolve(process.env.DIST_DIR ?? path.join(ROOT, 'dist'));
const SOURCES = path.resolve(process.env.SOURCES_DIR ?? path.join(ROOT, '../shared/sources'), 'legislation');
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pages = new Map<string, HTMLElement>();
const page = (url: string) => {
  if (!pages.has(url)) {
    const file = path.join(DIST, url, 'index.html');
    if (!fs.existsSync(file)) throw new Error(`no page at ${url} (${file}); build first, or set DIST_DIR`);
    pages.set(url, parseHtml(fs.readFileSync(file, 'utf8')));
  }
  return pages.get(url)!;
};

const files = fs.existsSync(SOURCES) ? fs.readdirSync(SOURCES).filter((f) => /^[a-z]{2}\.md$/.test(f)).sort() : [];
const source = (file: string) => parseLegislation(fs.readFileSync(path.join(SOURCES, file), 'utf8'));

describe.skipIf(!files.length || !fs.existsSync(path.join(DIST, 'index.html')))(`legislation pages in ${DIST} against ${SOURCES}`, () => {
  it('covers the countries added on the route', () => {
    expect(files).toEqual(expect.arrayContaining(['ae.md', 'bd.md', 'in.md', 'pk.md']));
  });

  for (const file of files) {
    const iso2 = file.slice(0, 2);
    it.each(LANGUAGES)(`legislation/${file}: /%s/ page shows every language version verbatim, with its lang and dir`, (lang) => {
      const parsed = source(file);
      const html = page(`/${lang}/legislation/${iso2}/`);
      const shownVersion = parsed.versions.find((v) => v.language === lang) ?? parsed.versions[0]!;
      const problems: string[] = [];
      for (const version of parsed.versions) {
        // The version in the page's language (else the first) keeps the plain ids; the others are prefixed.
        const prefix = version === shownVersion ? '' : `${version.language}-`;
        for (const provision of version.provisions) {
          const id = `${prefix}${provision.id}`;
          const where = `${version.language} ${id}`;
          const shown = html.querySelector(`section.national-provision[id="${id}"]`);
          if (!shown) { problems.push(`${where}: missing on the page`); continue; }
          if (shown.getAttribute('lang') !== version.language || shown.getAttribute('dir') !== direction(version.language)) {
            problems.push(`${where}: lang="${shown.getAttribute('lang')}" dir="${shown.getAttribute('dir')}", expected lang="${version.language}" dir="${direction(version.language)}"`);
          }
          const paragraphs = shown.querySelectorAll('p').map((p, i) => ({ where, path: `#${i}`, text: text(p) }));
          // The compiler's editorial notes (`*[Editorial note: …]*` in the source) show in italics, without the Markdown,
          // their label in the page's language and their words as the source gives them.
          const expected = (t: string) => (isEditorialParagraph(t) ? `[${dictionaries[lang]['country.editorialNote']} ${editorialNoteText(t)}]` : t);
          problems.push(...compareParagraphs(`legislation ${iso2} (${lang} page)`, provision.paragraphs.map((t, i) => ({ where, path: `#${i}`, text: expected(t) })), paragraphs));
          // The compiler's note on a copy is shown, but apart from the law's paragraphs.
          if (provision.note) {
            const note = text(shown.querySelector('.source-note'));
            for (const n of provision.note) if (!note.includes(n.replace(/\s+/g, ' ').trim())) problems.push(`${where}: compiler's note missing`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('Canada: English on English pages, French on French pages, the other version a click away', () => {
    const ca = source('ca.md');
    expect(ca.versions.map((v) => v.language)).toEqual(['en', 'fr']);
    for (const [lang, other] of [['en', 'fr'], ['fr', 'en']] as const) {
      const html = page(`/${lang}/legislation/ca/`);
      expect(html.querySelector('section.national-provision[id="117"]')?.getAttribute('lang')).toBe(lang);
      const details = html.querySelector(`details#version-${other}`);
      expect(details, `${lang} page: details#version-${other}`).not.toBeNull();
      expect(details!.querySelector(`section.national-provision[id="${other}-117"]`)?.getAttribute('lang')).toBe(other);
      expect(html.querySelector(`a[href="#version-${other}"]`), `${lang} page: link to the ${other} version`).not.toBeNull();
      // The analysis links to the version shown.
      expect(html.querySelector('#element-smuggling-offence a[href="#117"]')).not.toBeNull();
    }
  });

  it('the UAE: Arabic provisions run right to left on every page', () => {
    for (const lang of LANGUAGES) {
      const sections = page(`/${lang}/legislation/ae/`).querySelectorAll('section.national-provision');
      expect(sections.length).toBe(source('ae.md').provisions.length);
      for (const s of sections) expect([s.getAttribute('lang'), s.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    }
  });

  const analyses = fs.readdirSync(path.join(ROOT, 'content/legislation')).filter((c) => fs.existsSync(path.join(ROOT, 'content/legislation', c, 'analysis.yaml')));
  it.each(analyses)('%s: the serious-crime indicator is the one derived from analysis.yaml, and rests on a provision on the page', (iso2) => {
    type Cell = { maximum?: PenaltyMaximum };
    const { elements } = parseYaml(fs.readFileSync(path.join(ROOT, 'content/legislation', iso2, 'analysis.yaml'), 'utf8')) as { elements: Record<'penalty-basic' | 'penalty-aggravated', Cell> };
    const expected = seriousCrimeOf(elements);
    for (const lang of LANGUAGES) {
      const html = page(`/${lang}/legislation/${iso2}/`);
      const section = html.querySelector('#serious-crime');
      expect(section?.getAttribute('data-status'), `${lang} page`).toBe(expected.basic.status);
      if (expected.basic.maximum) {
        const id = expected.basic.maximum.provision;
        expect(section!.querySelector(`a[href="#${id}"]`), `${lang} page: link to ${id}`).not.toBeNull();
        expect(html.querySelector(`section.national-provision[id="${id}"]`), `${lang} page: provision ${id}`).not.toBeNull();
      }
      for (const citation of ['UNTOC 2(b)', 'UNTOC 16', 'UNTOC 18']) expect(text(section).includes(citation), `${lang} page: ${citation}`).toBe(true);
    }
  });
});
