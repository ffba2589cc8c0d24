/**
 * Which provisions exist, and the one existence check of the site: the content schemas, `<Provision>` in guides, the
 * Markdown checks and the search box all call `checkCitation` (the search box over the published provisions file).
 */
import { formatCitation, parseReference, type Reference } from './citation.ts';

/** An instrument's articles and their paragraph paths (`'1-a'`), as the treaty texts and `/data/provisions.{lang}.json` hold them. */
export interface IndexedInstrument {
  instrument: string;
  articles: readonly { number: number; paths: readonly string[] }[];
}

/** instrument → article number → set of paragraph paths joined by '-' */
export type ProvisionIndex = Map<string, Map<number, Set<string>>>;

export function buildProvisionIndex(instruments: readonly IndexedInstrument[]): ProvisionIndex {
  const index: ProvisionIndex = new Map();
  for (const { instrument, articles: list } of instruments) {
    const articles = index.get(instrument) ?? new Map<number, Set<string>>();
    for (const article of list) articles.set(article.number, new Set([...(articles.get(article.number) ?? []), ...article.paths]));
    index.set(instrument, articles);
  }
  return index;
}

/** The paragraph paths of a treaty text's articles (blocks without a path are the article's unnumbered text). */
export function articlePaths(articles: readonly { number: number; blocks: readonly { path: readonly string[] | null }[] }[]) {
  return articles.map((a) => ({ number: a.number, paths: a.blocks.flatMap((b) => (b.path ? [b.path.join('-')] : [])) }));
}

export type CitationCheck = { ok: true; citation: Reference } | { ok: false; message: string };

const GRAMMAR_HINT = 'Write citations as SOM 6(1)(a), UNTOC 2(a), TIP 3 or FIREARMS 5(1): one provision each, no ranges.';

/** Whether a parsed reference names a provision held; the message is written for content authors. */
export function findProvision(index: ProvisionIndex, citation: Reference): CitationCheck {
  const articles = index.get(citation.instrument);
  if (!articles) return { ok: false, message: `"${citation.text}": no text of ${citation.code} is held.` };
  if (citation.article === null) return { ok: true, citation };
  const paths = articles.get(citation.article);
  if (!paths) {
    return { ok: false, message: `Unknown provision "${citation.text}": ${citation.code} has articles 1–${Math.max(...articles.keys())}.` };
  }
  if (citation.path.length && !paths.has(citation.path.join('-'))) {
    const known = [...paths].map((p) => formatCitation({ ...citation, path: p.split('-') }));
    return {
      ok: false,
      message: `Unknown provision "${citation.text}": ${citation.code} art. ${citation.article} has ${known.length ? known.join(', ') : 'no numbered paragraphs (cite the article alone)'}.`,
    };
  }
  return { ok: true, citation };
}

/** Parses a citation as content writes it and checks that the provision exists. */
export function checkCitation(index: ProvisionIndex, text: string, options: { wholeInstrument?: boolean } = {}): CitationCheck {
  const citation = parseReference(text);
  const hint = options.wholeInstrument ? `${GRAMMAR_HINT} A source that names only the instrument is cited by its code alone: TIP.` : GRAMMAR_HINT;
  if (!citation || (citation.article === null && !options.wholeInstrument)) return { ok: false, message: `"${text}" is not a citation. ${hint}` };
  return findProvision(index, citation);
}
