import { z } from 'astro/zod';
import { citation, jurisdiction, partialDate, sources, state, strict, translation } from './common.ts';
import { CASE_ISSUES, COURT_LEVELS, OUTCOMES } from '#src/lib/vocabulary.ts';
import { regionOf } from '#src/registries/jurisdictions.ts';

/**
 * `content/cases/<slug>/case.yaml`: the language-neutral facts of one case, used for facets and cross-links.
 * The year and the region are derived (from the decision date and the jurisdiction), so they cannot disagree.
 */
export const caseSchema = strict({
    /** The source compilation the digest was written from, relative to the primary sources folder. */
    sourceFile: z.string().regex(/^cases\/[a-z0-9-]+\.md$/, 'expected the path of the case source, e.g. "cases/pe-2024-ruteros-del-norte-ley-32108.md"'),
    /** Case name as the sources give it (or their descriptive title; no party names are made up). */
    name: z.string().min(1),
    /** Case number or law-report citation; null when the sources give none. */
    citation: z.string().min(1).nullable(),
    /** Level of the court that decided (an investigation or charge not yet tried is `investigation`). */
    courtLevel: z.enum(COURT_LEVELS),
    /** The State whose court decided (ISO 3166-1 alpha-2), or a supranational court's declared code (`cjeu`, `ecthr`). */
    country: jurisdiction(),
    /** Other States the case concerns: the referring State of a CJEU ruling, the respondent State at the ECtHR. */
    otherStates: z.array(state()).default([]),
    /** Decision date, as precise as the sources allow; null when undated. */
    decisionDate: partialDate().nullable(),
    /** What the decision did, as the sources report it; `other` where it neither convicted nor acquitted. */
    outcome: z.enum(OUTCOMES),
    /**
     * Provisions the project considers engaged by the facts: the project's own analysis, never presented as the
     * court's. A bare code (`TIP`) where the source names only the instrument.
     */
    provisionsEngaged: z.array(citation({ wholeInstrument: true })).min(1, 'list at least one provision engaged, e.g. ["SOM 6(1)(a)"]'),
    /** Provisions a court in the proceedings cited, only where a source shows it; as precise as the source (`SOM` for "the Protocol"). */
    provisionsCitedByCourt: z.array(citation({ wholeInstrument: true })).default([]),
    /** National provisions a source shows charged or applied in the case (never the project's own mapping). */
    nationalProvisions: z.array(
      strict({
        /** The provision as the law names it, in the law's own language, e.g. "Ley de Migración, art. 159". */
        label: z.string().min(1),
        /** The State whose law it is (ISO 3166-1 alpha-2), or `eu`. */
        country: jurisdiction(),
        /** Id of the provision on the country's legislation page, where it is held. */
        provision: z.string().regex(/^[a-z0-9-]+$/).optional(),
      }),
    ),
    /** Issue tags for facets and search (one controlled list, src/lib/vocabulary.ts). */
    issues: z.array(z.enum(CASE_ISSUES)),
    /** Every source the digest rests on; the first is the case source file's first URL. */
    sources: sources('a digest'),
  })
  .transform((c) => ({
    ...c,
    year: c.decisionDate ? Number(c.decisionDate.slice(0, 4)) : null,
    region: regionOf(c.country),
  }));
export type Case = z.infer<typeof caseSchema>;

/** `content/cases/<slug>/<lang>.md`: the digest text in one language. */
export const caseDigestSchema = strict({
  /** The digest's heading, in this language. */
  title: z.string().min(1),
  /** One or two sentences for lists and search results. */
  summary: z.string().min(1),
  /** The court's name in this digest's language. */
  court: z.string().min(1),
  /** `original` if written in this language, `project` if the project translated it (labelled on the page). */
  translation: translation(),
});
export type CaseDigest = z.infer<typeof caseDigestSchema>;
