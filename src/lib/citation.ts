/**
 * The one citation grammar of the site (see DESIGN.md, "Citations"):
 * `SOM 6(1)(a)`, `UNTOC 2(a)`, `TIP 3`, `FIREARMS 5(1)`, case-insensitive,
 * optionally with "art." / "article" before the number.
 * Pure: knows nothing about which provisions exist (see provision-index.ts).
 */

/** Instrument ids as used in URLs, keyed by their citation code. */
export const INSTRUMENT_CODES = {
  UNTOC: 'untoc',
  SOM: 'som-protocol',
  TIP: 'tip-protocol',
  FIREARMS: 'firearms-protocol',
} as const;

export type CitationCode = keyof typeof INSTRUMENT_CODES;
export type InstrumentId = (typeof INSTRUMENT_CODES)[CitationCode];
export const INSTRUMENT_IDS = Object.values(INSTRUMENT_CODES) as InstrumentId[];

export interface Citation {
  code: CitationCode;
  instrument: InstrumentId;
  article: number;
  /** Paragraph path inside the article, lower case: ['1', 'a', 'ii']; empty for the whole article. */
  path: string[];
}

const CITATION_RE =
  /^\s*(untoc|som|tip|firearms)\s*,?\s*(?:art(?:icle|\.)?\s*\.?\s*)?(\d{1,3})\s*((?:\(\s*[0-9a-z]{1,5}\s*\)\s*)*)$/i;

/** Parses a citation; returns null when the text is not in the citation grammar. */
export function parseCitation(text: string): Citation | null {
  const match = CITATION_RE.exec(text);
  if (!match) return null;
  const code = match[1]!.toUpperCase() as CitationCode;
  const path = [...match[3]!.matchAll(/\(\s*([0-9a-z]+)\s*\)/gi)].map((m) => m[1]!.toLowerCase());
  return { code, instrument: INSTRUMENT_CODES[code], article: Number(match[2]), path };
}

/** Canonical short form, e.g. `SOM 6(1)(a)`. */
export function formatCitation(c: Pick<Citation, 'code' | 'article' | 'path'>): string {
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
  return (Object.keys(INSTRUMENT_CODES) as CitationCode[]).find((k) => INSTRUMENT_CODES[k] === instrument)!;
}
