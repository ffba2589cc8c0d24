/**
 * "Serious crime" in the sense of the Convention, derived from the maximum penalty recorded in a country's analysis,
 * never typed by hand. UNTOC art. 2(b): conduct constituting an offence punishable by a maximum deprivation of liberty
 * of at least four years or a more serious penalty. Pure.
 */
import { reference } from './citation.ts';

/** The Convention's threshold, in years (UNTOC art. 2(b)). */
export const SERIOUS_CRIME_MIN_YEARS = 4;
/** Where the threshold and the consequences are laid down, as citations. */
export const SERIOUS_CRIME_CITATIONS = { definition: reference('UNTOC 2(b)'), scope: reference('UNTOC 3(1)(b)'), extradition: reference('UNTOC 16'), legalAssistance: reference('UNTOC 18') };

/** The longest deprivation of liberty the text held provides for an offence, as the analysis records it. */
export interface PenaltyMaximum {
  /** Years (months as fractions: 6 months = 0.5), `life` for life imprisonment, or null when the provision punishes by imprisonment without stating the term. */
  years: number | 'life' | null;
  /** Id of the national provision that states it. */
  provision: string;
  /** Pinpoint in the law's own numbering, e.g. "s. 117(2)(a)(i)". */
  pinpoint?: string | undefined;
}

export type SeriousCrimeStatus = 'yes' | 'no' | 'not-determined';

export interface SeriousCrime {
  status: SeriousCrimeStatus;
  /** The maximum the status rests on; absent when none is recorded. */
  maximum?: PenaltyMaximum;
}

/**
 * Whether an offence is a serious crime from its recorded maximum: `yes` at four years or more (or life),
 * `no` below, `not-determined` when no maximum is recorded or the text held does not state the term.
 */
export function seriousCrime(maximum: PenaltyMaximum | undefined): SeriousCrime {
  if (!maximum) return { status: 'not-determined' };
  const { years } = maximum;
  if (years === null) return { status: 'not-determined', maximum };
  if (years === 'life' || years >= SERIOUS_CRIME_MIN_YEARS) return { status: 'yes', maximum };
  return { status: 'no', maximum };
}

/** The indicator for a country: its basic smuggling offence, and its aggravated forms for context. */
export function seriousCrimeOf(elements: {
  'penalty-basic': { maximum?: PenaltyMaximum | undefined };
  'penalty-aggravated': { maximum?: PenaltyMaximum | undefined };
}): { basic: SeriousCrime; aggravated: SeriousCrime } {
  return { basic: seriousCrime(elements['penalty-basic'].maximum), aggravated: seriousCrime(elements['penalty-aggravated'].maximum) };
}

/** A maximum as a duration to show: whole years, months below a year, or life imprisonment. */
export function maximumDuration(years: number | 'life'): { unit: 'life' } | { unit: 'years' | 'months'; count: number } {
  if (years === 'life') return { unit: 'life' };
  if (Number.isInteger(years)) return { unit: 'years', count: years };
  const months = Math.round(years * 12);
  return months % 12 === 0 ? { unit: 'years', count: months / 12 } : { unit: 'months', count: months };
}
