import { z } from 'astro/zod';
import { isoDate, strict, url } from './common.ts';
import { INSTRUMENT_IDS } from '#src/registries/instruments.ts';

/** The kinds of consent to be bound the UN depositary records (ratification, acceptance (A), approval (AA), accession (a), succession (d)). */
export const CONSENT_TYPES = ['ratification', 'acceptance', 'approval', 'accession', 'succession'] as const;

/** One row of the status sources' parties.csv: one participant in one instrument, as the row gives it. */
const participationRow = strict({
  /** The instrument, by its id in the instrument registry. */
  instrument: z.enum(INSTRUMENT_IDS),
  /** Date of signature; null where the source shows none (States that did not sign joined by accession). */
  signature: isoDate().nullable(),
  /**
   * Date the instrument of consent was deposited; null means not a party at `asOf` according to the source, or (three
   * Smuggling Protocol rows) a party whose date was not seen: `reservations` then says so.
   */
  consent: isoDate().nullable(),
  /** How consent was given; null where the source does not say, or where there is no consent. */
  consentType: z.enum(CONSENT_TYPES).nullable(),
  /** Smuggling Protocol rows only: the sources' short summary, in English, of reservations, declarations, objections and notifications. */
  reservations: z.string().min(1).nullable(),
  /** Where the row's data was seen. */
  sourceUrl: url(),
  /** The date the source says its table was current; null where the source gives none (`unknown` in the CSV). */
  asOf: isoDate().nullable(),
});

/**
 * `content/status/parties.json`, one entry per participant keyed by its code (ISO 3166-1 alpha-2, lower case; `eu`
 * for the European Union): treaty participation as the status sources record it. Written by `npm run import:status`
 * from status/parties.csv; do not edit by hand.
 */
export const participationSchema = strict({
  /** The participant's name as the source row gives it (the UN's short name at the time); pages use the code, not this. */
  name: z.string().min(1),
  /** One row per instrument the participant signed or joined, in the registry's order. */
  rows: z.array(participationRow).min(1),
});
export type Participation = z.infer<typeof participationSchema>;
export type ParticipationRowData = Participation['rows'][number];
