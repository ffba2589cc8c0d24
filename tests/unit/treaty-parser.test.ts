import { describe, expect, it } from 'vitest';
import { labelBlocks, parseTreaty } from '#src/lib/treaty-parser.ts';

const paths = (lines: string[]) => labelBlocks(lines).map((b) => b.path?.join('-') ?? null);

describe('labelBlocks', () => {
  it('reads (i) after (h) as a letter (UNTOC art. 2) and as a roman numeral elsewhere', () => {
    expect(paths(['Intro:', '(g) x', '(h) y', '(i) z', '(j) w'])).toEqual([null, 'g', 'h', 'i', 'j']);
    expect(paths(['1. x', '(a) y', '(i) z', '(ii) w', '(b) v'])).toEqual(['1', '1-a', '1-a-i', '1-a-ii', '1-b']);
  });
  it('handles a label alone on its line and the fourth level a./b.', () => {
    expect(paths(['1. x', '(a)', '(i) The conversion', '(ii) y', 'a. four', 'b. more', '(b) z'])).toEqual(['1', '1-a', '1-a-i', '1-a-ii', '1-a-ii-a', '1-a-ii-b', '1-b']);
  });
  it('keeps unlabelled closing words without a path', () => {
    expect(labelBlocks(['(b) y', 'where the offence is transnational.'])[1]).toMatchObject({ path: null, level: 0 });
  });
});

describe('parseTreaty', () => {
  it('splits preamble, chapters, articles and testimonium', () => {
    const t = parseTreaty(['---', 'id: x', '---', '# Preamble', 'The States,', '## Chapter I — General', '### Article 1 — Purpose', '1. Text.', '# Testimonium', 'IN WITNESS'].join('\n\n'));
    expect(t.preamble).toEqual(['The States,']);
    expect(t.chapters).toEqual([{ number: 'I', title: 'General' }]);
    expect(t.articles[0]).toMatchObject({ number: 1, title: 'Purpose', chapter: 'I', blocks: [{ path: ['1'], label: '1.', text: 'Text.' }] });
    expect(t.testimonium).toEqual(['IN WITNESS']);
  });
  it('refuses a heading it does not know, naming the line', () => {
    expect(() => parseTreaty('### Art 1\n')).toThrow(/line 1: unknown heading/);
  });
});
