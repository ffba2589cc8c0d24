import { z } from 'astro/zod';
import { localized, strict } from './common.ts';

/**
 * `content/jurisdictions/<code>/notes.yaml`: the project's note on a jurisdiction whose law is not held, shown on its
 * page (`/{lang}/legislation/<code>/`). The folder name is the jurisdiction's code, as in the URL.
 */
export const jurisdictionNotesSchema = strict({
  /**
   * What the sources say about the smuggling offence whose text is not held: which law and provisions they name and
   * what was searched, in the project's own words, restating only what the source says. English is required; Spanish
   * and French are written by the project, other languages show the English.
   */
  lawNotHeld: localized(),
  /** The source the note rests on: a file of the primary sources and the section of it. */
  source: strict({
    /** Path inside the primary sources folder, e.g. "legislation/README.md". */
    file: z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9_.-]+$/, 'expected a path inside the primary sources, e.g. "legislation/README.md"'),
    /** The section's heading as the file gives it, e.g. "Countries and provisions not found". */
    section: z.string().min(1),
  }),
});
export type JurisdictionNotes = z.infer<typeof jurisdictionNotesSchema>;
