import { z } from 'astro/zod';
import { byLanguage, citation, strict } from './common.ts';
import { CASE_ISSUES } from '#src/lib/vocabulary.ts';

/** `content/search-terms.yaml`: practitioners' words for one concept, attached as weighted search text to its provisions' pages. */
export const searchTermSchema = strict({
  /** The entry's key in the file (the file loader's id). */
  id: z.string(),
  /** Provisions whose article pages carry these terms (article level). */
  provisions: z.array(citation()).min(1),
  /** Case issue tags whose digests carry these terms. */
  issues: z.array(z.enum(CASE_ISSUES)).default([]),
  /** The words, per language: an article page carries its language's and the English terms, a case its language's. */
  terms: byLanguage(z.array(z.string().min(2)).min(1), 'every'),
});
export type SearchTerm = z.infer<typeof searchTermSchema>;
