/**
 * Treaty and national texts on the built pages are the primary sources, word for word.
 * Needs the primary sources beside the checkout (../shared/sources, or SOURCES_DIR).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { SOURCES, page, text } from '../support/dist.ts';
import { parseTreaty } from '../../src/lib/treaty-parser.ts';
import { parseLegislation } from '../../src/lib/legislation-parser.ts';
import { articleParagraphs, compareParagraphs, type ShownParagraph } from '../../src/lib/verbatim.ts';

const hasSources = fs.existsSync(path.join(SOURCES, 'treaties'));
const treatyFiles = hasSources ? fs.readdirSync(path.join(SOURCES, 'treaties')).filter((f) => /^[a-z-]+\.(en|es|fr)\.md$/.test(f)) : [];

describe.skipIf(!hasSources)(`verbatim against the primary sources in ${SOURCES}`, () => {
  it('finds the twelve authentic texts', () => expect(treatyFiles).toHaveLength(12));

  for (const file of treatyFiles) {
    const [id, lang] = file.split('.') as [string, string];
    it(`${id} (${lang}) article pages show the source text`, () => {
      const source = parseTreaty(fs.readFileSync(path.join(SOURCES, 'treaties', file), 'utf8'));
      const problems: string[] = [];
      for (const article of source.articles) {
        const html = page(`/${lang}/instruments/${id}/article-${article.number}/`);
        const shown: ShownParagraph[] = html.querySelectorAll('.treaty-text .provision').map((p, i) => ({
          where: String(article.number),
          path: p.getAttribute('data-path') || `#${i}`,
          text: [text(p.querySelector('.provision__label')), text(p.querySelector('.provision__text'))].filter(Boolean).join(' '),
        }));
        problems.push(...compareParagraphs(`${id} ${lang}`, articleParagraphs(String(article.number), article.blocks), shown));
      }
      const whole = page(`/${lang}/instruments/${id}/`);
      const preamble = whole.querySelectorAll('#preamble .provision__text').map((p, i) => ({ where: 'preamble', path: `#${i}`, text: text(p) }));
      problems.push(...compareParagraphs(`${id} ${lang}`, source.preamble.map((t, i) => ({ where: 'preamble', path: `#${i}`, text: t })), preamble));
      expect(problems).toEqual([]);
    });
  }

  const legislationFiles = fs.existsSync(path.join(SOURCES, 'legislation')) ? fs.readdirSync(path.join(SOURCES, 'legislation')).filter((f) => /^[a-z]{2}\.md$/.test(f)) : [];
  it.each(legislationFiles)('legislation/%s: the country page shows each provision verbatim', (file) => {
    const iso2 = file.slice(0, 2);
    const source = parseLegislation(fs.readFileSync(path.join(SOURCES, 'legislation', file), 'utf8'));
    const html = page(`/en/legislation/${iso2}/`);
    const problems: string[] = [];
    for (const provision of source.provisions) {
      const shown = html.querySelector(`section.national-provision[id="${provision.id}"]`);
      const paragraphs = shown?.querySelectorAll('p').map((p, i) => ({ where: provision.id, path: `#${i}`, text: text(p) })) ?? [];
      problems.push(...compareParagraphs(`legislation ${iso2}`, provision.paragraphs.map((t, i) => ({ where: provision.id, path: `#${i}`, text: t })), paragraphs));
    }
    expect(problems).toEqual([]);
  });
});
