import { z } from 'astro/zod';
import { jurisdiction, localized, strict } from './common.ts';
import { regionOf } from '#src/registries/jurisdictions.ts';
import { ELEMENT_VALUES, LEGISLATION_ELEMENTS } from '#src/lib/vocabulary.ts';
import { seriousCrimeOf } from '#src/lib/serious-crime.ts';

const provisionId = () => z.string().regex(/^[a-z0-9-]+$/, 'expected a provision id of this country, e.g. "117" or "art-303-a" (the ids are in text.json)');

const cellFields = {
  /** yes / no / partial / not-determined; for penalties a short text such as "4–6 years", in each language ({ en, es, fr }) or not-determined. */
  value: z.union([z.string().min(1), localized()]),
  /** Ids of the national provisions (on the country page) the cell rests on. */
  provisions: z.array(provisionId()).default([]),
  /** Pinpoint in the law's own numbering, e.g. "s. 117(1)". */
  pinpoint: z.string().optional(),
  /** The project's note, in its own words. */
  note: localized(),
};

const restsOnProvision = {
  message: 'a determined cell must name the provision it rests on (provisions: [id]); otherwise write value: not-determined',
  path: ['provisions'],
};

const cell = strict(cellFields).refine((c) => c.value === 'not-determined' || c.provisions.length > 0, restsOnProvision);

/**
 * The longest deprivation of liberty the text held provides for the offence, from which the "serious crime" indicator
 * (UNTOC art. 2(b): at least four years) is computed by src/lib/serious-crime.ts. Omit it when the text held does not
 * settle the maximum.
 */
const penaltyMaximum = strict({
  /**
   * Years (months as fractions: 6 months = 0.5), `life` for life imprisonment, or null when the provision punishes by
   * imprisonment without stating the term (e.g. a term fixed by a Penal Code not held).
   */
  years: z.union([z.number().positive(), z.literal('life')]).nullable(),
  /** Id of the national provision that states it; must also be one of the cell's `provisions`. */
  provision: provisionId(),
  /** Pinpoint in the law's own numbering, e.g. "s. 117(2)(a)(i)". */
  pinpoint: z.string().optional(),
});

const penaltyCell = z
  .strictObject({ ...cellFields, maximum: penaltyMaximum.optional() })
  .refine((c) => c.value === 'not-determined' || c.provisions.length > 0, restsOnProvision)
  .refine((c) => !c.maximum || c.provisions.includes(c.maximum.provision), {
    message: 'maximum.provision must be one of the provisions the cell rests on (add it to provisions)',
    path: ['maximum', 'provision'],
  })
  .refine((c) => !c.maximum || c.value !== 'not-determined', {
    message: 'a cell whose value is not-determined cannot record a maximum; give the penalty in value, or remove maximum',
    path: ['maximum'],
  });

const elementKeys = Object.keys(LEGISLATION_ELEMENTS) as (keyof typeof LEGISLATION_ELEMENTS)[];
type PenaltyKey = Extract<(typeof elementKeys)[number], `penalty-${string}`>;
type OtherKey = Exclude<(typeof elementKeys)[number], PenaltyKey>;
const isPenalty = (k: string): k is PenaltyKey => k.startsWith('penalty-');

/** `content/legislation/<iso2>/analysis.yaml`: the project's element-by-element analysis against the Protocol. */
export const legislationAnalysisSchema = strict({
  /** The jurisdiction (its folder name): ISO 3166-1 alpha-2, or `eu`. */
  country: jurisdiction(),
  /** Its name as the comparison shows it, per language. */
  name: localized(),
  /** The project's summary of how the law meets the Protocol, in its own words. */
  summary: localized(),
  /** One cell per element of the Protocol compared (src/lib/vocabulary.ts, LEGISLATION_ELEMENTS); every element must be there. */
  elements: z
    .strictObject(
      Object.fromEntries(elementKeys.map((k) => [k, isPenalty(k) ? penaltyCell : cell])) as { [K in OtherKey]: typeof cell } & { [K in PenaltyKey]: typeof penaltyCell },
    )
    .superRefine((elements, ctx) => {
      for (const key of elementKeys.filter((k) => !isPenalty(k))) {
        const value = elements[key].value;
        if (typeof value !== 'string' || !(ELEMENT_VALUES as readonly string[]).includes(value)) {
          ctx.addIssue({ code: 'custom', path: [key, 'value'], message: `expected one of ${ELEMENT_VALUES.join(', ')}, found ${JSON.stringify(value)}` });
        }
      }
    }),
})
  // Derived, never written: the region from the jurisdictions registry, "serious crime" from the recorded maxima.
  .transform((a) => ({ ...a, region: regionOf(a.country), seriousCrime: seriousCrimeOf(a.elements) }));
export type LegislationAnalysis = z.infer<typeof legislationAnalysisSchema>;

const section = z.object({
  /** Fragment id on the country page; unique within a language version. */
  id: z.string(),
  heading: z.string(),
  /** The Act the section belongs to, where the source quotes several (its `# ` heading). */
  group: z.string().optional(),
  /** The compiler's remarks on this copy, printed before the statute's words; shown as such, never as law. */
  note: z.array(z.string()).optional(),
  /** The statute's words, verbatim, one entry per paragraph of the source. */
  paragraphs: z.array(z.string()),
});

/** `content/legislation/<iso2>/text.json`: the verbatim national provisions, written by scripts/import-legislation.ts. */
export const legislationTextSchema = z.object({
  country: jurisdiction(),
  countryName: z.string(),
  instrument: z.string(),
  provisionsHeld: z.string(),
  /** Language code of `provisions` (the first version where the law has several equally authoritative ones). */
  language: z.string().regex(/^[a-z]{2,3}$/),
  /** True when the text held is a translation and the original-language text prevails (the page says so). */
  translation: z.boolean().default(false),
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
  /** The law's other equally authoritative language versions (Canada's French), with the same provision ids. */
  otherVersions: z.array(z.object({ language: z.string().regex(/^[a-z]{2,3}$/), provisions: z.array(section) })).default([]),
  /** The compiler's remarks in the source (e.g. provisions not read in a primary source); shown as such, never as law. */
  editorial: z.array(section),
  /** Treaty participation from the status sources, where held. */
  status: z.array(
    z.object({ instrument: z.string(), signature: z.string().nullable(), consent: z.string().nullable(), consentType: z.string().nullable(), asOf: z.string(), sourceUrl: z.string() }),
  ),
});
export type LegislationText = z.infer<typeof legislationTextSchema>;
