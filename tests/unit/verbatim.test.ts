import { describe, expect, it } from 'vitest';
import { compareParagraphs } from '#src/lib/verbatim.ts';

const source = [{ where: '6', path: '1-a', text: '(a) The smuggling of migrants;' }];

describe('compareParagraphs', () => {
  it('ignores whitespace only', () => {
    expect(compareParagraphs('SOM en', source, [{ where: '6', path: '1-a', text: '(a)  The smuggling\nof migrants;' }])).toEqual([]);
  });
  it('fails on a one-word change, naming instrument, language, article and paragraph', () => {
    const [problem] = compareParagraphs('SOM en', source, [{ where: '6', path: '1-a', text: '(a) The trafficking of migrants;' }]);
    expect(problem).toMatch(/^SOM en, art\. 6, paragraph 1-a: differs from the source/);
  });
  it('reports missing and extra paragraphs', () => {
    expect(compareParagraphs('SOM en', source, [{ where: '6', path: '1-b', text: 'x' }])).toEqual([
      'SOM en, art. 6, paragraph 1-a: missing on the page',
      'SOM en, 6, paragraph 1-b: shown but not in the source',
    ]);
  });
});
