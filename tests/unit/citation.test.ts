import { describe, expect, it } from 'vitest';
import { formatCitation, paragraphAnchor, parseCitation } from '#src/lib/citation.ts';

describe('parseCitation', () => {
  it.each([
    ['SOM 6(1)(a)', 'som-protocol', 6, ['1', 'a']],
    ['som art. 6(1)(b)(ii)', 'som-protocol', 6, ['1', 'b', 'ii']],
    ['UNTOC 2(a)', 'untoc', 2, ['a']],
    ['untoc article 2 (a)', 'untoc', 2, ['a']],
    ['TIP 3', 'tip-protocol', 3, []],
    ['FIREARMS 5(1)', 'firearms-protocol', 5, ['1']],
    ['Som, art 16', 'som-protocol', 16, []],
  ])('reads %s', (text, instrument, article, path) => {
    expect(parseCitation(text)).toMatchObject({ instrument, article, path });
  });

  it.each(['SOM', 'SOM 6(1)–(3)', 'Protocol 6', 'SOM 6-1', ''])('rejects %j', (text) => {
    expect(parseCitation(text)).toBeNull();
  });

  it('formats the canonical short form and the paragraph anchor of DESIGN.md', () => {
    const c = parseCitation('som article 6 (1) (B) (ii)')!;
    expect(formatCitation(c)).toBe('SOM 6(1)(b)(ii)');
    expect(paragraphAnchor(c.path)).toBe('para-1-b-ii');
  });
});

import { articleLevel, compareReferences, isCanonicalReference, parseReference, reference } from '#src/lib/citation.ts';

describe('citation values', () => {
  it('carry their canonical text beside their parts, however the author wrote them', () => {
    expect(parseReference('som art. 6 (1)(A)')).toEqual({ text: 'SOM 6(1)(a)', code: 'SOM', instrument: 'som-protocol', article: 6, path: ['1', 'a'] });
    expect(parseReference('tip')).toEqual({ text: 'TIP', code: 'TIP', instrument: 'tip-protocol', article: null, path: [] });
  });
  it('give the article level, an order, and whether published text is canonical', () => {
    expect(articleLevel(reference('UNTOC 18(9)')).text).toBe('UNTOC 18');
    expect(['SOM 16', 'SOM', 'UNTOC 2', 'SOM 6(1)(b)', 'SOM 6(1)(a)'].map(reference).sort(compareReferences).map((r) => r.text)).toEqual(['SOM', 'SOM 6(1)(a)', 'SOM 6(1)(b)', 'SOM 16', 'UNTOC 2']);
    expect(isCanonicalReference('SOM 6(1)(a)')).toBe(true);
    expect(isCanonicalReference('som 6(1)(a)')).toBe(false);
    expect(() => reference('SOM six')).toThrow('not in the citation grammar');
  });
});
