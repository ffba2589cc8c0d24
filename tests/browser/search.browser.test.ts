/** Search as a user searches: type in a real browser, expect the right page (and paragraph) first. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/server.ts';
import { DIST } from '../support/dist.ts';
import { pathOf, searchFor } from './search-helpers.ts';
import { RELEVANCE_QUERIES } from './relevance-queries.ts';

let browser: Browser;
let server: StaticServer;
const errors: string[] = [];

async function searchPage(lang: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/${lang}/search/`);
  return page;
}

beforeAll(async () => { [browser, server] = await Promise.all([launchBrowser(), serveDist(DIST)]); });
afterAll(async () => { await browser?.close(); await server?.close(); });

describe('search in each language', () => {
  it('English: a citation offers the provision first, at its paragraph anchor', async () => {
    const page = await searchPage('en');
    const links = await searchFor(page, 'SOM 6(1)(a)');
    expect(links[0]).toBe('/en/instruments/som-protocol/article-6/#para-1-a');
    await page.locator('a[data-result]').first().click();
    await page.waitForURL(/article-6\/#para-1-a$/);
    expect(await page.locator('#para-1-a').evaluate((el) => el.matches(':target'))).toBe(true);
  });

  it('Spanish: "Protocolo art. 6" finds the Spanish text of SOM 6', async () => {
    const page = await searchPage('es');
    const links = await searchFor(page, 'Protocolo art. 6');
    expect(links[0]).toBe('/es/instruments/som-protocol/article-6/');
    const words = await searchFor(page, 'creación de un documento de viaje o de identidad falso');
    expect(words.slice(0, 3)).toContain('/es/instruments/som-protocol/article-6/?highlight=creacion&highlight=de&highlight=un&highlight=documento&highlight=de&highlight=viaje&highlight=o&highlight=de&highlight=identidad&highlight=falso#para-1-b-i');
  });

  it('French: a word search lands on the French provision paragraph and highlights the words', async () => {
    const page = await searchPage('fr');
    const links = await searchFor(page, 'responsabilité pénale des migrants');
    expect(pathOf(links[0]!)).toBe('/fr/instruments/som-protocol/article-5/');
    await page.locator('a[data-result]').first().click();
    await page.waitForURL(/\/fr\/instruments\/som-protocol\/article-5\//);
    await expect.poll(() => page.locator('mark').count()).toBeGreaterThan(0);
  });

  it('practitioners’ words find the provision in another language’s index', async () => {
    const page = await searchPage('es');
    expect((await searchFor(page, 'people smuggling')).slice(0, 3).map(pathOf)).toContain('/es/instruments/som-protocol/article-3/');
  });

  it('facets: two countries combine with OR, and the selection is in the URL', async () => {
    const page = await searchPage('en');
    await page.goto(`${server.url}/en/search/?q=smuggling&type=case&country=Peru&country=Ecuador`);
    await page.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const links = (await page.locator('a[data-result]').evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''))).map(pathOf);
    expect(links.sort()).toEqual(['/en/cases/ec-2007-cuenca-shipwreck-coyotes/', '/en/cases/pe-2024-ruteros-del-norte-ley-32108/']);
    await page.locator('input[name=country][value=Peru]').uncheck();
    await expect.poll(() => page.url()).toContain('country=Ecuador');
    expect(page.url()).not.toContain('country=Peru');
  });

  it('no results: says so and suggests fewer filters and the other languages', async () => {
    const page = await searchPage('en');
    await page.goto(`${server.url}/en/search/?q=smuggling&type=news&country=Peru`);
    await page.waitForFunction(() => /No results/.test(document.querySelector('#search-empty')?.textContent ?? ''));
    const text = await page.locator('#search-empty').textContent();
    expect(text).toContain('removing filters');
    expect(text).toContain('the same search in Español');
    expect(await page.locator('#search-status').textContent()).toBe('0 results for “smuggling”');
  });

  it('keyboard: / focuses search from any page; arrows move into the results; Enter opens', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/instruments/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('Appulonappa');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=Appulonappa/);
    await page.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^\/en\/cases\/ca-2015-appulonappa\//);
    await page.keyboard.press('Enter');
    await page.waitForURL(/ca-2015-appulonappa/);
  });

  it('widening to all languages returns results from the other indexes', async () => {
    const page = await searchPage('en');
    await page.locator('input[name=all]').check();
    const links = await searchFor(page, 'traite des personnes');
    expect(links.some((l) => l.startsWith('/fr/'))).toBe(true);
  });

  it('logged no error', () => expect(errors).toEqual([]));
});

describe('relevance', () => {
  it(`finds the expected page for ${RELEVANCE_QUERIES.length} real queries`, async () => {
    const pages = new Map<string, Page>();
    let first = 0;
    let top3 = 0;
    const misses: string[] = [];
    for (const q of RELEVANCE_QUERIES) {
      if (!pages.has(q.lang)) pages.set(q.lang, await searchPage(q.lang));
      const links = (await searchFor(pages.get(q.lang)!, q.query)).map(pathOf);
      const rank = links.indexOf(q.expect);
      if (rank === 0) first++;
      if (rank >= 0 && rank < 3) top3++;
      else misses.push(`${q.lang} "${q.query}": expected ${q.expect}, got ${links.slice(0, 3).join(', ') || 'nothing'}`);
    }
    const n = RELEVANCE_QUERIES.length;
    console.log(`relevance: first ${first}/${n} (${Math.round((100 * first) / n)}%), top 3 ${top3}/${n} (${Math.round((100 * top3) / n)}%)`);
    if (misses.length) console.log(`not in the top 3:\n${misses.join('\n')}`);
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(top3 / n).toBeGreaterThanOrEqual(0.85);
    expect(first / n).toBeGreaterThanOrEqual(0.6);
  }, 300_000);
});
