/**
 * Which provisions exist: built from the imported treaty texts, used to validate every
 * citation in content (build fails on an unknown one) and by the search box.
 */
import { formatCitation, parseReference, type Reference } from './citation.ts';

export interface IndexedText {
  instrument: string;
  articles: { number: number; blocks: { path: string[] | null }[] }[];
}

/** instrument → article number → set of paragraph paths joined by '-' */
export type ProvisionIndex = Map<string, Map<number, Set<string>>>;

export function buildProvisionIndex(texts: readonly IndexedText[]): ProvisionIndex {
  const index: ProvisionIndex = new Map();
  for (const text of texts) {
    const articles = index.get(text.instrument) ?? new Map<number, Set<string>>();
    for (const article of text.articles) {
      const paths = articles.get(article.number) ?? new Set<string>();
      for (const block of article.blocks) if (block.path) paths.add(block.path.join('-'));
      articles.set(article.number, paths);
    }
    index.set(text.instrument, articles);
  }
  return index;
}

export type CitationCheck = { ok: true; citation: Reference } | { ok: false; message: string };

const GRAMMAR_HINT = 'Write citations as SOM 6(1)(a), UNTOC 2(a), TIP 3 or FIREARMS 5(1): one provision each, no ranges.';

/** Parses a citation and checks that the provision exists; the message is written for content authors. */
export function checkCitation(index: ProvisionIndex, text: string, options: { wholeInstrument?: boolean } = {}): CitationCheck {
  const citation = parseReference(text);
  const hint = options.wholeInstrument ? `${GRAMMAR_HINT} A source that names only the instrument is cited by its code alone: TIP.` : GRAMMAR_HINT;
  if (!citation || (citation.article === null && !options.wholeInstrument)) return { ok: false, message: `"${text}" is not a citation. ${hint}` };
  const articles = index.get(citation.instrument);
  if (!articles) return { ok: false, message: `"${text}": no text of ${citation.code} is held.` };
  if (citation.article === null) return { ok: true, citation };
  const paths = articles.get(citation.article);
  if (!paths) {
    return { ok: false, message: `Unknown provision "${text}": ${citation.code} has articles 1–${Math.max(...articles.keys())}.` };
  }
  if (citation.path.length && !paths.has(citation.path.join('-'))) {
    const known = [...paths].map((p) => formatCitation({ ...citation, path: p.split('-') }));
    return {
      ok: false,
      message: `Unknown provision "${text}": ${citation.code} art. ${citation.article} has ${known.length ? known.join(', ') : 'no numbered paragraphs (cite the article alone)'}.`,
    };
  }
  return { ok: true, citation };
}

