/**
 * Printing, as a prosecutor prints an article, a case or a country's law for a file: the printout opens with the
 * page's full address and the date printed, closes with what the texts are (reproductions, not the UN's certified
 * texts), follows each link with its full address (once), uses the width of the paper and leaves out the site's
 * navigation. The page is printed as the browser prints it: print media, after the `beforeprint` event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '#scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '#scripts/lib/server.ts';
import { DIST } from '#tests/support/dist.ts';
import { dictionaries } from '#src/i18n/index.ts';
import { LOCALES, type Lang } from '#src/registries/locales.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => { [browser, server] = await Promise.all([launchBrowser(), serveDist(DIST)]); });
afterAll(async () => { await browser?.close(); await server?.close(); });

async function printed(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url + path);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  return page;
}

const PAGES: [string, Lang][] = [
  ['/en/instruments/som-protocol/article-6/', 'en'],
  ['/en/cases/ca-2015-appulonappa/', 'en'],
  ['/en/legislation/mx/', 'en'],
  ['/ar/instruments/som-protocol/article-6/', 'ar'],
  ['/fr/cases/ca-2015-appulonappa/', 'fr'],
];

describe('printing', () => {
  it.each(PAGES)('%s: address and date on top, what the texts are at the end, no navigation, full width', async (path, lang) => {
    const page = await printed(path);
    const shown = await page.evaluate(() => {
      const visible = (sel: string) => !!document.querySelector(sel)?.checkVisibility();
      const meta = document.querySelector<HTMLElement>('.print-meta')!;
      return {
        meta: visible('.print-meta') ? meta.textContent!.replace(/\s+/g, ' ').trim() : null,
        urlDir: meta.querySelector('[data-print-url]')?.getAttribute('dir'),
        footer: visible('.site-footer') ? document.querySelector('.site-footer p')!.textContent!.trim() : null,
        chrome: ['.site-header', '.breadcrumbs', '.lang-switcher', '.site-footer a', '.article-nav'].filter(visible),
        mainWidth: document.querySelector('main')!.getBoundingClientRect().width,
        pageWidth: document.documentElement.clientWidth,
      };
    });
    const d = dictionaries[lang];
    const date = new Intl.DateTimeFormat(LOCALES[lang].intl, { dateStyle: 'long' }).format(new Date());
    expect(shown.meta).toContain(`${server.url}${path}`);
    expect(shown.meta).toContain(d['page.printedOn'].replace('{date}', date));
    expect(shown.urlDir, 'the address keeps its own direction in a right-to-left page').toBe('ltr');
    expect(shown.footer).toBe(d['footer.disclaimer']);
    expect(shown.chrome).toEqual([]);
    expect(shown.mainWidth).toBeGreaterThan(shown.pageWidth * 0.9);
    await page.close();
  });

  it('links print their full address once: a site link gets it, a source that shows its address does not repeat it', async () => {
    const page = await printed('/en/cases/ca-2015-appulonappa/');
    const after = await page.evaluate(() => {
      const content = (a: Element | null) => (a ? getComputedStyle(a, '::after').content : null);
      return {
        site: content(document.querySelector('main a[href*="/instruments/som-protocol/article-6/"]')),
        source: content(document.querySelector('main .sources a')),
      };
    });
    expect(after.site).toContain(`${server.url}/en/instruments/som-protocol/article-6/`);
    expect(after.source).toBe('none');
    await page.close();
  });
});
