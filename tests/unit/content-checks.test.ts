import { describe, expect, it } from 'vitest';
import { reference } from '#src/lib/citation.ts';
import { checkContent, type CheckInput } from '#src/lib/content-checks.ts';

const base: CheckInput = {
  cases: [{ id: 'pe-x', file: 'content/cases/pe-x/case.yaml', nationalProvisions: [{ country: 'pe', provision: 'art-303-a' }] }],
  digests: [{ id: 'pe-x/en', file: 'content/cases/pe-x/en.md' }],
  legislationTexts: [{ id: 'pe', file: 'content/legislation/pe/text.json', provisions: [{ id: 'art-303-a' }] }],
  legislation: [{ id: 'pe', file: 'content/legislation/pe/analysis.yaml', country: 'pe', elements: { 'smuggling-offence': { provisions: ['art-303-a'] } } }],
  guides: [],
};

describe('checkContent', () => {
  it('accepts consistent content', () => {
    expect(checkContent(base)).toEqual([]);
  });
  it('names file and field of a dangling national provision', () => {
    const input = { ...base, cases: [{ ...base.cases[0]!, nationalProvisions: [{ country: 'pe', provision: 'art-999' }] }] };
    expect(checkContent(input)).toEqual(['content/cases/pe-x/case.yaml: nationalProvisions.0.provision: "art-999" is not a provision of pe (held: art-303-a)']);
  });
  it('finds a translation without its case and a case without English', () => {
    const input = { ...base, digests: [{ id: 'other/es', file: 'content/cases/other/es.md' }] };
    expect(checkContent(input)).toEqual([
      'content/cases/other/es.md: digest without case data — add content/cases/other/case.yaml',
      'content/cases/pe-x/case.yaml: case without an English digest — add content/cases/pe-x/en.md',
    ]);
  });
  it('finds an analysis cell resting on a provision that is not held', () => {
    const input = { ...base, legislation: [{ ...base.legislation[0]!, elements: { 'smuggling-offence': { provisions: ['art-1'] } } }] };
    expect(checkContent(input)[0]).toBe('content/legislation/pe/analysis.yaml: elements.smuggling-offence.provisions.0: "art-1" is not a provision of pe (held: art-303-a)');
  });
});

import { buildGraph } from '#src/lib/graph.ts';

describe('cross-link graph', () => {
  it('lists at each article the cases, national provisions and guides that cite it, once each', () => {
    const graph = buildGraph({
      cases: [{ slug: 'a', cited: [], engaged: [reference('SOM 6(1)(a)'), reference('SOM 6(3)(a)'), reference('UNTOC 2(a)')] }],
      national: [{ country: 'pe', provision: 'art-303-a', label: 'art. 303-A', cites: reference('SOM 6(1)(a)') }, { country: 'pe', provision: 'art-303-a', label: 'art. 303-A', cites: reference('SOM 6(1)') }],
      guides: [{ slug: 'g', provisions: [reference('SOM 6')] }],
    });
    expect(graph.get('som-protocol:6')).toEqual({ casesCited: [], casesEngaged: ['a'], national: [{ country: 'pe', provision: 'art-303-a', label: 'art. 303-A', cites: reference('SOM 6(1)(a)') }], guides: ['g'] });
    expect(graph.get('untoc:2')?.casesEngaged).toEqual(['a']);
    expect(graph.get('som-protocol:5')).toBeUndefined();
  });
  it('keeps cases a court cited apart from cases the project maps, and a whole-instrument reference apart from articles', () => {
    const graph = buildGraph({
      cases: [
        { slug: 'cited', cited: [reference('UNTOC 3')], engaged: [reference('UNTOC 3(2)'), reference('SOM 6(1)(a)')] },
        { slug: 'mapped', cited: [], engaged: [reference('UNTOC 3(1)'), reference('TIP')] },
      ],
      national: [], guides: [],
    });
    expect(graph.get('untoc:3')).toMatchObject({ casesCited: ['cited'], casesEngaged: ['mapped'] });
    expect(graph.get('som-protocol:6')).toMatchObject({ casesCited: [], casesEngaged: ['cited'] });
    expect(graph.get('tip-protocol:*')).toMatchObject({ casesEngaged: ['mapped'] });
    expect(graph.get('tip-protocol:3')).toBeUndefined();
  });
});
