/**
 * Open data: the JSON files published under `/data/` (DESIGN.md, "URLs": "open data `/data/…` (JSON; language in
 * the file name)"). They are written at build time by the endpoints in `src/pages/data/`, from the same loaders the
 * pages use, and each is validated against its schema below before it is written, so a wrong shape fails the build.
 *
 * Files (every URL inside them is an absolute path that includes the deployment base, e.g. `/palermo/en/…`):
 *
 * - `/data/instruments.{lang}.json` (one per site language) ({@link instrumentsFileSchema}): the four instruments with their text in that
 *   language (or the English text, flagged `fallback: true`, where the authentic text in that language is not held):
 *   every article and every paragraph with its path, label, verbatim text, anchor id and permalink, plus the text's
 *   source, status and completeness.
 * - `/data/legislation.json` ({@link legislationFileSchema}): every country on the comparison: its verbatim
 *   provisions, their provenance, treaty status and the project's element-by-element analysis against the Protocol.
 * - `/data/cases.json` ({@link casesFileSchema}): the facts of every case digest, with the URL, title and summary
 *   of the digest in each site language.
 * - `/data/provisions.{lang}.json` ({@link provisionsFileSchema}): a compact index of every article and
 *   paragraph path, for the search box and citation helpers (kept small: under 30 KB per file).
 *
 * Envelope: every file is an object `{ "schemaVersion": 1, "generated": "<ISO date-time of the build>", … }`, with
 * `"language"` in the per-language files.
 *
 * Version policy: `schemaVersion` is an integer that changes only when a change could break a reader: a field
 * removed, renamed, retyped or given a different meaning, or a value that may now be null. Adding a field, a
 * language, a country, a case or an enum value keeps the version, so readers should ignore unknown fields and
 * tolerate unknown enum values. A change of version is announced in the news before it is published. The file
 * names are stable URLs, like every URL of the site, and so are the URLs inside the files.
 *
 * Texts are as the sources give them: treaty texts and national provisions are verbatim; notes, summaries and
 * analyses are the project's own words (see `translation`).
 */
import { z } from 'astro/zod';
import { isCanonicalReference } from '#src/lib/citation.ts';
import { CITATION_CODES, INSTRUMENT_IDS } from '#src/registries/instruments.ts';
import { isJurisdiction } from '#src/registries/jurisdictions.ts';
import { CASE_ISSUES, COURT_LEVELS, ELEMENT_VALUES, LEGISLATION_ELEMENTS, OUTCOMES, REGIONS } from '#src/lib/vocabulary.ts';
import { LANGUAGES } from '#src/registries/locales.ts';
import { byLanguage, localized as localizedText } from './common.ts';

/** The current `schemaVersion` of every open-data file. */
export const OPEN_DATA_SCHEMA_VERSION = 1 as const;

const codes = CITATION_CODES;
const ids = INSTRUMENT_IDS;
const elementKeys = Object.keys(LEGISLATION_ELEMENTS) as [keyof typeof LEGISLATION_ELEMENTS, ...(keyof typeof LEGISLATION_ELEMENTS)[]];

const lang = z.enum(LANGUAGES);
/** A URL path on this site, beginning with `/` and including the deployment base. */
const sitePath = z.string().regex(/^\/[^\s]*$/, 'expected an absolute path on the site, e.g. "/en/cases/"');
/** A paragraph path: its numbers and letters, lower case, joined by `-`, e.g. `1-b-ii`, `a`. */
const paragraphPath = z.string().regex(/^[0-9a-z]+(-[0-9a-z]+)*$/, 'expected a paragraph path such as "1-b-ii"');
/** A canonical citation, e.g. `SOM 6(1)(a)`, `UNTOC 2(a)`, `TIP 3`, or a whole instrument, `TIP` (same grammar as content). */
const canonicalCitation = z.string().refine(isCanonicalReference, 'expected a citation in canonical form such as "SOM 6(1)(a)", or an instrument code such as "TIP"');
/** ISO 3166-1 alpha-2 (lower case), `eu`, or a supranational court's code (`cjeu`, `ecthr`). */
const iso2 = z.string().refine(isJurisdiction, 'expected an ISO 3166-1 alpha-2 code in lower case, "eu", "cjeu" or "ecthr"');
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
/** Text in each site language as the project wrote it: English always, each other language where written (the content schemas' own builder). */
const localized = localizedText();

/** Fields every open-data file starts with. */
const envelope = {
  /** Version of the file's shape; see the version policy at the top of this file. */
  schemaVersion: z.literal(OPEN_DATA_SCHEMA_VERSION),
  /** When the site was built (ISO 8601 date-time, UTC). */
  generated: z.iso.datetime(),
};

// ——— /data/instruments.{lang}.json ———

export const openDataParagraphSchema = z
  .object({
    /** Paragraph path (`1-b-ii`), the anchor without `para-`; null for an unlabelled line (chapeau, closing words). */
    path: paragraphPath.nullable(),
    /** Label as printed: `1.`, `(a)`, `(ii)`, `a.`; null for an unlabelled line. */
    label: z.string().nullable(),
    /** Nesting depth: 0 for unlabelled lines at article level, 1 for paragraphs, 2 for subparagraphs, … */
    level: z.number().int().min(0).max(4),
    /** Verbatim text after the label, as the source prints it. */
    text: z.string(),
    /** Fragment id on the article page, `para-1-b-ii`; null for an unlabelled line. */
    anchor: z.string().regex(/^para-[0-9a-z]+(-[0-9a-z]+)*$/).nullable(),
    /** Canonical citation, e.g. `SOM 6(1)(b)(ii)`; null for an unlabelled line. */
    citation: canonicalCitation.nullable(),
    /** Permalink of the paragraph (`…/article-6/#para-1-b-ii`); for an unlabelled line, the article's URL. */
    url: sitePath,
  })
  .refine((p) => (p.path === null) === (p.anchor === null) && (p.path === null || p.anchor === `para-${p.path}`), {
    message: 'anchor must be "para-" + path, and null exactly when path is null',
    path: ['anchor'],
  });

export const openDataArticleSchema = z.object({
  /** Article number. */
  number: z.number().int().positive(),
  /** Article heading in the text's language. */
  title: z.string(),
  /** Number of the chapter it belongs to (`I`, `II`, …), as in `chapters`; null where the text has no chapters. */
  chapter: z.string().nullable(),
  /** Canonical citation of the whole article, e.g. `SOM 6`. */
  citation: canonicalCitation,
  /** URL of the article page in the file's language. */
  url: sitePath,
  /** Every line of the article in order, labelled paragraphs and unlabelled lines alike. */
  paragraphs: z.array(openDataParagraphSchema),
});

export const openDataInstrumentSchema = z.object({
  /** Instrument id as used in URLs: `untoc`, `som-protocol`, `tip-protocol`, `firearms-protocol`. */
  id: z.enum(ids),
  /** Citation code: `UNTOC`, `SOM`, `TIP`, `FIREARMS`. */
  code: z.enum(codes),
  /** Full title used in long citations, in the file's language (English where the project has none). */
  name: z.string().min(1),
  /** What practitioners call it, in the file's language (English where the project has none). */
  shortName: z.string().min(1),
  /** URL of the instrument page (table of contents) in the file's language. */
  url: sitePath,
  /** Language of the text below: the file's language, or `en` when that authentic text is not held. */
  textLanguage: lang,
  /** True when the text is the English one, given because the authentic text in the file's language is not held. */
  fallback: z.boolean(),
  /** Title as the source prints it. */
  title: z.string(),
  /** Status of the text, e.g. "authentic text". */
  status: z.string(),
  /** Source publication, repository path and commit the text was imported from. */
  source: z.string(),
  /** What the text held contains and lacks (e.g. no preamble). */
  completeness: z.string(),
  /** Every change the transcription made to the source, as listed there. */
  normalisations: z.array(z.string()),
  /** Preamble paragraphs, verbatim; empty when the text held lacks it. */
  preamble: z.array(z.string()),
  /** Chapters with their number and heading. */
  chapters: z.array(
    z.object({
      /** Chapter number as printed (`I`, `II`, …). */
      number: z.string(),
      /** Chapter heading. */
      title: z.string(),
    }),
  ),
  /** Every article, in order. */
  articles: z.array(openDataArticleSchema).min(1),
  /** Closing formula and signature lines, verbatim. */
  testimonium: z.array(z.string()),
});

/** `/data/instruments.{lang}.json`. */
export const instrumentsFileSchema = z.object({
  ...envelope,
  /** Site language of the file (its name carries it too). */
  language: lang,
  /** Every instrument, the Convention first. */
  instruments: z.array(openDataInstrumentSchema).min(1),
});
export type InstrumentsFile = z.infer<typeof instrumentsFileSchema>;
export type OpenDataInstrument = z.infer<typeof openDataInstrumentSchema>;

// ——— /data/provisions.{lang}.json ———

const provisionsEntry = z.object({
  /** Instrument id as used in URLs. */
  id: z.enum(ids),
  /** Short name in the file's language (English where the project has none). */
  shortName: z.string().min(1),
  /** URL of the instrument page in the file's language; an article is at `{url}article-{number}/`, a paragraph at `{url}article-{number}/#para-{path}`. */
  url: sitePath,
  /** True when the titles are English because the authentic text in the file's language is not held. */
  fallback: z.boolean(),
  /** Every article, in order. */
  articles: z.array(
    z.object({
      /** Article number. */
      number: z.number().int().positive(),
      /** Article heading in the file's language (or English, see `fallback`). */
      title: z.string(),
      /** Paths of the article's labelled paragraphs in order, e.g. `["1", "1-a", "1-b", "1-b-i", …]`. */
      paths: z.array(paragraphPath),
    }),
  ),
});

/** `/data/provisions.{lang}.json`. */
export const provisionsFileSchema = z.object({
  ...envelope,
  /** Site language of the file. */
  language: lang,
  /** Every instrument, keyed by citation code. */
  instruments: z.object({
    /** The Convention. */
    UNTOC: provisionsEntry,
    /** The Smuggling of Migrants Protocol. */
    SOM: provisionsEntry,
    /** The Trafficking in Persons Protocol. */
    TIP: provisionsEntry,
    /** The Firearms Protocol. */
    FIREARMS: provisionsEntry,
  }),
});
export type ProvisionsFile = z.infer<typeof provisionsFileSchema>;

// ——— /data/legislation.json ———

const legislationSection = z.object({
  /** Id of the provision; it is also its fragment id on the country page (`/{lang}/legislation/{country}/#{id}`). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Heading as the law (or the source) gives it. */
  heading: z.string(),
  /** Paragraphs, verbatim. */
  paragraphs: z.array(z.string()),
});

const analysisCell = z.object({
  /** `yes`, `no`, `partial` or `not-determined`; for the penalty elements a short text (one string, or one per language) or `not-determined`. */
  value: z.union([z.string().min(1), localized]),
  /** Ids of the provisions (in `provisions`) the cell rests on; empty only when not determined. */
  provisions: z.array(z.string().regex(/^[a-z0-9-]+$/)),
  /** Pinpoint in the law's own numbering, e.g. "s. 117(1)"; null when none is given. */
  pinpoint: z.string().nullable(),
  /** The project's note, in its own words. */
  note: localized,
});

export const openDataCountrySchema = z.object({
  /** ISO 3166-1 alpha-2 code, lower case (`eu` for the European Union). */
  country: iso2,
  /** Name of the country, written by the project. */
  name: localized,
  /** Region along the route. */
  region: z.enum(REGIONS),
  /** The project's summary of the law. */
  summary: localized,
  /** URL of the country page in each site language. */
  urls: byLanguage(sitePath, 'every'),
  /** The law the provisions belong to, as the source names it. */
  law: z.string(),
  /** Which provisions are held, e.g. "arts. 303, 303-A". */
  provisionsHeld: z.string(),
  /** Where the text comes from and how far it can be relied on. */
  provenance: z.object({
    /** Source publication, repository path and commit. */
    source: z.string(),
    /** official: government publication or database; secondary: an official or UN document quoting it; unofficial: private site or third-party mirror. */
    sourceKind: z.enum(['official', 'secondary', 'unofficial']),
    /** Version or date of the text held. */
    version: z.string(),
    /** What the text held contains and lacks. */
    completeness: z.string(),
    /** True when only part of the relevant provisions is held. */
    partial: z.boolean(),
    /** True when the copy is not an official publication. */
    unofficial: z.boolean(),
    /** Whether, and which, official translation exists. */
    officialTranslation: z.string(),
  }),
  /** The national provisions, verbatim. */
  provisions: z.array(
    legislationSection.extend({
      /** Language of the text (ISO 639-1), e.g. `es`. */
      language: z.string().min(2),
    }),
  ),
  /** The source compiler's own remarks (e.g. provisions not read in a primary source); never law. */
  editorial: z.array(legislationSection),
  /** Treaty participation from the status sources, where held. */
  status: z.array(
    z.object({
      /** Instrument id (`untoc`, `som-protocol`, …). */
      instrument: z.string(),
      /** Date of signature (ISO), null if not signed. */
      signature: z.string().nullable(),
      /** Date of consent to be bound (ISO), null if none. */
      consent: z.string().nullable(),
      /** Kind of consent: ratification, accession, acceptance, approval, succession. */
      consentType: z.string().nullable(),
      /** Date the status source describes. */
      asOf: z.string(),
      /** URL of the status source. */
      sourceUrl: z.string(),
    }),
  ),
  /** The project's element-by-element analysis against the Protocol; keys as in the file's `elements`. */
  analysis: z.object(Object.fromEntries(elementKeys.map((k) => [k, analysisCell])) as Record<(typeof elementKeys)[number], typeof analysisCell>),
});

/** `/data/legislation.json`. */
export const legislationFileSchema = z.object({
  ...envelope,
  /** The elements compared, in column order. */
  elements: z.array(
    z.object({
      /** Key of the element in each country's `analysis`. */
      key: z.enum(elementKeys),
      /** The Protocol provision it rests on, e.g. `SOM 6(1)(a)`. */
      provision: canonicalCitation,
    }),
  ),
  /** Values an element cell takes (besides the penalty texts). */
  values: z.array(z.enum(ELEMENT_VALUES)),
  /** Every country, by English name. */
  countries: z.array(openDataCountrySchema).min(1),
});
export type LegislationFile = z.infer<typeof legislationFileSchema>;
export type OpenDataCountry = z.infer<typeof openDataCountrySchema>;

// ——— /data/cases.json ———

const caseVersion = z.object({
  /** URL of the digest page in this site language. */
  url: sitePath,
  /** Language of the digest shown there: this language, or English (or another held language) as a fallback. */
  contentLanguage: lang,
  /** True when the page shows the digest of another language (with a notice). */
  fallback: z.boolean(),
  /** `original`: written in that language; `project`: the project's translation. */
  translation: z.enum(['original', 'project']),
  /** Title of the digest. */
  title: z.string().min(1),
  /** The court's name in this version's language. */
  court: z.string().min(1),
  /** One or two sentences summarising the case. */
  summary: z.string().min(1),
});

export const openDataCaseSchema = z.object({
  /** Stable id of the case, as in its URL. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Case name as the sources give it. */
  name: z.string().min(1),
  /** Case number or law-report citation; null when the sources give none. */
  citation: z.string().nullable(),
  /** Court that decided it, in English (each version gives it in its own language). */
  court: z.string().min(1),
  /** Level of the court. */
  courtLevel: z.enum(COURT_LEVELS),
  /** ISO 3166-1 alpha-2 code of the country, lower case. */
  country: iso2,
  /** Other States the case concerns (referring State of a CJEU ruling, respondent State at the ECtHR). */
  otherStates: z.array(iso2),
  /** Region along the route. */
  region: z.enum(REGIONS),
  /** Decision date, as precise as the sources allow (YYYY, YYYY-MM or YYYY-MM-DD); null when undated. */
  decisionDate: partialDate.nullable(),
  /** Year of the decision; null when undated. */
  year: z.number().int().nullable(),
  /** Outcome of the decision. */
  outcome: z.enum(OUTCOMES),
  /** Provisions the project considers engaged by the facts (canonical citations). */
  provisionsEngaged: z.array(canonicalCitation).min(1),
  /** Provisions the court itself cited, where the sources show it. */
  provisionsCitedByCourt: z.array(canonicalCitation),
  /** National provisions applied. */
  nationalProvisions: z.array(
    z.object({
      /** The provision as the law names it. */
      label: z.string().min(1),
      /** Country of the law. */
      country: iso2,
      /** Id of the provision in that country's `provisions` in legislation.json; null when not held. */
      provision: z.string().nullable(),
    }),
  ),
  /** Issue tags. */
  issues: z.array(z.enum(CASE_ISSUES)),
  /** Every source the digest rests on. */
  sources: z.array(
    z.object({
      /** Full URL of the source. */
      url: z.url(),
      /** Title of the source; null when not given. */
      title: z.string().nullable(),
    }),
  ).min(1),
  /** Languages the digest is written in (originally or translated by the project). */
  languages: z.array(lang).min(1),
  /** The digest page in each site language. */
  versions: byLanguage(caseVersion, 'every'),
});

/** `/data/cases.json`. */
export const casesFileSchema = z.object({
  ...envelope,
  /** Every case, most recent first. */
  cases: z.array(openDataCaseSchema),
});
export type CasesFile = z.infer<typeof casesFileSchema>;
export type OpenDataCase = z.infer<typeof openDataCaseSchema>;
