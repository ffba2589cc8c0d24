/**
 * Packs the built site, search index included, into dist/download/palermo-reference.tar.gz so a trainer
 * going somewhere without reliable internet can keep it and serve it locally with one command
 * (`python3 -m http.server`); Pagefind search works from any static server. Runs after the search index is written.
 */
import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const OFFLINE_ARCHIVE = 'download/palermo-reference.tar.gz';

export default function offlineArchive(): AstroIntegration {
  return {
    name: 'palermo-offline-archive',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const target = `${site}${OFFLINE_ARCHIVE}`;
        fs.mkdirSync(`${site}download`, { recursive: true });
        try {
          execFileSync('tar', ['-czf', target, '--exclude=./download', '-C', site, '.']);
        } catch (error) {
          throw new Error(`Could not pack the offline archive with tar (${(error as Error).message}); tar is needed to build the site`);
        }
        logger.info(`${OFFLINE_ARCHIVE}: ${(fs.statSync(target).size / 1024 / 1024).toFixed(1)} MB`);
      },
    },
  };
}
