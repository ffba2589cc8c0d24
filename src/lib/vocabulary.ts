/** Controlled vocabularies shared by schemas, facets and the UI dictionaries. */
import { reference } from './citation.ts';

/** Regions along the route, then the others where case law comes from. */
export const REGIONS = ['south-asia', 'gulf', 'west-africa', 'latin-america-caribbean', 'north-america', 'europe', 'oceania', 'other'] as const;
export type Region = (typeof REGIONS)[number];

export const COURT_LEVELS = ['investigation', 'first-instance', 'appeal', 'supreme', 'international'] as const;
export const OUTCOMES = ['convicted', 'acquitted', 'mixed', 'other'] as const;

/** Issue tags for case digests (one controlled list). */
export const CASE_ISSUES = [
  'financial-benefit', 'endangering-life', 'inhuman-treatment-exploitation', 'non-criminalisation',
  'humanitarian-family-assistance', 'organised-criminal-group', 'smuggling-vs-trafficking', 'document-fraud',
  'enabling-stay', 'smuggling-by-sea', 'international-cooperation', 'digital-evidence', 'financial-investigation',
  'corruption', 'gender', 'children',
] as const;

/** The Protocol's elements compared in the legislation matrix, in column order, with the provision each rests on. */
export const LEGISLATION_ELEMENTS = {
  'financial-benefit': reference('SOM 6(1)'),
  'smuggling-offence': reference('SOM 6(1)(a)'),
  'document-offences': reference('SOM 6(1)(b)'),
  'enabling-stay': reference('SOM 6(1)(c)'),
  'attempt-participation-organising': reference('SOM 6(2)'),
  'aggravation-danger': reference('SOM 6(3)(a)'),
  'aggravation-inhuman-treatment': reference('SOM 6(3)(b)'),
  'migrant-non-criminalisation': reference('SOM 5'),
  'humanitarian-exemption': reference('SOM 6'),
  'penalty-basic': reference('SOM 6(1)'),
  'penalty-aggravated': reference('SOM 6(3)'),
};
export type LegislationElement = keyof typeof LEGISLATION_ELEMENTS;
export const ELEMENT_VALUES = ['yes', 'no', 'partial', 'not-determined'] as const;
