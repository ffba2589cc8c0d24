/** Building blocks shared by the collection schemas. */
import { z } from 'astro/zod';
import { checkHeldCitation } from '#src/loaders/held-provisions.ts';
import { nearest } from '#src/lib/nearest.ts';
import { DEFAULT_LANG, LANGUAGES, type Lang } from '#src/registries/locales.ts';
import { isJurisdiction, isState, SUPRANATIONAL } from '#src/registries/jurisdictions.ts';

/**
 * A citation of a provision that exists, written as `SOM 6(1)(a)`; parsed here, once, into its value (canonical text
 * and parts) that the rest of the site reads. With `wholeInstrument`, a bare code (`TIP`) is accepted too, for
 * sources that name only the instrument.
 */
export const citation = (options: { wholeInstrument?: boolean } = {}) =>
  z.string().transform((value, ctx) => {
    const check = checkHeldCitation(value, options);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: check.message });
      return z.NEVER;
    }
    return check.citation;
  });

export const lang = () => z.enum(LANGUAGES);

/**
 * The one builder of per-language fields: a value for each site language of the locale registry. With `'english'`
 * (the default) English is required and every other language optional, falling back to English with a notice; with
 * `'every'` each language must have its own (e.g. practitioners' search terms, open data's per-language URLs).
 */
export function byLanguage<T extends z.ZodType>(value: T, required?: 'english'): ReturnType<typeof strict<{ en: T } & { [L in Exclude<Lang, 'en'>]: z.ZodOptional<T> }>>;
export function byLanguage<T extends z.ZodType>(value: T, required: 'every'): ReturnType<typeof strict<{ [L in Lang]: T }>>;
export function byLanguage<T extends z.ZodType>(value: T, required: 'english' | 'every' = 'english') {
  return strict(Object.fromEntries(LANGUAGES.map((l) => [l, required === 'every' || l === DEFAULT_LANG ? value : value.optional()])) as z.ZodRawShape);
}

/** Text in each site language: English required, the others optional (see `byLanguage`). */
export const localized = () => byLanguage(z.string().min(1));

/** `original` for the language a text was written in, `project` for the project's own translation (labelled on the page). */
export const translation = () => z.enum(['original', 'project']);

/** Every source a text rests on, at least one, each a full web address. */
export const sources = (what: string) =>
  z.array(strict({ url: url(), title: z.string().optional() })).min(1, `${what} needs at least one source URL`);

/**
 * An object with a fixed set of keys: an unknown key (a misspelling such as `provisionsCitedByCourts`) fails with the
 * known keys and the nearest one, instead of being dropped in silence.
 */
export const strict = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const known = Object.keys(shape);
      return issue.keys
        .map((key) => {
          const near = nearest(key, known);
          return `unknown key "${key}"${near ? `: did you mean "${near}"?` : ''} Known keys: ${known.join(', ')}`;
        })
        .join('; ');
    },
  });

/** A State: ISO 3166-1 alpha-2, lower case. */
export const state = () =>
  z.string().refine(isState, {
    error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code; expected two lower-case letters such as "pe" or "pk"`,
  });

/** A State (ISO 3166-1 alpha-2, lower case) or a declared supranational code (`eu`, `cjeu`, `ecthr`). */
export const jurisdiction = () =>
  z.string().refine(isJurisdiction, {
    error: (issue) => `"${String(issue.input)}" is neither an ISO 3166-1 alpha-2 country code (two lower-case letters, e.g. "pe") nor a declared supranational code (${Object.keys(SUPRANATIONAL).join(', ')})`,
  });


/** Whether `YYYY`, `YYYY-MM` or `YYYY-MM-DD` names a real calendar date (no 30 February). Pure string arithmetic: no time zone. */
export function isRealPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (month < 1 || month > 12) return false;
  const daysInMonth = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day >= 1 && day <= daysInMonth;
}

/** ISO date `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known; must be a real date. Kept as text (no time zone). */
export const partialDate = () =>
  z.string().refine(isRealPartialDate, {
    error: (issue) => `"${String(issue.input)}" is not a real date; expected YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known), e.g. "2023-02-28"`,
  });

/** A full calendar date `YYYY-MM-DD`, checked as a real date, kept as text (parsed without time zone where needed). */
export const isoDate = () =>
  z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealPartialDate(v), {
    error: (issue) => `"${String(issue.input)}" is not a real calendar date; expected YYYY-MM-DD, e.g. "2023-02-28"`,
  });

/** A source's web address: a full `https://` or `http://` URL (never `javascript:`, `data:` or another scheme). */
export const url = () =>
  z.url({ protocol: /^https?$/, error: (issue) => `${JSON.stringify(issue.input)} is not a web address; expected a full URL beginning with https:// or http://` });
