import { describe, expect, it } from 'vitest';
import { COMPARE_MAX, compareSearch, parseCompare } from '#src/lib/compare.ts';

const known = ['pk', 'mx', 'us', 'ca', 'in', 'ae'];
const q = (s: string) => new URLSearchParams(s);

describe('the countries chosen for comparison', () => {
  it('reads a comma list and the repeated parameters of a GET form alike', () => {
    expect(parseCompare(q('compare=pk,mx'), known)).toEqual({ codes: ['pk', 'mx'], dropped: [] });
    expect(parseCompare(q('compare=pk&compare=mx'), known)).toEqual({ codes: ['pk', 'mx'], dropped: [] });
    expect(parseCompare(q('compare=PK%2C+mx'), known).codes).toEqual(['pk', 'mx']);
  });
  it('keeps the order, each country once, drops unknown codes and anything beyond the maximum', () => {
    expect(parseCompare(q('compare=mx,pk,mx,xx'), known)).toEqual({ codes: ['mx', 'pk'], dropped: ['xx'] });
    const many = parseCompare(q(`compare=${known.join(',')}`), known);
    expect(many.codes).toHaveLength(COMPARE_MAX);
    expect(many.dropped).toEqual(known.slice(COMPARE_MAX));
    expect(parseCompare(q(''), known)).toEqual({ codes: [], dropped: [] });
  });
  it('writes the choice as a readable query, keeping the page’s other parameters', () => {
    expect(compareSearch(q('region=south-asia'), ['pk', 'mx'])).toBe('?region=south-asia&compare=pk,mx');
    expect(compareSearch(q('compare=pk&compare=us&region=gulf'), ['in', 'ae'])).toBe('?region=gulf&compare=in,ae');
    expect(compareSearch(q('compare=pk,mx'), [])).toBe('');
  });
});
