import { describe, expect, it } from 'vitest';
import { checkJurisdictionNotes, jurisdictionPageCodes, mentionsName, nameVariants, participationLines, casesByJurisdiction } from '#src/lib/jurisdiction-pages.ts';

describe('jurisdiction pages', () => {
  it('exist for the route, the laws held and every jurisdiction a case was decided in or concerns, in route order', () => {
    const codes = jurisdictionPageCodes({
      route: ['pk', 'in', 'mx', 'us'],
      laws: ['de', 'mx'],
      cases: [{ country: 'ecthr', otherStates: ['gr'] }, { country: 'eg', otherStates: [] }, { country: 'pk', otherStates: [] }],
    });
    expect(codes).toEqual(['pk', 'in', 'mx', 'us', 'de', 'ecthr', 'gr', 'eg']);
  });

  it('lists the cases decided there apart from those decided elsewhere that concern it', () => {
    const cases = [
      { slug: 'a', country: 'ecthr', otherStates: ['gr'] }, { slug: 'b', country: 'gr', otherStates: [] }, { slug: 'c', country: 'it', otherStates: [] },
      { slug: 'd', country: 'gr', otherStates: ['gr', 'it'] }, { slug: 'e', country: 'cjeu', otherStates: ['it', 'it'] },
    ];
    const casesOf = casesByJurisdiction(cases);
    const gr = casesOf('gr');
    expect(gr.decided.map((c) => c.slug)).toEqual(['b', 'd']);
    expect(gr.concerning.map((c) => c.slug)).toEqual(['a']);
    expect(casesOf('ecthr').decided.map((c) => c.slug)).toEqual(['a']);
    expect(casesOf('it').concerning.map((c) => c.slug)).toEqual(['d', 'e']);
    expect(casesOf('pk')).toEqual({ decided: [], concerning: [] });
  });

  it('finds a jurisdiction named in a news text by its names, as whole words with their capitals', () => {
    const tc = nameVariants(['Turks and Caicos Islands', 'Turks & Caicos Islands']);
    expect(tc).toContain('Turks and Caicos');
    expect(mentionsName('practitioners from Costa Rica, Turks and Caicos and Barbados', tc)).toBe(true);
    const us = nameVariants(['United States of America', 'United States', 'USA', 'US']);
    expect(mentionsName('towards the US and Canada', us)).toBe(true);
    expect(mentionsName('Smugglers charge US$1,500–5,000', us)).toBe(false);
    expect(mentionsName('let us see', us)).toBe(false);
    expect(mentionsName('migrants from Nigeria', nameVariants(['Niger']))).toBe(false);
    expect(mentionsName('through Niger and then Libya', nameVariants(['Niger']))).toBe(true);
    expect(nameVariants(['The Netherlands'])).toContain('Netherlands');
  });

  it('gives one participation line per instrument, flagging the 2014 rows and missing rows, not the newer or undated ones', () => {
    const rows = [
      { instrument: 'untoc', signature: null, consent: '2011-07-13', asOf: '2024-05-04' },
      { instrument: 'som-protocol', signature: null, consent: '2014-11-11', asOf: null },
      { instrument: 'tip-protocol', signature: '2000-12-13', consent: null, asOf: '2014-01-27' },
    ];
    const lines = participationLines(rows, ['untoc', 'som-protocol', 'tip-protocol', 'firearms-protocol']);
    expect(lines.map((l) => [l.instrument, l.row ? l.row.consent : 'no row', l.possiblyOutdated])).toEqual([
      ['untoc', '2011-07-13', false], ['som-protocol', '2014-11-11', false], ['tip-protocol', null, true], ['firearms-protocol', 'no row', true],
    ]);
  });

  it('fails a note without a page, or for a law that is held, naming the file and the field', () => {
    const problems = checkJurisdictionNotes(
      [{ id: 'gt', file: 'content/jurisdictions/gt/notes.yaml' }, { id: 'zz', file: 'content/jurisdictions/zz/notes.yaml' }, { id: 'mx', file: 'content/jurisdictions/mx/notes.yaml' }],
      new Set(['gt', 'mx']), new Set(['mx']),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/jurisdictions\/zz\/notes\.yaml: "zz" has no jurisdiction page/);
    expect(problems[1]).toMatch(/^content\/jurisdictions\/mx\/notes\.yaml: lawNotHeld: the law of "mx" is held/);
  });
});
