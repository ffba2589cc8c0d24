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
