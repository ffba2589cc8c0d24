/** `/data/instruments.{lang}.json`: every instrument with its text in the language (shape: src/schemas/open-data.ts). */
import type { APIRoute } from 'astro';
import { loadInstruments, textFor } from '#src/data/instruments.ts';
import { formatCitation, paragraphAnchor } from '#src/lib/citation.ts';
import { localize } from '#src/lib/localize.ts';
import type { Lang } from '#src/registries/locales.ts';
import { instrumentsFileSchema, type InstrumentsFile } from '#src/schemas/open-data.ts';
import { envelope, jsonResponse, languagePaths, url } from './_open-data.ts';

export const getStaticPaths = languagePaths;

async function instrumentsFile(lang: Lang): Promise<InstrumentsFile> {
  const instruments = await loadInstruments();
  return {
    ...envelope(),
    language: lang,
    instruments: instruments.map((instrument) => {
      const { text, fallback } = textFor(instrument, lang);
      const { id, meta } = instrument;
      return {
        id: id as InstrumentsFile['instruments'][number]['id'],
        code: meta.code,
        name: localize(meta.title, lang).value,
        shortName: localize(meta.shortName, lang).value,
        url: url(lang, { kind: 'instrument', id }),
        textLanguage: fallback ? 'en' : lang,
        fallback,
        title: text.title,
        status: text.status,
        source: text.source,
        completeness: text.completeness,
        normalisations: text.normalisations,
        preamble: text.preamble,
        chapters: text.chapters,
        articles: text.articles.map((article) => {
          const articleUrl = url(lang, { kind: 'article', id, article: article.number });
          return {
            number: article.number,
            title: article.title,
            chapter: article.chapter,
            citation: formatCitation({ code: meta.code, article: article.number, path: [] }),
            url: articleUrl,
            paragraphs: article.blocks.map((block) => ({
              path: block.path ? block.path.join('-') : null,
              label: block.label,
              level: block.level,
              text: block.text,
              anchor: block.path ? paragraphAnchor(block.path) : null,
              citation: block.path ? formatCitation({ code: meta.code, article: article.number, path: block.path }) : null,
              url: block.path ? url(lang, { kind: 'article', id, article: article.number, path: block.path }) : articleUrl,
            })),
          };
        }),
        testimonium: text.testimonium,
      };
    }),
  };
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  return jsonResponse(instrumentsFileSchema, await instrumentsFile(lang), `instruments.${lang}.json`);
};
