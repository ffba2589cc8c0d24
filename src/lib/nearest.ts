/** Suggestions for misspellings: the closest candidate by edit distance (case-insensitive). */
import { editDistance } from './spelling.ts';

/** The candidate closest to `word`, when it is close enough to be a likely misspelling (at most a third of its length). */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const max = Math.max(2, Math.ceil(word.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(w, candidate.toLowerCase(), max);
    if (distance <= max && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
