/**
 * Builds the Pagefind search index after every production build, in one place.
 * Pagefind splits the index by each page's `<html lang>`, so every site language gets its own index;
 * only elements inside `data-pagefind-body` are indexed (fallback pages leave it out).
 * Every error Pagefind returns fails the build.
 * @see https://pagefind.app/docs/node-api/
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'palermo-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const fail = (step: string, errors: string[]) => {
          if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        const { index, errors } = await pagefind.createIndex({});
        fail('createIndex', errors);
        if (!index) throw new Error('Pagefind returned no index');
        const added = await index.addDirectory({ path: site });
        fail('indexing', added.errors);
        if (added.page_count === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing from the layout?');
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        fail('writing', written.errors);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
