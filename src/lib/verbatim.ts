/**
 * Compares the treaty text shown on the built pages with the primary source, paragraph by paragraph.
 * Only whitespace is normalised; any other difference is reported with its place.
 */
export interface ShownParagraph {
  /** Article number, or "preamble" / "testimonium". */
  where: string;
  /** Paragraph path (`1-a-ii`) or the block's position for unlabelled lines (`#3`). */
  path: string;
  /** Label and text as a reader sees them: "(a) The smuggling of migrants;". */
  text: string;
}

export const normaliseWhitespace = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Differences between the source's paragraphs and those shown, as messages naming where they are. */
export function compareParagraphs(context: string, expected: readonly ShownParagraph[], shown: readonly ShownParagraph[]): string[] {
  const problems: string[] = [];
  const key = (p: ShownParagraph) => `${p.where}|${p.path}`;
  const shownByKey = new Map(shown.map((p) => [key(p), p]));
  for (const e of expected) {
    const s = shownByKey.get(key(e));
    const place = `${context}, ${/^\d+$/.test(e.where) ? `art. ${e.where}` : e.where}, paragraph ${e.path}`;
    if (!s) problems.push(`${place}: missing on the page`);
    else if (normaliseWhitespace(s.text) !== normaliseWhitespace(e.text)) {
      problems.push(`${place}: differs from the source\n  source: ${normaliseWhitespace(e.text)}\n  page:   ${normaliseWhitespace(s.text)}`);
    }
    shownByKey.delete(key(e));
  }
  for (const extra of shownByKey.values()) problems.push(`${context}, ${extra.where}, paragraph ${extra.path}: shown but not in the source`);
  return problems;
}

/** Source blocks of an article as paragraphs (labelled by path, unlabelled by position). */
export function articleParagraphs(where: string, blocks: readonly { path: string[] | null; label: string | null; text: string }[]): ShownParagraph[] {
  return blocks.map((b, i) => ({ where, path: b.path ? b.path.join('-') : `#${i}`, text: [b.label, b.text].filter(Boolean).join(' ') }));
}
