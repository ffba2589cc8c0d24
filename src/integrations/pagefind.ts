/**
 * Builds the Pagefind search index after every production build, in one place.
 * Pagefind splits the index by each page's `<html lang>`, so every site language gets its own index;
 * only elements inside `data-pagefind-body` are indexed (fallback pages leave it out), and what each page gives
 * the index besides its text is rendered by src/components/SearchIndexing.astro. Every error Pagefind returns
 * fails the build.
 *
 * Beside the index it writes each language's vocabulary (`/{lang}/search/terms/{initial}.txt`): the words of that
 * index, most widespread first, one file per initial letter, from which the search page corrects a misspelt query.
 * @see https://pagefind.app/docs/node-api/
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { initialOf, vocabularyFrom, vocabularyPath } from '#src/lib/search.ts';

/**
 * Positions per index chunk. A query downloads the chunk holding each of its words, so smaller chunks mean fewer
 * bytes per query, and each chunk adds a line to the metadata every first query loads. Pagefind's default (20 000)
 * gives chunks of about 30 KB gzip here; 1 500 gives about 3 KB, for 1.5 KB more metadata.
 * Pagefind reads it from the environment of the indexing service only (no API option yet).
 * @see https://github.com/Pagefind/pagefind/blob/main/pagefind/src/options.rs (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`)
 */
const INDEX_CHUNK_SIZE = 1500;

interface Fragment { url: string; content: string; meta: Record<string, string> }

/** The indexed pages of one language, read back from the fragments Pagefind wrote. */
function fragments(bundle: string, lang: string): Fragment[] {
  const dir = path.join(bundle, 'fragment');
  return fs.readdirSync(dir).filter((f) => f.startsWith(`${lang}_`)).map((f) => {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
  });
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'palermo-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const bundle = `${site}pagefind`;
        const started = performance.now();
        const fail = (step: string, errors: string[]) => {
          if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        const chunkSetting = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSetting ?? String(INDEX_CHUNK_SIZE);
        try {
          const { index, errors } = await pagefind.createIndex({});
          fail('createIndex', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: site });
          fail('indexing', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing from the layout?');
          const written = await index.writeFiles({ outputPath: bundle });
          fail('writing', written.errors);
        } finally {
          await pagefind.close();
          if (chunkSetting === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        }
        const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
        const counts: string[] = [];
        for (const [lang, { page_count }] of Object.entries(entry.languages)) {
          const pages = fragments(bundle, lang);
          const words = vocabularyFrom(
            pages.map((p) => `${p.content} ${Object.values(p.meta).join(' ')}`),
            pages.flatMap((p) => [p.meta.title ?? '', p.meta.terms ?? '', p.meta.defines ?? '']),
          );
          const byInitial = Map.groupBy(words, initialOf);
          const dir = path.dirname(path.join(site, vocabularyPath(lang, 'x')));
          if (!fs.existsSync(path.dirname(dir))) throw new Error(`no search page for the indexed language ${lang}: ${path.dirname(dir)} is missing`);
          fs.rmSync(dir, { recursive: true, force: true });
          fs.mkdirSync(dir, { recursive: true });
          for (const [initial, list] of byInitial) fs.writeFileSync(path.join(site, vocabularyPath(lang, initial)), `${list.join('\n')}\n`);
          counts.push(`${lang} ${page_count} pages, ${words.length} words`);
        }
        logger.info(`indexed ${counts.join('; ')} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
