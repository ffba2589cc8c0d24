/**
 * The one citation grammar of the site (see DESIGN.md, "Citations"):
 * `SOM 6(1)(a)`, `UNTOC 2(a)`, `TIP 3`, `FIREARMS 5(1)`, case-insensitive,
 * optionally with "art." / "article" before the number. A bare code (`TIP`) is a reference to a whole
 * instrument, for sources that name only the instrument ("the Trafficking Protocol").
 * Pure: knows nothing about which provisions exist (see provision-index.ts).
 */
import { CITATION_CODES, instrumentByCode, type CitationCode, type InstrumentId } from '#src/registries/instruments.ts';

export type { CitationCode, InstrumentId } from '#src/registries/instruments.ts';
export { INSTRUMENT_IDS } from '#src/registries/instruments.ts';

/**
 * A parsed citation: content holds these values (parsed once, where it is loaded), and graph, facets, routes, search and
 * views read their parts instead of parsing text again.
 */
export interface Citation {
  /** Canonical short form, e.g. `SOM 6(1)(a)`. */
  text: string;
  code: CitationCode;
  instrument: InstrumentId;
  article: number;
  /** Paragraph path inside the article, lower case: ['1', 'a', 'ii']; empty for the whole article. */
  path: string[];
}

/** A citation, or a reference to a whole instrument (`article: null`). */
export type Reference = Citation | { text: string; code: CitationCode; instrument: InstrumentId; article: null; path: [] };

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
  if (match[2] === undefined) return { ...base, text: info.code, article: null, path: [] };
  const path = [...match[3]!.matchAll(/\(\s*([0-9a-z]+)\s*\)/gi)].map((m) => m[1]!.toLowerCase());
  const article = Number(match[2]);
  return { ...base, text: formatCitation({ code: info.code, article, path }), article, path };
}

/** A citation written in code (the comparison's elements, the home page's key provisions); throws on a typo. */
export function reference(text: string): Reference {
  const ref = parseReference(text);
  if (!ref) throw new Error(`"${text}" is not in the citation grammar (e.g. SOM 6(1)(a))`);
  return ref;
}

/** The article-level reference of a citation (`SOM 6` for `SOM 6(1)(a)`), the granularity of facets and graph keys. */
export function articleLevel(ref: Reference): Reference {
  if (ref.article === null || ref.path.length === 0) return ref;
  return { ...ref, text: formatCitation({ code: ref.code, article: ref.article, path: [] }), path: [] };
}

/** Orders references by instrument code, then article, then paragraph. */
export function compareReferences(a: Reference, b: Reference): number {
  return a.code.localeCompare(b.code) || (a.article ?? 0) - (b.article ?? 0) || a.path.join('-').localeCompare(b.path.join('-'), 'en', { numeric: true });
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


/** Whether a text is a reference in its canonical form (`SOM 6(1)(a)`, `TIP`): how open data checks what it publishes. */
export function isCanonicalReference(text: string): boolean {
  return parseReference(text)?.text === text;
}
