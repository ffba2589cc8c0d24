/**
 * Treaty and national texts on the built pages are the primary sources, word for word.
 * Needs the primary sources beside the checkout (../shared/sources, or SOURCES_DIR).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT, SOURCES, page, text } from '#tests/support/dist.ts';
import { parseTreaty } from '#src/lib/treaty-parser.ts';
import { parseLegislation, isEditorialParagraph } from '#src/lib/legislation-parser.ts';
import { editorialNoteText } from '#src/lib/provenance-text.ts';
import { articleParagraphs, compareParagraphs, type ShownParagraph } from '#src/lib/verbatim.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

const hasSources = fs.existsSync(path.join(SOURCES, 'treaties'));
const treatyFiles = hasSources ? fs.readdirSync(path.join(SOURCES, 'treaties')).filter((f) => LANGUAGES.some((l) => f.endsWith(`.${l}.md`))) : [];

describe.skipIf(!hasSources)(`verbatim against the primary sources in ${SOURCES}`, () => {
  it('imports every authentic text the sources hold in a site language', () => {
    const imported = fs.readdirSync(path.join(CONTENT, 'instruments')).flatMap((id) =>
      LANGUAGES.filter((l) => fs.existsSync(path.join(CONTENT, 'instruments', id, `${l}.json`))).map((l) => `${id}.${l}.md`),
    );
    expect(imported.sort()).toEqual([...treatyFiles].sort());
    expect(treatyFiles.filter((f) => f.endsWith('.ru.md'))).toHaveLength(4);
  });

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
        // The article's title, as printed (a hand-edited title in the imported JSON shows up here).
        const title = text(html.querySelector('h1 .article-title'));
        if (title !== article.title) problems.push(`${id} ${lang}, art. ${article.number}: title "${title}" differs from the source "${article.title}"`);
      }
      const whole = page(`/${lang}/instruments/${id}/`);
      const preamble = whole.querySelectorAll('#preamble .provision__text').map((p, i) => ({ where: 'preamble', path: `#${i}`, text: text(p) }));
      problems.push(...compareParagraphs(`${id} ${lang}`, source.preamble.map((t, i) => ({ where: 'preamble', path: `#${i}`, text: t })), preamble));
      const chapters = whole.querySelectorAll('.chapter-title').map(text);
      if (JSON.stringify(chapters) !== JSON.stringify(source.chapters.map((c) => c.title))) {
        problems.push(`${id} ${lang}: chapter headings ${JSON.stringify(chapters)} differ from the source ${JSON.stringify(source.chapters.map((c) => c.title))}`);
      }
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
      // The compiler's editorial notes (`*[Editorial note: …]*`) show rendered: in italics, without the Markdown.
      const expected = (t: string) => (isEditorialParagraph(t) ? `[Editorial note: ${editorialNoteText(t)}]` : t);
      problems.push(...compareParagraphs(`legislation ${iso2}`, provision.paragraphs.map((t, i) => ({ where: provision.id, path: `#${i}`, text: expected(t) })), paragraphs));
    }
    expect(problems).toEqual([]);
  });
});
