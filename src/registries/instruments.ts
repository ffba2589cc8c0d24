/**
 * The one list of instruments (DESIGN.md, "Citations" and "URLs"). The citation grammar, the search box's grammar,
 * the open-data patterns, schemas and pages derive from it.
 */
import type { Lang } from './locales.ts';

export interface InstrumentInfo {
  /** Citation code, as written in content and shown to users: `SOM 6(1)(a)`. */
  code: string;
  /** URL segment: `/en/instruments/som-protocol/`. */
  id: string;
  /** Whether it supplements the Convention (its article 1 applies the Convention mutatis mutandis). */
  supplementsConvention: boolean;
  /** The article holding its definitions (defined terms link there). */
  definitionsArticle: number;
  /** United Nations Treaty Series reference, as the treaties README ("Key facts") gives it; null where it gives none. */
  unts: { volume: number; page: number } | null;
  /**
   * Words a visitor may use for it in the search box, per language, matched after folding case and accents.
   * `*` at either end lets the word run on there (a stem: "конвенци*" matches "Конвенции"; "*بروتوكول" matches "البروتوكول").
   */
  queryWords: Record<Lang, readonly string[]>;
}

/** In display order: the Convention first, then its Protocols. Checked in this order by the search box, most specific first. */
export const INSTRUMENTS = [
  {
    code: 'UNTOC', id: 'untoc', supplementsConvention: false, definitionsArticle: 2, unts: { volume: 2225, page: 209 },
    queryWords: {
      en: ['untoc', 'convention', 'palermo', 'organized crime', 'organised crime'],
      es: ['convencion', 'delincuencia organizada', 'palermo'],
      fr: ['convention', 'criminalite', 'palerme'],
      ru: ['конвенци*', 'организованной преступности', 'палермск*'],
      ar: ['*اتفاقية*', '*الجريمة المنظمة'],
    },
  },
  {
    code: 'SOM', id: 'som-protocol', supplementsConvention: true, definitionsArticle: 3, unts: { volume: 2241, page: 507 },
    queryWords: {
      en: ['som', 'smuggling', 'migrant*', 'protocol'],
      es: ['trafico ilicito', 'migrante*', 'protocolo'],
      fr: ['trafic illicite', 'migrant*', 'protocole'],
      ru: ['незаконн* ввоз*', 'мигрант*', 'протокол*'],
      ar: ['*تهريب*', '*مهاجر*', '*بروتوكول*'],
    },
  },
  {
    code: 'TIP', id: 'tip-protocol', supplementsConvention: true, definitionsArticle: 3, unts: { volume: 2237, page: 319 },
    queryWords: {
      en: ['tip', 'trafficking in persons', 'trafficking'],
      es: ['trata de personas', 'trata'],
      fr: ['traite'],
      ru: ['торговл* людьми', 'торговл*'],
      ar: ['*الاتجار*'],
    },
  },
  {
    code: 'FIREARMS', id: 'firearms-protocol', supplementsConvention: true, definitionsArticle: 3, unts: null,
    queryWords: {
      en: ['firearms', 'firearm'],
      es: ['armas de fuego', 'armas'],
      fr: ['armes a feu', 'armes'],
      ru: ['огнестрельн*', 'оружи*'],
      ar: ['*الأسلحة*', '*اسلحة*'],
    },
  },
] as const satisfies readonly InstrumentInfo[];

export type CitationCode = (typeof INSTRUMENTS)[number]['code'];
export type InstrumentId = (typeof INSTRUMENTS)[number]['id'];
export const CITATION_CODES = INSTRUMENTS.map((i) => i.code) as [CitationCode, ...CitationCode[]];
export const INSTRUMENT_IDS = INSTRUMENTS.map((i) => i.id) as [InstrumentId, ...InstrumentId[]];
/** The Convention's id: the instrument the Protocols supplement. */
export const CONVENTION_ID = INSTRUMENTS.find((i) => !i.supplementsConvention)!.id;

export function instrumentByCode(code: string): (typeof INSTRUMENTS)[number] | undefined {
  return INSTRUMENTS.find((i) => i.code === code.toUpperCase());
}
export function instrumentById(id: string): (typeof INSTRUMENTS)[number] | undefined {
  return INSTRUMENTS.find((i) => i.id === id);
}
