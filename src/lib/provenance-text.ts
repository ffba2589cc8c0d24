/**
 * The compiler's English text around a national law (front-matter lines, editorial notes inside the provisions):
 * what of it the project can say in the page's language, and what stays in English. Pure.
 */

const EDITORIAL_NOTE = /^\*\[Editorial note:\s*([\s\S]*?)\]\*$/;

/**
 * The words of an editorial note written as Markdown emphasis in the sources (`*[Editorial note: the stray quotation
 * mark is in the print.]*`): the note itself, without the label and the markup; null for a paragraph of the statute.
 */
export function editorialNoteText(paragraph: string): string | null {
  return EDITORIAL_NOTE.exec(paragraph)?.[1]?.trim() ?? null;
}

/**
 * A metadata line that opens with a plain answer ("no", "no (Arabic original; …)", "no — English and French are
 * equally authoritative"): the answer, which the page says in its language, and the qualification that follows,
 * which stays in the compiler's English. `answer` is null when the line does not open with yes or no.
 */
export function leadingAnswer(line: string): { answer: 'yes' | 'no' | null; rest: string } {
  const m = /^(yes|no)\b\s*([\s\S]*)$/i.exec(line.trim());
  if (!m) return { answer: null, rest: line.trim() };
  return { answer: m[1]!.toLowerCase() as 'yes' | 'no', rest: m[2]!.trim() };
}

/**
 * Clauses of a treaty text's source line that record how the file was fetched for the import (the repository snapshot
 * it was read from, that it was read page by page from a stored copy): facts about the project's research, not about
 * the publication, so the page leaves them out. The repository, path and commit that identify the text stay.
 */
const RESEARCH_CLAUSES: [RegExp, string][] = [
  [/ \(last commit touching the file; read from the repository snapshot at commit [0-9a-f]{7,40}\)/g, ''],
  [/,? both read from the snapshot at commit [0-9a-f]{7,40}/g, ''],
  [/ \(read page by page from a stored copy of the file\)\. The transcription made from those pages has exactly the file's \d+ characters\./g, '.'],
];

/** A treaty text's source line as the public reads it: where the text comes from, without how it was fetched. */
export function publicSource(source: string): string {
  return RESEARCH_CLAUSES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), source);
}
