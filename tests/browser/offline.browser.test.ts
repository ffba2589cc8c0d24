/** The offline archive: unpacked and served by any static server, the site and its search work. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '#scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '#scripts/lib/server.ts';
import { DIST } from '#tests/support/dist.ts';
import { searchFor } from './search-helpers.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-offline-'));
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  execFileSync('tar', ['-xzf', path.join(DIST, 'download/palermo-reference.tar.gz'), '-C', dir]);
  [browser, server] = await Promise.all([launchBrowser(), serveDist(dir)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('offline archive', () => {
  it('holds every page of the site, but not itself', () => {
    const count = (root: string) => Number(execFileSync('sh', ['-c', `find "${root}" -name index.html -not -path "*/download/*" | wc -l`]).toString().trim());
    expect(count(dir)).toBe(count(DIST));
    expect(fs.existsSync(path.join(dir, 'download'))).toBe(false);
  });

  it('a reading list and the pages it links work from the unpacked copy, and search finds provisions', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/guides/reading-list-defining-smuggling/`);
    const links = await page.locator('main a[href^="/"], main a[href^="."]').evaluateAll((a) => a.map((x) => (x as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(5);
    for (const url of [...new Set(links.map((l) => l.replace(/#.*$/, '')))]) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
    }
    await page.goto(`${server.url}/fr/search/`);
    const results = await searchFor(page, 'entraide judiciaire');
    expect(results[0]).toMatch(/^\/fr\/instruments\/untoc\/article-18\//);
  });
});
