/** Search as a user searches: type in a real browser, expect the right page (and paragraph) first. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '#scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '#scripts/lib/server.ts';
import { DIST } from '#tests/support/dist.ts';
import { pathOf, searchFor } from './search-helpers.ts';
import { RELEVANCE_QUERIES } from './relevance-queries.ts';
import { LANGUAGES } from '#src/registries/locales.ts';
import { RESULTS_PAGE } from '#src/lib/search.ts';

let browser: Browser;
let server: StaticServer;
const errors: string[] = [];

async function searchPage(lang: string, query = ''): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/${lang}/search/${query}`);
  return page;
}

/** What each loaded result says it is, and its title, in order (results further down load as they come into view). */
const resultLines = (page: Page) =>
  page.locator('#search-results li:not([aria-busy])').evaluateAll((items) => items.map((li) => ({
    type: li.querySelector('.search-result__type')?.textContent ?? '',
    title: li.querySelector('a')?.textContent ?? '',
    excerpt: li.querySelector('p')?.textContent ?? '',
  })));

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
    // The commonest short words ("de", "un", "o") are not sent to Pagefind, nor highlighted.
    const words = await searchFor(page, 'creación de un documento de viaje o de identidad falso');
    expect(words.slice(0, 3)).toContain('/es/instruments/som-protocol/article-6/?highlight=creacion&highlight=documento&highlight=viaje&highlight=identidad&highlight=falso#para-1-b-i');
  });

  it('French: a word search lands on the French provision paragraph and highlights the words', async () => {
    const page = await searchPage('fr');
    const links = await searchFor(page, 'responsabilité pénale des migrants');
    expect(pathOf(links[0]!)).toBe('/fr/instruments/som-protocol/article-5/');
    await page.locator('a[data-result]').first().click();
    await page.waitForURL(/\/fr\/instruments\/som-protocol\/article-5\//);
    await expect.poll(() => page.locator('mark').count()).toBeGreaterThan(0);
  });

  it('Russian and Arabic: citations in the language’s own words offer the provision', async () => {
    const ru = await searchPage('ru');
    expect((await searchFor(ru, 'ст. 6 Протокола о мигрантах'))[0]).toBe('/ru/instruments/som-protocol/article-6/');
    const ar = await searchPage('ar');
    expect((await searchFor(ar, 'المادة 18 من الاتفاقية'))[0]).toBe('/ar/instruments/untoc/article-18/');
  });

  it('practitioners’ words find the provision in another language’s index', async () => {
    const page = await searchPage('es');
    expect((await searchFor(page, 'people smuggling')).slice(0, 3).map(pathOf)).toContain('/es/instruments/som-protocol/article-3/');
  });

  it('practitioners’ words rank the provision but never show in its snippet', async () => {
    const page = await searchPage('en');
    const links = await searchFor(page, 'snakehead');
    expect(links.slice(0, 2).map(pathOf).sort()).toEqual(['/en/instruments/som-protocol/article-3/', '/en/instruments/som-protocol/article-6/']);
    for (const line of await resultLines(page)) expect(line.excerpt).not.toMatch(/snakehead|alien smuggling|coyote|·/);
  });

  it('each result says what it is and, for treaty text, which instrument', async () => {
    const page = await searchPage('es');
    await searchFor(page, 'penalización');
    const [first] = await resultLines(page);
    expect(first?.type).toMatch(/^Texto del tratado · [A-Z]+ \d+$/);
    expect(first?.title).toMatch(/^(Protocolo|Convención)[^,]*, Artículo \d+ — /);
    const home = await searchPage('en');
    await searchFor(home, 'case digests');
    const lines = await resultLines(home);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.type.trim()).not.toBe('');
  });

  it('a row label of the comparison does not make a country page a result: “humanitarian exemption” finds the cases', async () => {
    const page = await searchPage('en');
    const links = (await searchFor(page, 'humanitarian exemption')).map(pathOf);
    // The results further down load as they come into view.
    for (const li of await page.locator('#search-results li').all()) await li.scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#search-results li[aria-busy]').count()).toBe(0);
    links.splice(0, links.length, ...(await page.locator('a[data-result]').evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''))).map(pathOf));
    expect(links.length).toBe(RESULTS_PAGE);
    expect(links.every((l) => l.startsWith('/en/cases/'))).toBe(true);
    expect(links).toContain('/en/cases/eu-2025-kinsa/');
    expect(links).toContain('/en/cases/ca-2015-appulonappa/');
  });

  it('a misspelt query gets the index’s own word: results for it, and a suggestion when little is found', async () => {
    const page = await searchPage('en');
    const links = await searchFor(page, 'smugling');
    expect(await page.locator('#search-status').textContent()).toBe('No results for “smugling”. Showing results for “smuggling”.');
    expect(links.length).toBeGreaterThan(0);
    const fr = await searchPage('fr');
    await searchFor(fr, 'extradtion');
    expect(await fr.locator('#search-status').textContent()).toContain('extradition');
  });

  it('true count, a page of results at a time, and more on request', async () => {
    const page = await searchPage('en');
    await searchFor(page, 'smuggling');
    const status = (await page.locator('#search-status').textContent()) ?? '';
    const total = Number(/^(\d+)/.exec(status.replace(/,/g, ''))?.[1]);
    expect(total).toBeGreaterThan(30);
    expect(await page.locator('#search-results li').count()).toBe(RESULTS_PAGE);
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('#search-results li').count()).toBe(2 * RESULTS_PAGE);
    expect(await page.locator('#search-more').textContent()).toContain(`${2 * RESULTS_PAGE} of ${total}`);
    expect(await page.evaluate((n) => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[n], RESULTS_PAGE)).toBe(true);
  });

  it('facets: Refine shows the counts; two countries combine with OR, and the selection is in the URL', async () => {
    const open = await searchPage('en');
    await searchFor(open, 'smuggling');
    expect(await open.locator('#search-refine').isVisible()).toBe(true);
    await open.locator('#search-refine > summary').click();
    await expect.poll(() => open.locator('input[name=type][value=case]').count()).toBe(1);
    expect(await open.locator('input[name=type][value=case]').evaluate((el) => el.parentElement?.textContent)).toMatch(/Case \(\d+\)/);

    const page = await searchPage('en', '?q=smuggling&type=case&country=Peru&country=Ecuador');
    await page.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const links = (await page.locator('a[data-result]').evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''))).map(pathOf);
    expect(links.sort()).toEqual(['/en/cases/ec-2007-cuenca-shipwreck-coyotes/', '/en/cases/pe-2024-ruteros-del-norte-ley-32108/']);
    await page.locator('input[name=country][value=Peru]').uncheck();
    await expect.poll(() => page.url()).toContain('country=Ecuador');
    expect(page.url()).not.toContain('country=Peru');
  });

  it('no results: says so and suggests fewer filters and the other languages', async () => {
    const page = await searchPage('en', '?q=smuggling&type=news&country=Peru');
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
  it(`finds the expected page for ${RELEVANCE_QUERIES.length} real queries in every language`, async () => {
    const pages = new Map<string, Page>();
    const tally = new Map<string, { n: number; first: number; top3: number }>();
    const misses: string[] = [];
    for (const q of RELEVANCE_QUERIES) {
      if (!pages.has(q.lang)) pages.set(q.lang, await searchPage(q.lang));
      const links = (await searchFor(pages.get(q.lang)!, q.query)).map(pathOf);
      const right = new Set(typeof q.expect === 'string' ? [q.expect] : q.expect);
      const rank = links.findIndex((l) => right.has(l));
      const t = tally.get(q.lang) ?? { n: 0, first: 0, top3: 0 };
      t.n++;
      if (rank === 0) t.first++;
      if (rank >= 0 && rank < 3) t.top3++;
      else misses.push(`${q.lang} "${q.query}": expected ${[...right].join(' or ')}, got ${links.slice(0, 3).join(', ') || 'nothing'}`);
      if (rank > 0 && rank < 3) misses.push(`${q.lang} "${q.query}": right answer at ${rank + 1}`);
      tally.set(q.lang, t);
    }
    const pct = (a: number, b: number) => `${Math.round((100 * a) / b)}%`;
    const all = [...tally.values()].reduce((a, t) => ({ n: a.n + t.n, first: a.first + t.first, top3: a.top3 + t.top3 }), { n: 0, first: 0, top3: 0 });
    for (const [lang, t] of [...tally, ['all', all] as const]) console.log(`relevance ${lang}: first ${t.first}/${t.n} (${pct(t.first, t.n)}), top 3 ${t.top3}/${t.n} (${pct(t.top3, t.n)})`);
    if (misses.length) console.log(`not first:\n${misses.join('\n')}`);
    // Every site language has its share of the set.
    for (const lang of LANGUAGES) expect(tally.get(lang)?.n ?? 0, lang).toBeGreaterThanOrEqual(8);
    expect(all.top3 / all.n).toBeGreaterThanOrEqual(0.95);
    expect(all.first / all.n).toBeGreaterThanOrEqual(0.85);
  }, 600_000);
});
