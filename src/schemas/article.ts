import { z } from 'astro/zod';
import { citation, url } from './common.ts';

/** Guides and reading lists: `content/guides/<slug>/<lang>.mdx`. */
export const guideSchema = z.object({
  /** guide: practitioners' guide; reading-list: a course pack for one training session; glossary. */
  type: z.enum(['guide', 'reading-list', 'glossary']),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Provisions the guide discusses (they list it among their cross-links). */
  provisions: z.array(citation()).default([]),
  /** Case digests it discusses (slugs). */
  cases: z.array(z.string()).default([]),
  order: z.number().int().default(100),
  translation: z.enum(['original', 'project']),
});
export type Guide = z.infer<typeof guideSchema>;

/** News about the initiative: `content/news/<slug>/<lang>.md`. */
export const newsSchema = z.object({
  title: z.string().min(1),
  date: z.coerce.date(),
  summary: z.string().min(1),
  sources: z.array(z.object({ url: url(), title: z.string().optional() })).min(1, 'a news item needs at least one source URL'),
  translation: z.enum(['original', 'project']),
});
export type News = z.infer<typeof newsSchema>;

/** Stand-alone pages (about, accessibility statement): `content/pages/<slug>/<lang>.md(x)`. */
export const pageSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  translation: z.enum(['original', 'project']),
});
export type Page = z.infer<typeof pageSchema>;
