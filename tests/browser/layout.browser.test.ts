/**
 * Layout a reader notices on a wide screen: a list of terms and values (case details, a law's provenance) gives the
 * values the room they need, in every language, however long a term is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '#scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '#scripts/lib/server.ts';
import { DIST } from '#tests/support/dist.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => { [browser, server] = await Promise.all([launchBrowser(), serveDist(DIST)]); });
afterAll(async () => { await browser?.close(); await server?.close(); });

describe('wide screen', () => {
  it.each(LANGUAGES)('%s: case details and a law’s provenance give each value at least half the line', async (lang) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const squeezed: string[] = [];
    for (const path of [`/${lang}/cases/ca-2015-appulonappa/`, `/${lang}/legislation/mx/`]) {
      await page.goto(server.url + path);
      squeezed.push(...await page.evaluate((p) => [...document.querySelectorAll('main dl')].flatMap((dl) => {
        const width = dl.getBoundingClientRect().width;
        return [...dl.querySelectorAll(':scope > dd')].filter((dd) => dd.getBoundingClientRect().width < width / 2)
          .map((dd) => `${p}: “${dd.textContent!.trim().slice(0, 30)}” is ${Math.round(dd.getBoundingClientRect().width)} of ${Math.round(width)} px`);
      }), path));
    }
    await page.close();
    expect(squeezed).toEqual([]);
  });
});
