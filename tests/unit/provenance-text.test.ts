import { describe, expect, it } from 'vitest';
import { editorialNoteText, leadingAnswer } from '#src/lib/provenance-text.ts';

describe('the compiler’s text around a law', () => {
  it('takes an editorial note out of its Markdown emphasis and brackets', () => {
    expect(editorialNoteText('*[Editorial note: the stray opening quotation mark before "provide" in s. 4(1)(b) is in the print.]*'))
      .toBe('the stray opening quotation mark before "provide" in s. 4(1)(b) is in the print.');
    expect(editorialNoteText('Whoever smuggles a person […] shall be punished.')).toBeNull();
  });
  it('separates a plain yes or no from its qualification', () => {
    expect(leadingAnswer('no')).toEqual({ answer: 'no', rest: '' });
    expect(leadingAnswer('no (Arabic original; no English text was read)')).toEqual({ answer: 'no', rest: '(Arabic original; no English text was read)' });
    expect(leadingAnswer('no — English and French are equally authoritative versions, not translations').answer).toBe('no');
    expect(leadingAnswer('stated by the repository to be the official English translation')).toEqual({ answer: null, rest: 'stated by the repository to be the official English translation' });
    expect(leadingAnswer('notwithstanding').answer).toBeNull();
  });
});
