import { z } from 'astro/zod';
import { isoDate, sources, strict, translation } from './common.ts';

/** News about the initiative: `content/news/<slug>/<lang>.md`. */
export const newsSchema = strict({
  /** The news item's title, in this language. */
  title: z.string().min(1),
  /** Publication date, YYYY-MM-DD; every language version must give the same date. */
  date: isoDate(),
  /** One or two sentences for the news list, the feed and search results. */
  summary: z.string().min(1),
  /** Every source the item rests on. */
  sources: sources('a news item'),
  /** `original` if written in this language, `project` if the project translated it (labelled on the page). */
  translation: translation(),
});
export type News = z.infer<typeof newsSchema>;
