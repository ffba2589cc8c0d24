/**
 * What a reader meets on a phone (390 px) and when citing: no page scrolls sideways, a compact header with a usable
 * search box, a paragraph menu on long articles, a visible confirmation when a citation is copied, side by side that
 * keeps the paragraph and labels each language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '#scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '#scripts/lib/server.ts';
import { DIST } from '#tests/support/dist.ts';

let browser: Browser;
let server: StaticServer;
let phone: BrowserContext;

async function open(path: string, context = phone): Promise<Page> {
  const p = await context.newPage();
  await p.goto(server.url + path);
  return p;
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(DIST)]);
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('on a phone (390 px)', () => {
  it.each([
    '/en/', '/ar/', '/en/instruments/untoc/article-18/', '/ar/instruments/untoc/article-18/', '/en/legislation/', '/ar/legislation/',
    '/fr/legislation/', '/en/legislation/us/', '/en/cases/', '/ar/cases/', '/en/cases/ca-2015-b010/', '/ru/instruments/som-protocol/article-6/side-by-side/en/',
    '/en/search/?q=smuggling', '/es/guides/glossary/',
  ])('%s does not scroll sideways', async (path) => {
    const p = await open(path);
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
    await p.close();
  });

  it.each(['/en/', '/ar/', '/ru/instruments/untoc/article-18/'])('%s: the header is compact and its search box usable', async (path) => {
    const p = await open(path);
    const header = await p.locator('.site-header').boundingBox();
    const box = await p.locator('#site-search').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(150);
    expect(box!.width).toBeGreaterThanOrEqual(200);
    // Every language stays one tap away.
    expect(await p.locator('.lang-switcher a').count()).toBe(5);
    for (const target of await p.locator('.lang-switcher a').all()) expect((await target.boundingBox())!.width).toBeGreaterThanOrEqual(24);
    await p.close();
  });

  it('a long article offers a menu of its paragraphs that works without JavaScript', async () => {
    const noJs = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const p = await open('/en/instruments/untoc/article-18/', noJs);
    await p.locator('.para-menu summary').click();
    await p.locator('.para-menu a[href="#para-17"]').click();
    expect(p.url()).toMatch(/#para-17$/);
    const top = (await p.locator('#para-17').boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(844);
    await noJs.close();
  });

  it('side by side labels each paragraph with its language when the columns fold into one', async () => {
    const p = await open('/en/instruments/som-protocol/article-6/side-by-side/es/');
    const labels = await p.locator('.side-by-side .sbs-lang').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent));
    expect(labels.slice(0, 4)).toEqual(['EN', 'ES', 'EN', 'ES']);
    await p.close();
  });
});

describe('citing', () => {
  it('copying a citation shows a confirmation beside the link and copies the Treaty Series reference', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await desktop.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const p = await open('/en/instruments/som-protocol/article-6/', desktop);
    const link = p.locator('#para-1-a a[data-citation]');
    const box = await link.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    await link.click();
    await expect.poll(() => p.locator('#para-1-a .copied-badge').isVisible()).toBe(true);
    expect(await p.locator('#para-1-a .copied-badge').textContent()).toContain('Citation copied');
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(
      `Protocol against the Smuggling of Migrants by Land, Sea and Air, art. 6(1)(a)\nUnited Nations, Treaty Series, vol. 2241, p. 507\n${server.url}/en/instruments/som-protocol/article-6/#para-1-a`,
    );
    await desktop.close();
  });

  it('side by side keeps the paragraph the reader was on', async () => {
    const p = await open('/en/instruments/som-protocol/article-6/#para-3-b');
    await p.locator('.side-by-side-links a[hreflang="es"]').click();
    await p.waitForURL(/side-by-side\/es\/#para-3-b$/);
    expect(await p.locator('#para-3-b').count()).toBe(1);
    await p.close();
  });

  it('switching language keeps the paragraph too', async () => {
    const p = await open('/en/instruments/som-protocol/article-6/#para-1-a');
    await p.locator('.lang-switcher a[hreflang="ru"]').click();
    await p.waitForURL(/\/ru\/instruments\/som-protocol\/article-6\/#para-1-a$/);
    expect(await p.locator('#para-1-a').textContent()).toContain('незаконный ввоз мигрантов');
    await p.close();
  });
});

describe('without JavaScript', () => {
  it('the search page offers ways in: instruments, countries, cases by country, guides', async () => {
    const noJs = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const p = await open('/fr/search/?q=passeur', noJs);
    const links = await p.locator('main noscript a, main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/fr/instruments/', '/fr/legislation/', '/fr/cases/#by-country', '/fr/guides/glossary/']));
    await p.locator('main a[href="/fr/cases/#by-country"]').click();
    expect(await p.locator('#by-country').isVisible()).toBe(true);
    await noJs.close();
  });
});
