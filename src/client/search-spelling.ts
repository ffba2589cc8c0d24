/**
 * The spelling check of the search page (src/client/search.ts), loaded for a query that finds little: the words of the
 * query the index does not hold, checked against the index's own vocabulary.
 */
import { checkableWords, searchableQuery, unmatchedWords } from '#src/lib/search.ts';
import { initialOf, suggestQuery, vocabulary, type Vocabulary } from '#src/lib/spelling.ts';
import type { Config } from './search.ts';

const lists = new Map<string, Promise<string[]>>();

/** The index's words in the page's language that start like the given words (one small file per initial). */
async function loadVocabulary(url: string, words: readonly string[]): Promise<Vocabulary> {
  const loaded = await Promise.all([...new Set(words.map(initialOf))].map((initial) => {
    let list = lists.get(initial);
    if (!list) {
      list = fetch(url.replace('{initial}', initial)).then((r) => (r.ok ? r.text() : '')).then((t) => t.split('\n').filter(Boolean)).catch(() => []);
      lists.set(initial, list);
    }
    return list;
  }));
  return vocabulary(loaded.flat());
}

/**
 * A correction for the words of the query the index does not hold, checked against the vocabulary: `null` when
 * every word is held (or nothing is close enough). `matched` are the words the first results matched, which tell a
 * real match from Pagefind's fallback to a shorter word; with no result at all, every word is checked.
 */
export async function correctionFor(query: string, config: Pick<Config, 'lang' | 'vocabulary'>, found: number, matched: string[]): Promise<string | null> {
  const searched = searchableQuery(query, config.lang);
  const suspects = found ? unmatchedWords(searched, matched) : checkableWords(searched);
  if (!suspects.length) return null;
  const vocab = await loadVocabulary(config.vocabulary, suspects);
  const misspelt = new Set(suspects.filter((w) => !vocab.rank.has(w) && !vocab.words.some((v) => v.startsWith(w))));
  return misspelt.size ? suggestQuery(query, vocab, misspelt) : null;
}
