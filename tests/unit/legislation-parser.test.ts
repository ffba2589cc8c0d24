import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isEditorialParagraph, isTranslation, languageCodes, parseLegislation, provisionId, provisionLabel,
} from '#src/lib/legislation-parser.ts';

const file = (frontMatter: string, body: string) => `---\ncountry: X\n${frontMatter}\n---\n\n${body}`;

describe('provisionId', () => {
  it('keeps the ids of the headings already imported', () => {
    expect(provisionId('Art. 303-A — Tráfico ilícito de migrantes')).toBe('art-303-a');
    expect(provisionId('121.1 — Definition of criminal organization')).toBe('121-1');
    expect(provisionId('Ley 36 de 2013, art. 42 (amending clause)')).toBe('ley-36-de-2013-art-42-amending-clause');
    expect(provisionId('Art. 456-H (partial)')).toBe('art-456-h-partial');
  });
  it('reads Arabic article headings, ordinal words included', () => {
    expect(provisionId('المادة 22 – عقوبة قائد وسيلة النقل')).toBe('art-22');
    expect(provisionId('المادة 33 – الفصل في جرائم المادتين 22 و24')).toBe('art-33');
    expect(provisionId('المادة الأولى- التعريفات')).toBe('art-1');
    expect(provisionId('المادة ٢٥ – عقوبة')).toBe('art-25');
  });
  it('reads Gazette-style headings and "Label: Title (details)" headings', () => {
    expect(provisionId('3. Punishment of smuggling of migrants')).toBe('3');
    expect(provisionId('Related law (secondary copy, visibly defective): Emigration Ordinance, 1979 (Ordinance XVIII of 1979), ss. 17, 18, 22')).toBe('emigration-ordinance-1979');
  });
});

describe('provisionLabel', () => {
  it('gives the number as the heading prints it', () => {
    expect(provisionLabel('s. 21 — Penalty for entry')).toBe('s. 21');
    expect(provisionLabel('المادة 22 – عقوبة')).toBe('المادة 22');
    expect(provisionLabel('3. Punishment of smuggling of migrants')).toBe('3');
    expect(provisionLabel('Art. 249 bis')).toBe('Art. 249 bis');
  });
});

describe('language statements', () => {
  it('lists equally authoritative versions and spots translations', () => {
    expect(languageCodes('en, fr')).toEqual(['en', 'fr']);
    expect(languageCodes('en (translation; the Bangla text is authoritative)')).toEqual(['en']);
    expect(languageCodes('ar')).toEqual(['ar']);
    expect(isTranslation('en (translation; the Bangla text is authoritative)')).toBe(true);
    expect(isTranslation('en, fr')).toBe(false);
  });
  it('recognises the compiler\'s bracketed notes', () => {
    expect(isEditorialParagraph('*[Editorial note: the stray quotation mark is in the print.]*')).toBe(true);
    expect(isEditorialParagraph('(3) It shall come [printed: "ccme"] into force at once.')).toBe(false);
  });
});

describe('parseLegislation', () => {
  it('splits equally authoritative versions under "# " headings, with the same ids, notes kept apart', () => {
    const parsed = parseLegislation(file('language: en, fr', [
      'Text taken from the XML.', '# English version', '## 117 — Organizing entry into Canada', '117 (1) No person shall…',
      '# Version française', '## 117 — Entrée illégale', '117 (1) Il est interdit…', '## Notes for comparison', '- A note.',
    ].join('\n\n')));
    expect(parsed.problems).toEqual([]);
    expect(parsed.language).toBe('en');
    expect(parsed.preface).toEqual(['Text taken from the XML.']);
    expect(parsed.versions).toEqual([
      { language: 'en', provisions: [{ id: '117', heading: '117 — Organizing entry into Canada', paragraphs: ['117 (1) No person shall…'] }] },
      { language: 'fr', provisions: [{ id: '117', heading: '117 — Entrée illégale', paragraphs: ['117 (1) Il est interdit…'] }] },
    ]);
    expect(parsed.provisions).toBe(parsed.versions[0]!.provisions);
    expect(parsed.editorial.map((e) => e.id)).toEqual(['notes-for-comparison']);
  });

  it('reports versions that do not match the languages named', () => {
    const parsed = parseLegislation(file('language: en, fr', '# English version\n\n## 1 — A\n\nText.'));
    expect(parsed.problems[0]).toMatch(/language names 2 versions \(en, fr\), but the file has 1 "# " headings/);
  });

  it('keeps apart the sections of several Acts by the Act\'s name', () => {
    const parsed = parseLegislation(file('language: en', [
      '# Immigration and Foreigners Act, 2025 (No. 13 of 2025)', '## s. 1 — Short title', '(1) This Act…',
      '# Emigration Act, 1983 (No. 31 of 1983)', '## s. 1 — Short title', '(1) This Act…',
    ].join('\n\n')));
    expect(parsed.provisions.map((p) => [p.id, p.group])).toEqual([
      ['immigration-and-foreigners-act-2025-s-1', 'Immigration and Foreigners Act, 2025 (No. 13 of 2025)'],
      ['emigration-act-1983-s-1', 'Emigration Act, 1983 (No. 31 of 1983)'],
    ]);
  });

  it('makes a "# " heading without sections one provision, the compiler\'s lead-in kept as its note', () => {
    const parsed = parseLegislation(file('language: pt', [
      '# Código Penal, art. 232-A — consolidated text (NEW)', 'Copied from the HTML without change of wording.', 'Art. 232-A: Promover…', 'Pena - reclusão…',
      '# Lei 13.445/2017, art. 115 — amending clause', 'Art. 115 - O Decreto-lei…', '*[Editorial note: brackets as in the source.]*',
      '## Notes for comparison', '- A note.',
    ].join('\n\n')));
    expect(parsed.provisions).toEqual([
      { id: 'codigo-penal-art-232-a', heading: 'Código Penal, art. 232-A — consolidated text (NEW)', note: ['Copied from the HTML without change of wording.'], paragraphs: ['Art. 232-A: Promover…', 'Pena - reclusão…'] },
      { id: 'lei-13-445-2017-art-115', heading: 'Lei 13.445/2017, art. 115 — amending clause', paragraphs: ['Art. 115 - O Decreto-lei…', '*[Editorial note: brackets as in the source.]*'] },
    ]);
  });
});

// The real sources, where they sit beside the checkout: what the import relies on.
const SOURCES = path.resolve(process.env.SOURCES_DIR ?? path.resolve(import.meta.dirname, '../../../shared/sources'), 'legislation');
describe.skipIf(!fs.existsSync(SOURCES))('the legislation sources', () => {
  const read = (iso2: string) => parseLegislation(fs.readFileSync(path.join(SOURCES, `${iso2}.md`), 'utf8'));
  it('Canada: English and French versions of the same eleven provisions', () => {
    const ca = read('ca');
    expect(ca.problems).toEqual([]);
    expect(ca.versions.map((v) => v.language)).toEqual(['en', 'fr']);
    expect(ca.versions[1]!.provisions.map((p) => p.id)).toEqual(ca.versions[0]!.provisions.map((p) => p.id));
    expect(ca.versions[0]!.provisions).toHaveLength(11);
    // The French heading must not end up as a paragraph of the last English section.
    expect(ca.versions[0]!.provisions.at(-1)!.paragraphs.join(' ')).not.toMatch(/Version française/);
  });
  it('every file gives unique, non-empty provision ids', () => {
    for (const f of fs.readdirSync(SOURCES).filter((x) => /^[a-z]{2}\.md$/.test(x))) {
      for (const version of read(f.slice(0, 2)).versions) {
        const ids = version.provisions.map((p) => p.id);
        expect(ids.filter((id) => !id), f).toEqual([]);
        expect(new Set(ids).size, f).toBe(ids.length);
      }
    }
  });
});
