import { z } from 'astro/zod';
import { citation, strict, translation } from './common.ts';

/** Guides, reading lists and the glossary: `content/guides/<slug>/<lang>.mdx`. */
export const guideSchema = strict({
  /** guide: practitioners' guide; reading-list: a course pack for one training session; glossary. */
  type: z.enum(['guide', 'reading-list', 'glossary']),
  /** The guide's title, in this language. */
  title: z.string().min(1),
  /** One or two sentences for the guides list and search results. */
  summary: z.string().min(1),
  /** Provisions the guide discusses (their article pages list the guide among their cross-links). */
  provisions: z.array(citation()).default([]),
  /** Case digests it discusses (slugs of content/cases/<slug>/). */
  cases: z.array(z.string()).default([]),
  /** Position in the guides list (lower first). */
  order: z.number().int().default(100),
  /** `original` if written in this language, `project` if the project translated it (labelled on the page). */
  translation: translation(),
});
export type Guide = z.infer<typeof guideSchema>;
