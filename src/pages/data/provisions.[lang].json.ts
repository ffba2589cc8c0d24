/** `/data/provisions.{lang}.json`: compact index of articles and paragraph paths, for the search box (shape: src/schemas/open-data.ts). */
import type { APIRoute } from 'astro';
import { loadInstruments, textFor } from '#src/data/instruments.ts';
import { localize } from '#src/lib/localize.ts';
import type { Lang } from '#src/registries/locales.ts';
import { provisionsFileSchema, type ProvisionsFile } from '#src/schemas/open-data.ts';
import { envelope, jsonResponse, languagePaths, url } from './_open-data.ts';

export const getStaticPaths = languagePaths;

type Entry = ProvisionsFile['instruments'][keyof ProvisionsFile['instruments']];

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const instruments = await loadInstruments();
  const index = Object.fromEntries(
    instruments.map((instrument): [string, Entry] => {
      const { text, fallback } = textFor(instrument, lang);
      return [instrument.meta.code, {
        id: instrument.id as Entry['id'],
        shortName: localize(instrument.meta.shortName, lang).value,
        url: url(lang, { kind: 'instrument', id: instrument.id }),
        fallback,
        articles: text.articles.map((a) => ({
          number: a.number,
          title: a.title,
          paths: a.blocks.flatMap((b) => (b.path ? [b.path.join('-')] : [])),
        })),
      }];
    }),
  ) as ProvisionsFile['instruments'];
  const data: ProvisionsFile = { ...envelope(), language: lang, instruments: index };
  return jsonResponse(provisionsFileSchema, data, `provisions.${lang}.json`);
};
