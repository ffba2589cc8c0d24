/**
 * The countries chosen for a side-by-side comparison, as the URL keeps them: `?compare=pk,mx`, or the repeated
 * `?compare=pk&compare=mx` a plain GET form sends. Runs in the browser too: no imports.
 */

/** At least two countries make a comparison; more than four no longer fit side by side. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;
export const COMPARE_PARAM = 'compare';

/**
 * The chosen codes, in the order given, lower case, each once, only those in `known`, at most COMPARE_MAX.
 * `dropped` lists what was given but not taken (unknown codes, or beyond the maximum), so the page can say so.
 */
export function parseCompare(search: URLSearchParams, known: readonly string[]): { codes: string[]; dropped: string[] } {
  const given = search.getAll(COMPARE_PARAM).flatMap((v) => v.split(/[\s,]+/)).map((v) => v.trim().toLowerCase()).filter(Boolean);
  const codes: string[] = [];
  const dropped: string[] = [];
  for (const code of new Set(given)) {
    if (known.includes(code) && codes.length < COMPARE_MAX) codes.push(code);
    else dropped.push(code);
  }
  return { codes, dropped };
}

/** The query string keeping a choice, with the page's other parameters (e.g. the matrix filters) left as they were. */
export function compareSearch(current: URLSearchParams, codes: readonly string[]): string {
  const next = new URLSearchParams(current);
  next.delete(COMPARE_PARAM);
  if (codes.length) next.set(COMPARE_PARAM, codes.join(','));
  // Commas read better in a shared link than %2C, and are safe in a query string.
  const query = next.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
