import { z } from 'astro/zod';
import { strict, translation } from './common.ts';

/** Stand-alone pages (about, accessibility statement): `content/pages/<slug>/<lang>.mdx`. */
export const pageSchema = strict({
  /** The page's title, in this language. */
  title: z.string().min(1),
  /** One or two sentences for the page's description and search results. */
  summary: z.string().min(1),
  /** `original` if written in this language, `project` if the project translated it (labelled on the page). */
  translation: translation(),
});
export type Page = z.infer<typeof pageSchema>;
