import { describe, expect, it } from 'vitest';
import { articlePaths, buildProvisionIndex, checkCitation } from '#src/lib/provision-index.ts';

const index = buildProvisionIndex([
  { instrument: 'som-protocol', articles: articlePaths([{ number: 6, blocks: [{ path: ['1'] }, { path: ['1', 'a'] }, { path: null }] }, { number: 5, blocks: [{ path: null }] }]) },
]);

describe('checkCitation', () => {
  it('accepts an existing paragraph and a whole article', () => {
    expect(checkCitation(index, 'SOM 6(1)(a)').ok).toBe(true);
    expect(checkCitation(index, 'SOM 5').ok).toBe(true);
  });
  it('names the paragraphs that exist when the paragraph does not', () => {
    expect(checkCitation(index, 'SOM 6(9)')).toEqual({ ok: false, message: 'Unknown provision "SOM 6(9)": SOM art. 6 has SOM 6(1), SOM 6(1)(a).' });
  });
  it('says when an article has no numbered paragraphs', () => {
    expect(checkCitation(index, 'SOM 5(1)')).toMatchObject({ ok: false, message: expect.stringContaining('no numbered paragraphs') });
  });
  it('rejects an article that does not exist, and text outside the grammar', () => {
    expect(checkCitation(index, 'SOM 99')).toMatchObject({ ok: false, message: expect.stringContaining('Unknown provision "SOM 99"') });
    expect(checkCitation(index, 'SOM 6(3)(a)–(b)')).toMatchObject({ ok: false, message: expect.stringContaining('is not a citation') });
  });
});
