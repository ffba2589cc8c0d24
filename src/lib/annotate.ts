/**
 * Marks inside verbatim text without changing it: links from defined terms to their definition and
 * editorial notes on suspected transcription slips. The text of the segments joined is always the input text.
 */

export interface Mark {
  start: number;
  end: number;
  /** Link target for a defined term. */
  href?: string;
  /** Id of an editorial note that this stretch of text is marked with. */
  note?: string;
}

export interface Segment { text: string; href?: string; note?: string }

const LETTER = /\p{L}/u;

/** Index of `phrase` in `text` as whole words (no letter just before or after), or -1. */
export function findPhrase(text: string, phrase: string, caseInsensitive = false): number {
  const haystack = caseInsensitive ? text.toLowerCase() : text;
  const needle = caseInsensitive ? phrase.toLowerCase() : phrase;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const before = text[i - 1];
    const after = text[i + needle.length];
    if ((!before || !LETTER.test(before)) && (!after || !LETTER.test(after))) return i;
  }
  return -1;
}

/** Splits text at the marks (overlapping marks after the first are dropped). */
export function annotate(text: string, marks: readonly Mark[]): Segment[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at || m.end <= m.start || m.end > text.length) continue;
    if (m.start > at) segments.push({ text: text.slice(at, m.start) });
    segments.push({ text: text.slice(m.start, m.end), ...(m.href ? { href: m.href } : {}), ...(m.note ? { note: m.note } : {}) });
    at = m.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}

/** Quoted term at the head of a definition: “Organized criminal group”, «groupe criminel organisé», "grupo delictivo organizado". */
export function definedTerm(definitionText: string): string | null {
  const m = /[“"«]\s*([^”"»]{3,80}?)\s*[”"»]/u.exec(definitionText);
  return m ? m[1]! : null;
}
