import { z } from 'astro/zod';
import { jurisdiction, localized } from './common.ts';
import { regionOf } from '../registries/jurisdictions.ts';
import { ELEMENT_VALUES, LEGISLATION_ELEMENTS } from '../lib/vocabulary.ts';

const cell = z
  .object({
    /** yes / no / partial / not-determined; for penalties a short text such as "4–6 years", in each language ({ en, es, fr }) or not-determined. */
    value: z.union([z.string().min(1), localized()]),
    /** Ids of the national provisions (on the country page) the cell rests on. */
    provisions: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    /** Pinpoint in the law's own numbering, e.g. "s. 117(1)". */
    pinpoint: z.string().optional(),
    /** The project's note, in its own words. */
    note: localized(),
  })
  .refine((c) => c.value === 'not-determined' || c.provisions.length > 0, {
    message: 'a determined cell must name the provision it rests on (provisions: [id]); otherwise write value: not-determined',
    path: ['provisions'],
  });

const elementKeys = Object.keys(LEGISLATION_ELEMENTS) as (keyof typeof LEGISLATION_ELEMENTS)[];

/** `content/legislation/<iso2>/analysis.yaml`: the project's element-by-element analysis against the Protocol. */
export const legislationAnalysisSchema = z.strictObject({
  country: jurisdiction(),
  name: localized(),
  summary: localized(),
  elements: z.object(Object.fromEntries(elementKeys.map((k) => [k, cell])) as Record<(typeof elementKeys)[number], typeof cell>).superRefine((elements, ctx) => {
    for (const key of elementKeys.filter((k) => !k.startsWith('penalty'))) {
      const value = elements[key].value;
      if (typeof value !== 'string' || !(ELEMENT_VALUES as readonly string[]).includes(value)) {
        ctx.addIssue({ code: 'custom', path: [key, 'value'], message: `expected one of ${ELEMENT_VALUES.join(', ')}, found ${JSON.stringify(value)}` });
      }
    }
  }),
}).transform((a) => ({ ...a, region: regionOf(a.country) }));
export type LegislationAnalysis = z.infer<typeof legislationAnalysisSchema>;

const section = z.object({ id: z.string(), heading: z.string(), paragraphs: z.array(z.string()) });

/** `content/legislation/<iso2>/text.json`: the verbatim national provisions, written by scripts/import-legislation.ts. */
export const legislationTextSchema = z.object({
  country: jurisdiction(),
  countryName: z.string(),
  instrument: z.string(),
  provisionsHeld: z.string(),
  language: z.string(),
  source: z.string(),
  /** official: government publication or database; secondary: an official or UN document quoting it; unofficial: private site or third-party mirror. */
  sourceKind: z.enum(['official', 'secondary', 'unofficial']),
  version: z.string(),
  officialTranslation: z.string(),
  completeness: z.string(),
  /** Warnings shown on the page: partial text, unofficial copy. */
  partial: z.boolean(),
  unofficial: z.boolean(),
  sourceFile: z.string(),
  /** The source file's own editorial remarks before the provisions. */
  preface: z.array(z.string()),
  provisions: z.array(section),
  /** The compiler's remarks in the source (e.g. provisions not read in a primary source); shown as such, never as law. */
  editorial: z.array(section),
  /** Treaty participation from the status sources, where held. */
  status: z.array(
    z.object({ instrument: z.string(), signature: z.string().nullable(), consent: z.string().nullable(), consentType: z.string().nullable(), asOf: z.string(), sourceUrl: z.string() }),
  ),
});
export type LegislationText = z.infer<typeof legislationTextSchema>;
