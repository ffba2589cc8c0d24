import { describe, expect, it } from 'vitest';
import { legislationAnalysisSchema } from '#src/schemas/legislation.ts';
import { LEGISLATION_ELEMENTS } from '#src/lib/vocabulary.ts';

const note = { en: 'A note.' };
const undetermined = { value: 'not-determined', provisions: [], note };
const analysis = (penalties: Record<string, unknown>) => ({
  country: 'pk',
  name: { en: 'Pakistan' },
  summary: { en: 'A summary.' },
  elements: {
    ...Object.fromEntries(Object.keys(LEGISLATION_ELEMENTS).map((k) => [k, undetermined])),
    ...penalties,
  },
});
const messages = (input: unknown) => {
  const result = legislationAnalysisSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('legislation analysis schema: penalty maxima and the derived serious-crime indicator', () => {
  it('derives region and serious crime, never read from the file', () => {
    const parsed = legislationAnalysisSchema.parse(analysis({
      'penalty-basic': { value: { en: '3 to 5 years' }, provisions: ['3'], maximum: { years: 5, provision: '3', pinpoint: 's. 3' }, note },
      'penalty-aggravated': { value: { en: '5 to 14 years' }, provisions: ['6'], maximum: { years: 14, provision: '6' }, note },
    }));
    expect(parsed.region).toBe('south-asia');
    expect(parsed.seriousCrime.basic).toEqual({ status: 'yes', maximum: { years: 5, provision: '3', pinpoint: 's. 3' } });
    expect(parsed.seriousCrime.aggravated.status).toBe('yes');
  });

  it('is not determined when no maximum is recorded', () => {
    expect(legislationAnalysisSchema.parse(analysis({})).seriousCrime).toEqual({ basic: { status: 'not-determined' }, aggravated: { status: 'not-determined' } });
  });

  it('tells the author when the maximum rests on a provision the cell does not name', () => {
    expect(messages(analysis({ 'penalty-basic': { value: { en: '3 to 5 years' }, provisions: ['3'], maximum: { years: 5, provision: '4' }, note } }))).toEqual([
      'elements.penalty-basic.maximum.provision: maximum.provision must be one of the provisions the cell rests on (add it to provisions)',
    ]);
  });

  it('refuses a maximum on an undetermined cell, and a typed-in indicator', () => {
    expect(messages(analysis({ 'penalty-basic': { ...undetermined, maximum: { years: 5, provision: '3' } } }))).toContain(
      'elements.penalty-basic.maximum: a cell whose value is not-determined cannot record a maximum; give the penalty in value, or remove maximum',
    );
    expect(messages({ ...analysis({}), seriousCrime: 'yes' })).toEqual([expect.stringMatching(/seriousCrime/)]);
    expect(messages(analysis({ 'penalty-basic': { value: { en: '5 years' }, provisions: ['3'], maxYears: 5, note } }))).toEqual([expect.stringMatching(/maxYears/)]);
  });

  it('accepts life imprisonment, and null for a term the provision does not state', () => {
    const life = legislationAnalysisSchema.parse(analysis({ 'penalty-basic': { value: { en: 'life' }, provisions: ['25'], maximum: { years: 'life', provision: '25' }, note } }));
    expect(life.seriousCrime.basic.status).toBe('yes');
    const unstated = legislationAnalysisSchema.parse(analysis({ 'penalty-basic': { value: { en: 'temporary imprisonment' }, provisions: ['art-22'], maximum: { years: null, provision: 'art-22' }, note } }));
    expect(unstated.seriousCrime.basic.status).toBe('not-determined');
  });
});
