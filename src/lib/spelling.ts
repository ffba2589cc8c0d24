/**
 * Suggestions for a misspelt query, from the words of the index itself: the vocabulary the build writes beside the
 * index, and the closest words it holds. Pure; the search page loads it only for a query that finds little, so that
 * most searches do not download it.
 */
import { foldWord } from './search.ts';

/**
 * Where the vocabulary of one language is written (by src/integrations/pagefind.ts), relative to the site root: one
 * file per initial letter, so that checking a word downloads only the words that start like it (about 1 KB).
 */
export const vocabularyPath = (lang: string, initial: string) => `${lang}/search/terms/${initial}.txt`;

/** The initial a word's vocabulary file is named after: the code point of its first letter, folded, in hex. */
export const initialOf = (word: string) => ([...foldWord(word)][0] ?? '').codePointAt(0)?.toString(16) ?? '';

/** Words of a text for the vocabulary: letters only (no numbers, no citations), 4 to 24 characters, lower case. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{M}]*/gu) ?? []).filter((w) => w.length >= 4 && w.length <= 24);
}

/**
 * The vocabulary of one language's index, for suggestions: every word on at least `minPages` pages (or in a title or
 * practitioners' term, `always`), most widespread first, so the first close word is the likeliest.
 * `pages` are the indexed texts, one string per page.
 */
export function vocabularyFrom(pages: readonly string[], always: readonly string[] = [], minPages = 2): string[] {
  const df = new Map<string, number>();
  for (const page of pages) for (const w of new Set(wordsOf(page))) df.set(w, (df.get(w) ?? 0) + 1);
  for (const w of new Set(always.flatMap(wordsOf))) df.set(w, Math.max(df.get(w) ?? 0, minPages));
  return [...df].filter(([, n]) => n >= minPages).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), or `max + 1` as soon as it must
 * exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** A vocabulary ready for look-ups: the words folded, with their rank (0 = most widespread). */
export interface Vocabulary { words: string[]; rank: Map<string, number> }
export function vocabulary(words: readonly string[]): Vocabulary {
  const folded = words.map(foldWord);
  const rank = new Map<string, number>();
  folded.forEach((w, i) => { if (!rank.has(w)) rank.set(w, i); });
  return { words: [...rank.keys()], rank };
}

/**
 * The query with the given misspelt words (folded) replaced by the closest words the vocabulary holds (one edit for
 * words of up to five letters, two beyond; the most widespread word wins a tie), or null when no word is close
 * enough. A word that starts a longer word of the vocabulary is left alone (still being typed).
 */
export function suggestQuery(query: string, vocab: Vocabulary, misspelt: ReadonlySet<string>): string | null {
  let changed = false;
  const out = query.split(/(\s+)/).map((token) => {
    const word = foldWord(token);
    if (!misspelt.has(word) || vocab.rank.has(word)) return token;
    if (vocab.words.some((w) => w.length > word.length && w.startsWith(word))) return token;
    const max = word.length <= 5 ? 1 : 2;
    let best: { word: string; d: number; rank: number } | undefined;
    for (const candidate of vocab.words) {
      if (Math.abs(candidate.length - word.length) > max) continue;
      const d = editDistance(word, candidate, best ? Math.min(best.d, max) : max);
      if (d > max) continue;
      const rank = vocab.rank.get(candidate)!;
      if (!best || d < best.d || (d === best.d && rank < best.rank)) best = { word: candidate, d, rank };
    }
    if (!best) return token;
    changed = true;
    return best.word;
  });
  return changed ? out.join('') : null;
}
