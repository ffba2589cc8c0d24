import { z } from 'astro/zod';
import { citation, iso2, partialDate, region, url } from './common.ts';
import { CASE_ISSUES, COURT_LEVELS, OUTCOMES } from '../lib/vocabulary.ts';

/** `content/cases/<slug>/case.yaml`: the language-neutral facts of one case, used for facets and cross-links. */
export const caseSchema = z.object({
  /** The source compilation the digest was written from, relative to the primary sources folder. */
  sourceFile: z.string().regex(/^cases\/[a-z0-9-]+\.md$/, 'expected the path of the case source, e.g. "cases/pe-2024-ruteros-del-norte-ley-32108.md"'),
  /** Case name as the sources give it. */
  name: z.string().min(1),
  /** Case number or law-report citation; null when the sources give none. */
  citation: z.string().min(1).nullable(),
  court: z.string().min(1),
  courtLevel: z.enum(COURT_LEVELS),
  country: iso2(),
  region: region(),
  /** Decision date, as precise as the sources allow; null when undated. */
  decisionDate: partialDate().nullable(),
  year: z.number().int().min(1900).max(2100).nullable(),
  outcome: z.enum(OUTCOMES),
  /** Provisions the project considers engaged by the facts. */
  provisionsEngaged: z.array(citation()).min(1, 'list at least one provision engaged, e.g. ["SOM 6(1)(a)"]'),
  /** Provisions the court itself cited, where the sources show it. */
  provisionsCitedByCourt: z.array(citation()).default([]),
  nationalProvisions: z.array(
    z.object({
      /** The provision as the law names it. */
      label: z.string().min(1),
      country: iso2(),
      /** Id of the provision on the country's legislation page, where it is held. */
      provision: z.string().regex(/^[a-z0-9-]+$/).optional(),
    }),
  ),
  issues: z.array(z.enum(CASE_ISSUES)),
  /** Every source the digest rests on. */
  sources: z.array(z.object({ url: url(), title: z.string().optional() })).min(1, 'a digest needs at least one source URL'),
});
export type Case = z.infer<typeof caseSchema>;

/** `content/cases/<slug>/<lang>.md`: the digest text in one language. */
export const caseDigestSchema = z.object({
  title: z.string().min(1),
  /** One or two sentences for lists and search results. */
  summary: z.string().min(1),
  /** `original` for the language it was written in, `project` for the project's own translation. */
  translation: z.enum(['original', 'project']),
});
export type CaseDigest = z.infer<typeof caseDigestSchema>;
