import { describe, expect, it } from 'vitest';
import { editorialNoteText, leadingAnswer, publicSource } from '#src/lib/provenance-text.ts';

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

describe('a treaty text’s source, as the public reads it', () => {
  it('keeps repository, path and commit, and drops how the file was fetched', () => {
    expect(publicSource('statengeneraal/laws-markdown, verdrag/BWBV0001668/README.md, commit 2eb7346ed8c5207ef3f9e58edee0506dc02c277e (last commit touching the file; read from the repository snapshot at commit 91556a80a25a3da4234c8039945c6aeef4108d00); English-language part of Dutch treaty database record BWBV0001668'))
      .toBe('statengeneraal/laws-markdown, verdrag/BWBV0001668/README.md, commit 2eb7346ed8c5207ef3f9e58edee0506dc02c277e; English-language part of Dutch treaty database record BWBV0001668');
    expect(publicSource("quyse/kz-laws, rus/39978.md, commit 0113eb268a5ec313c333f944a88b3b5a1e03f82c (read page by page from a stored copy of the file). The transcription made from those pages has exactly the file's 92315 characters. quyse/kz-laws is an unofficial Git mirror"))
      .toBe('quyse/kz-laws, rus/39978.md, commit 0113eb268a5ec313c333f944a88b3b5a1e03f82c. quyse/kz-laws is an unofficial Git mirror');
    expect(publicSource('laws/co/DECRETO-3173-2004.md, commit 79c539d24e60e294e975adfa6fd49ca97c8a161f (Decreto 3173 de 2004), both read from the snapshot at commit 4525e630c5b328f110378cbd1379ab8528fd4848 (SUIN-Juriscol transcriptions)'))
      .toBe('laws/co/DECRETO-3173-2004.md, commit 79c539d24e60e294e975adfa6fd49ca97c8a161f (Decreto 3173 de 2004) (SUIN-Juriscol transcriptions)');
  });
});
