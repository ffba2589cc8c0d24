/**
 * The one citation grammar of the site (see DESIGN.md, "Citations"):
 * `SOM 6(1)(a)`, `UNTOC 2(a)`, `TIP 3`, `FIREARMS 5(1)`, case-insensitive,
 * optionally with "art." / "article" before the number. A bare code (`TIP`) is a reference to a whole
 * instrument, for sources that name only the instrument ("the Trafficking Protocol").
 * Pure: knows nothing about which provisions exist (see provision-index.ts).
 */
import { CITATION_CODES, INSTRUMENTS, instrumentByCode, type CitationCode, type InstrumentId } from '#src/registries/instruments.ts';

export type { CitationCode, InstrumentId } from '#src/registries/instruments.ts';
export { INSTRUMENT_IDS } from '#src/registries/instruments.ts';

/** Instrument ids as used in URLs, keyed by their citation code (derived from the instrument registry). */
export const INSTRUMENT_CODES = Object.fromEntries(INSTRUMENTS.map((i) => [i.code, i.id])) as {
  [I in (typeof INSTRUMENTS)[number] as I['code']]: I['id'];
};

export interface Citation {
  code: CitationCode;
  instrument: InstrumentId;
  article: number;
  /** Paragraph path inside the article, lower case: ['1', 'a', 'ii']; empty for the whole article. */
  path: string[];
}

/** A citation, or a reference to a whole instrument (`article: null`). */
export type Reference = Citation | { code: CitationCode; instrument: InstrumentId; article: null; path: [] };

const CODES = CITATION_CODES.join('|');
const REFERENCE_RE = new RegExp(
  String.raw`^\s*(${CODES})(?:\s*,?\s*(?:art(?:icle|\.)?\s*\.?\s*)?(\d{1,3})\s*((?:\(\s*[0-9a-z]{1,5}\s*\)\s*)*))?\s*$`,
  'i',
);

/** Parses a citation or a whole-instrument reference; null when the text is not in the grammar. */
export function parseReference(text: string): Reference | null {
  const match = REFERENCE_RE.exec(text);
  if (!match) return null;
  const info = instrumentByCode(match[1]!)!;
  const base = { code: info.code, instrument: info.id };
  if (match[2] === undefined) return { ...base, article: null, path: [] };
  const path = [...match[3]!.matchAll(/\(\s*([0-9a-z]+)\s*\)/gi)].map((m) => m[1]!.toLowerCase());
  return { ...base, article: Number(match[2]), path };
}

/** Parses a citation of an article or paragraph; returns null when the text is not in the citation grammar. */
export function parseCitation(text: string): Citation | null {
  const ref = parseReference(text);
  return ref && ref.article !== null ? ref : null;
}

/** Canonical short form, e.g. `SOM 6(1)(a)`, or `TIP` for a whole instrument. */
export function formatCitation(c: Pick<Reference, 'code' | 'article' | 'path'>): string {
  if (c.article === null) return c.code;
  return `${c.code} ${c.article}${c.path.map((p) => `(${p})`).join('')}`;
}

/** The `art. 6(1)(a)` part of a citation, used in long forms and headings. */
export function formatPinpoint(c: Pick<Citation, 'article' | 'path'>, articleAbbrev = 'art.'): string {
  return `${articleAbbrev} ${c.article}${c.path.map((p) => `(${p})`).join('')}`;
}

/** Fragment id of a paragraph: `para-1-b-ii` (DESIGN.md, "Paragraph anchors"). */
export function paragraphAnchor(path: readonly string[]): string {
  return `para-${path.join('-')}`;
}

/** The citation code of an instrument id. */
export function codeOf(instrument: InstrumentId): CitationCode {
  return INSTRUMENTS.find((i) => i.id === instrument)!.code;
}

/** The pattern of a canonical reference, for schemas that check already-formatted output (open data). */
export const CANONICAL_REFERENCE = new RegExp(String.raw`^(${CODES})( \d+(\([0-9a-z]+\))*)?$`);
