/**
 * Builds the Pagefind search index after every production build, in one place.
 * Pagefind splits the index by each page's `<html lang>`, so every site language gets its own index; the languages are
 * indexed one after another (see `indexLanguage`);
 * only elements inside `data-pagefind-body` are indexed (fallback pages leave it out), and what each page gives
 * the index besides its text is rendered by src/components/SearchIndexing.astro. Every error Pagefind returns
 * fails the build.
 *
 * Beside the index it writes each language's vocabulary (`/{lang}/search/terms/{initial}.txt`): the words of that
 * index, most widespread first, one file per initial letter, from which the search page corrects a misspelt query.
 * @see https://pagefind.app/docs/node-api/
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { minifySync } from 'vite';
import { gzipAsync } from '@gfx/zopfli';
import { initialOf, vocabularyFrom, vocabularyPath } from '#src/lib/spelling.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

/**
 * Positions per index chunk. A query downloads the chunk holding each of its words, so smaller chunks mean fewer
 * bytes per query, and each chunk adds a line to the metadata every first query loads. Pagefind's default (20 000)
 * gives chunks of about 30 KB gzip here; 1 500 gives about 3 KB, for 1.5 KB more metadata.
 * Pagefind reads it from the environment of the indexing service only (no API option yet).
 * @see https://github.com/Pagefind/pagefind/blob/main/pagefind/src/options.rs (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`)
 */
const INDEX_CHUNK_SIZE = 1500;

/**
 * Pagefind's scripts that pages load, minified with the minifier that builds the site's own scripts: Pagefind ships
 * `pagefind.js` with only whitespace removed and `pagefind-highlight.js` not minified. Renaming local names takes
 * `pagefind.js`, which every first search downloads, from 13.1 to 10.8 KB gzip. Exports and behaviour are unchanged
 * (the browser tests search and highlight with them); license comments are kept, at the end of the file.
 */
const MINIFIED_SCRIPTS = ['pagefind.js', 'pagefind-highlight.js'];

function minifyScripts(bundle: string) {
  for (const name of MINIFIED_SCRIPTS) {
    const file = path.join(bundle, name);
    const result = minifySync(name, fs.readFileSync(file, 'utf8'), { module: true, compress: true, mangle: true, codegen: { legalComments: 'eof' } });
    if (result.errors.length) throw new Error(`minifying ${file} failed:\n${result.errors.map((e) => e.message).join('\n')}`);
    fs.writeFileSync(file, result.code);
  }
}

/**
 * Pagefind's WebAssembly for each indexed language, recompressed with Zopfli: the same gzip format Pagefind reads,
 * about 5 % smaller (English: 58.4 → 55.6 KB), and every first search downloads it. Zopfli takes about a second per
 * file, so each result is kept in the build cache, named by the digest of the file Pagefind wrote (which changes only
 * with Pagefind's version). The index and fragments stay as Pagefind writes them: they grow with the content.
 * @see https://github.com/google/zopfli
 */
async function recompressWasm(bundle: string, wasm: readonly string[], cacheDir: string) {
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const name of new Set(wasm)) {
    const file = path.join(bundle, `wasm.${name}.pagefind`);
    const written = fs.readFileSync(file);
    const raw = zlib.gunzipSync(written);
    const cached = path.join(cacheDir, `${createHash('sha256').update(written).digest('hex')}.gz`);
    const smaller = fs.existsSync(cached) ? fs.readFileSync(cached) : Buffer.from(await gzipAsync(raw, { numiterations: 5 }));
    if (!zlib.gunzipSync(smaller).equals(raw)) throw new Error(`recompressing ${file} changed its content (cache ${cached})`);
    if (!fs.existsSync(cached)) {
      const partial = `${cached}.${process.pid}`;
      fs.writeFileSync(partial, smaller);
      fs.renameSync(partial, cached);
    }
    if (smaller.length < written.length) fs.writeFileSync(file, smaller);
  }
}

interface Entry { version: string; languages: Record<string, { hash: string; wasm: string; page_count: number }>; [key: string]: unknown }

/**
 * Indexes the pages under `/{lang}/` (they all have `<html lang="{lang}">`) into a bundle of their own, then moves its
 * files into the site's bundle and returns its entry. Pagefind holds every page it indexes in memory until it writes
 * the index, so one language at a time keeps its peak at the largest language's share rather than the whole site's;
 * each language's files carry its code in their names, and the files every bundle has (scripts, wasm) are the same.
 */
async function indexLanguage(site: string, bundle: string, lang: string, fail: (step: string, errors: string[]) => void): Promise<Entry | null> {
  if (!fs.existsSync(path.join(site, lang))) return null;
  const { index, errors } = await pagefind.createIndex({});
  fail('createIndex', errors);
  if (!index) throw new Error('Pagefind returned no index');
  try {
    const added = await index.addDirectory({ path: site, glob: `${lang}/**/*.html` });
    fail(`indexing ${lang}`, added.errors);
    if (added.page_count === 0) return null;
    const own = `${bundle}-${lang}`;
    fs.rmSync(own, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: own });
    fail(`writing ${lang}`, written.errors);
    const entry = JSON.parse(fs.readFileSync(path.join(own, 'pagefind-entry.json'), 'utf8')) as Entry;
    fs.cpSync(own, bundle, { recursive: true });
    fs.rmSync(own, { recursive: true, force: true });
    return entry;
  } finally {
    await index.deleteIndex();
  }
}

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
  let cacheDir = '';
  return {
    name: 'palermo-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'pagefind-wasm');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const bundle = `${site}pagefind`;
        const started = performance.now();
        const fail = (step: string, errors: string[]) => {
          if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        const chunkSetting = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSetting ?? String(INDEX_CHUNK_SIZE);
        let entry: Entry | undefined;
        fs.rmSync(bundle, { recursive: true, force: true });
        try {
          for (const lang of LANGUAGES) {
            const own = await indexLanguage(site, bundle, lang, fail);
            if (own) entry = { ...own, languages: { ...entry?.languages, ...own.languages } };
          }
        } finally {
          await pagefind.close();
          if (chunkSetting === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        }
        if (!entry) throw new Error('Pagefind indexed no page: is data-pagefind-body missing from the layout?');
        fs.writeFileSync(path.join(bundle, 'pagefind-entry.json'), JSON.stringify(entry));
        minifyScripts(bundle);
        await recompressWasm(bundle, Object.values(entry.languages).map((l) => l.wasm), cacheDir);
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
