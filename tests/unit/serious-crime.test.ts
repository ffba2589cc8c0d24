import { describe, expect, it } from 'vitest';
import { maximumDuration, seriousCrime, seriousCrimeOf, SERIOUS_CRIME_MIN_YEARS } from '#src/lib/serious-crime.ts';

describe('seriousCrime (UNTOC art. 2(b): a maximum of at least four years)', () => {
  it('takes four years as the threshold', () => expect(SERIOUS_CRIME_MIN_YEARS).toBe(4));

  it('is a serious crime at exactly four years, above, and for life imprisonment', () => {
    expect(seriousCrime({ years: 4, provision: 'art-297' }).status).toBe('yes');
    expect(seriousCrime({ years: 14, provision: '6' }).status).toBe('yes');
    expect(seriousCrime({ years: 'life', provision: '25', pinpoint: 's. 25(6)(a)' })).toEqual({
      status: 'yes', maximum: { years: 'life', provision: '25', pinpoint: 's. 25(6)(a)' },
    });
  });

  it('is not one below four years, months included', () => {
    expect(seriousCrime({ years: 3, provision: 'ley-18-250-art-77' }).status).toBe('no');
    expect(seriousCrime({ years: 3.99, provision: 'x' }).status).toBe('no');
    expect(seriousCrime({ years: 1, provision: 'codigo-penal-art-318-bis' }).status).toBe('no');
  });

  it('is not determined without a recorded maximum, or when the provision does not state the term', () => {
    expect(seriousCrime(undefined)).toEqual({ status: 'not-determined' });
    expect(seriousCrime({ years: null, provision: 'art-22' })).toEqual({ status: 'not-determined', maximum: { years: null, provision: 'art-22' } });
  });

  it('reads a country from its two penalty cells', () => {
    expect(seriousCrimeOf({ 'penalty-basic': { maximum: { years: 1, provision: 'a' } }, 'penalty-aggravated': { maximum: { years: 8, provision: 'a' } } })).toEqual({
      basic: { status: 'no', maximum: { years: 1, provision: 'a' } },
      aggravated: { status: 'yes', maximum: { years: 8, provision: 'a' } },
    });
    expect(seriousCrimeOf({ 'penalty-basic': {}, 'penalty-aggravated': {} })).toEqual({ basic: { status: 'not-determined' }, aggravated: { status: 'not-determined' } });
  });
});

describe('maximumDuration', () => {
  it('gives whole years, months below a year or between years, and life', () => {
    expect(maximumDuration(10)).toEqual({ unit: 'years', count: 10 });
    expect(maximumDuration(0.5)).toEqual({ unit: 'months', count: 6 });
    expect(maximumDuration(1.5)).toEqual({ unit: 'months', count: 18 });
    expect(maximumDuration(12)).toEqual({ unit: 'years', count: 12 });
    expect(maximumDuration('life')).toEqual({ unit: 'life' });
  });
});
