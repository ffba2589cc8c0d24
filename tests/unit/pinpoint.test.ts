import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ordinalList, parsePinpoint, pinpointVocabulary, sayPinpoint, untranslatedWords } from '#src/lib/pinpoint.ts';
import { useTranslations } from '#src/lib/i18n.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content/legislation');
/** Every pinpoint the analyses write, in cells and in recorded maxima. */
const pinpoints = [...new Set(fs.readdirSync(CONTENT).flatMap((c) => {
  const file = path.join(CONTENT, c, 'analysis.yaml');
  if (!fs.existsSync(file)) return [];
  const { elements } = parseYaml(fs.readFileSync(file, 'utf8')) as { elements: Record<string, { pinpoint?: string; maximum?: { pinpoint?: string } }> };
  return Object.values(elements).flatMap((cell) => [cell.pinpoint, cell.maximum?.pinpoint].filter((p): p is string => !!p));
}))];
const say = (lang: (typeof LANGUAGES)[number], p: string) => sayPinpoint(p, pinpointVocabulary(useTranslations(lang)));

describe('pinpoints', () => {
  it('reads the pinpoints of every analysis', () => expect(pinpoints.length).toBeGreaterThan(150));

  it.each(pinpoints)('“%s”: every English word of the project is recognised, and the English reads back unchanged', (p) => {
    expect(untranslatedWords(parsePinpoint(p))).toEqual([]);
    expect(say('en', p)).toBe(p);
  });

  it('says the project’s words in each language and keeps the law’s own', () => {
    const p = 'art. 159, fractions I–III and penultimate paragraph';
    expect(say('es', p)).toBe('art. 159, fracciones I–III y penúltimo párrafo');
    expect(say('fr', p)).toBe('art. 159, fractions I–III et avant-dernier alinéa');
    expect(say('ru', p)).toBe('ст. 159, пункты I–III и предпоследний абзац');
    expect(say('ar', p)).toBe('المادة 159، البنود I–III والفقرة قبل الأخيرة');
    expect(say('fr', 'art. 411 bis, second to fourth paragraphs')).toBe('art. 411 bis, deuxième à quatrième alinéas');
    expect(say('es', 'art. 456-F, second sentence, 1–6')).toBe('art. 456-F, segunda oración, 1–6');
    expect(say('ar', 'art. 2, first principle')).toBe('المادة 2، المبدأ الأول');
    expect(say('es', 's. 117(1); s. 131')).toBe('art. 117(1); art. 131');
  });

  it('leaves the law’s own words alone: Act titles, German, Italian and Portuguese numbering, quotations', () => {
    expect(say('es', 'Immigration and Foreigners Act, 2025, s. 21 with s. 24(1)')).toBe('Immigration and Foreigners Act, 2025, art. 21 en relación con art. 24(1)');
    expect(say('fr', '§ 96(1) Satz 1 Nr. 2 with § 95(1) Nr. 1–2 and (2) Nr. 1(b)')).toBe('§ 96(1) Satz 1 Nr. 2 combiné avec § 95(1) Nr. 1–2 et (2) Nr. 1(b)');
    expect(say('es', 'art. 12-bis commi 1–3; art. 12 commi 1-bis, 3-bis')).toBe('art. 12-bis commi 1–3; art. 12 commi 1-bis, 3-bis');
    expect(say('es', 'CP art. 232-A, caput and § 1º')).toBe('CP art. 232-A, caput y § 1º');
    const parts = parsePinpoint('arts. L. 823-1, L. 823-2 (“tenter de faciliter”)');
    expect(parts.filter((x) => x.kind === 'cite').map((x) => x.kind === 'cite' && x.text)).toEqual([' L. 823-1', 'L. 823-2 (“tenter de faciliter”)']);
  });

  it('checks that each dictionary lists seven ordinals', () => {
    for (const lang of LANGUAGES) for (const noun of ['paragraph', 'sentence', 'principle'] as const) {
      expect(() => ordinalList(useTranslations(lang)(`pinpoint.ordinals.${noun}`), noun)).not.toThrow();
    }
    expect(() => ordinalList('first|second', 'pinpoint.ordinals.paragraph')).toThrow(/pinpoint\.ordinals\.paragraph must list 7 ordinals/);
  });
});
