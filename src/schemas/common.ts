/** Building blocks shared by the collection schemas. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { buildProvisionIndex, checkCitation, type IndexedText, type ProvisionIndex } from '../lib/provision-index.ts';
import { formatCitation } from '../lib/citation.ts';
import { LANGUAGES, REGIONS } from '../lib/vocabulary.ts';

/** Folder the content collections load from; tests point it at fixtures. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');

let provisionIndex: ProvisionIndex | undefined;
/** Provisions that exist, read once from the imported English treaty texts (all languages share the same paths; a test proves it). */
function provisions(): ProvisionIndex {
  if (!provisionIndex) {
    const dir = path.join(CONTENT_DIR, 'instruments');
    const texts = fs.existsSync(dir)
      ? fs.readdirSync(dir).filter((id) => fs.existsSync(path.join(dir, id, 'en.json')))
          .map((id) => JSON.parse(fs.readFileSync(path.join(dir, id, 'en.json'), 'utf8')) as IndexedText)
      : [];
    provisionIndex = buildProvisionIndex(texts);
  }
  return provisionIndex;
}

/** A citation of a provision that exists, e.g. `SOM 6(1)(a)`; normalised to the canonical form. */
export const citation = () =>
  z.string().transform((value, ctx) => {
    const check = checkCitation(provisions(), value);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: check.message });
      return z.NEVER;
    }
    return formatCitation(check.citation);
  });

export const lang = () => z.enum(LANGUAGES);

/** Text in each site language; English is required, the others fall back to it with a notice. */
export const localized = () => z.object({ en: z.string().min(1), es: z.string().min(1).optional(), fr: z.string().min(1).optional() });

/** ISO 3166-1 alpha-2 in lower case, or `eu` for the European Union. */
export const iso2 = () => z.string().regex(/^[a-z]{2}$/, 'expected a two-letter lower-case country code (ISO 3166-1 alpha-2), e.g. "pe", or "eu"');

export const region = () => z.enum(REGIONS);

/** ISO date `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known. */
export const partialDate = () =>
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)');

export const url = () => z.url('expected a full URL beginning with https:// or http://');
