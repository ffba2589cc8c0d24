import { z } from 'astro/zod';
import { isoDate, localized, strict } from './common.ts';
import { CITATION_CODES, INSTRUMENT_IDS } from '#src/registries/instruments.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

/** `content/instruments/<id>/meta.yaml`: facts about one instrument, each with the source it comes from. */
export const instrumentSchema = strict({
  /** Citation code: UNTOC, SOM, TIP or FIREARMS. */
  code: z.enum(CITATION_CODES),
  /** Position in lists (the Convention first). */
  order: z.number().int(),
  /** Full title without "supplementing …", used in long citations. */
  title: localized(),
  /** What practitioners call it: "Smuggling of Migrants Protocol". */
  shortName: localized(),
  /** Where the text held in each language comes from and what it lacks, written in that language (shown with the text). */
  publication: localized(),
  /** Dated facts (adoption, signature, entry into force, parties). */
  facts: z.array(
    strict({
      /** Which fact it is. */
      kind: z.enum(['adoption', 'signature', 'entry-into-force', 'parties']),
      /** Its date where the source gives one (YYYY-MM-DD). */
      date: isoDate().optional(),
      /** The fact in words, per language (e.g. the place of signature, the number of parties and as of when). */
      detail: localized(),
      /** Where the fact comes from, as the sources' README names it. */
      source: z.string().min(1),
    }),
  ),
});
export type Instrument = z.infer<typeof instrumentSchema>;

const block = z.object({
  /** Paragraph path, e.g. ["1","b","ii"]; null for unlabelled lines (chapeau, closing words). */
  path: z.array(z.string()).nullable(),
  /** Label as printed: "1.", "(a)", "(ii)", "a."; null when unlabelled. */
  label: z.string().nullable(),
  level: z.number().int().min(0).max(4),
  /** Verbatim text after the label. */
  text: z.string(),
});

/** `content/instruments/<id>/<lang>.json`: one authentic text, written by scripts/import-treaties.ts. */
export const treatyTextSchema = z.object({
  instrument: z.enum(INSTRUMENT_IDS),
  language: z.enum(LANGUAGES),
  /** Title as the source prints it. */
  title: z.string(),
  /** "authentic text" for the UN languages. */
  status: z.string(),
  /** Source publication, repository path and commit. */
  source: z.string(),
  /** What the text held contains and lacks (e.g. no preamble). */
  completeness: z.string(),
  /** Every change the transcription made to the source, as listed there. */
  normalisations: z.array(z.string()),
  /** Suspected errors of the source, as its front matter lists them (each is shown with an editorial note). */
  suspectedSourceErrors: z.array(z.string()).default([]),
  /** The primary-source file it was imported from. */
  sourceFile: z.string(),
  preamble: z.array(z.string()),
  chapters: z.array(z.object({ number: z.string(), title: z.string() })),
  articles: z.array(
    z.object({ number: z.number().int().positive(), title: z.string(), chapter: z.string().nullable(), blocks: z.array(block) }),
  ),
  testimonium: z.array(z.string()),
});
export type TreatyText = z.infer<typeof treatyTextSchema>;
export type TreatyArticle = TreatyText['articles'][number];
export type TreatyBlock = TreatyArticle['blocks'][number];

/** `content/instruments/editorial-notes.yaml`: a suspected transcription slip, shown as printed and marked with a note. */
export const editorialNoteSchema = strict({
  /** Stable id of the note (its anchor on the page). */
  id: z.string(),
  /** The instrument whose text it concerns. */
  instrument: z.enum(INSTRUMENT_IDS),
  /** The language version it concerns. */
  language: z.enum(LANGUAGES),
  /** Article number, `preamble`, or `title` (an article heading; `at` gives the article). */
  article: z.union([z.number().int().positive(), z.literal('preamble'), z.literal('title')]),
  /** With `article: title`, the article whose heading it concerns. */
  at: z.number().int().positive().optional(),
  /** Paragraph path inside the article, e.g. "1-b". */
  path: z.string().regex(/^[0-9a-z]+(-[0-9a-z]+)*$/).optional(),
  /** The words exactly as the source prints them. */
  text: z.string().min(1),
  /** What seems wrong, as the sources' README says it (English). */
  remark: z.string().min(1),
});
export type EditorialNote = z.infer<typeof editorialNoteSchema> & { id: string };
