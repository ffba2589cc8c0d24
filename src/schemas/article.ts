import { z } from 'astro/zod';
import { citation, isoDate, perLanguage, sources, strict, translation } from './common.ts';
import { CASE_ISSUES } from '#src/lib/vocabulary.ts';

/** Guides and reading lists: `content/guides/<slug>/<lang>.mdx`. */
export const guideSchema = strict({
  /** guide: practitioners' guide; reading-list: a course pack for one training session; glossary. */
  type: z.enum(['guide', 'reading-list', 'glossary']),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Provisions the guide discusses (they list it among their cross-links). */
  provisions: z.array(citation()).default([]),
  /** Case digests it discusses (slugs). */
  cases: z.array(z.string()).default([]),
  order: z.number().int().default(100),
  translation: translation(),
});
export type Guide = z.infer<typeof guideSchema>;

/** News about the initiative: `content/news/<slug>/<lang>.md`. */
export const newsSchema = strict({
  title: z.string().min(1),
  /** Publication date, YYYY-MM-DD; every language version must give the same date. */
  date: isoDate(),
  summary: z.string().min(1),
  sources: sources('a news item'),
  translation: translation(),
});
export type News = z.infer<typeof newsSchema>;

/** Stand-alone pages (about, accessibility statement): `content/pages/<slug>/<lang>.md(x)`. */
export const pageSchema = strict({
  title: z.string().min(1),
  summary: z.string().min(1),
  translation: translation(),
});
export type Page = z.infer<typeof pageSchema>;

/** `content/search-terms.yaml`: practitioners' words for one concept, attached as weighted search text to its provisions' pages. */
export const searchTermSchema = strict({
  /** The entry's key in the file (the file loader's id). */
  id: z.string(),
  /** Provisions whose article pages carry these terms (article level). */
  provisions: z.array(citation()).min(1),
  /** Case issue tags whose digests carry these terms. */
  issues: z.array(z.enum(CASE_ISSUES)).default([]),
  /** The words, per language; every language's pages carry all of them so a search in any language finds them. */
  terms: perLanguage(z.array(z.string().min(2)).min(1)),
});
export type SearchTerm = z.infer<typeof searchTermSchema>;
