/**
 * Comparing chosen countries, in a real browser: the choice in the URL (`?compare=pk,mx`, or the form's repeated
 * parameters), kept when the matrix filter changes; the same GET form without JavaScript reloads the full matrix.
 * On a phone (390 px) the comparison page never scrolls sideways as a whole, and the matrix headers stay in view
 * while the table scrolls in its box. The country pages of the route on a phone too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '#scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '#scripts/lib/server.ts';
import { DIST } from '#tests/support/dist.ts';

let browser: Browser;
let server: StaticServer;
let desktop: BrowserContext;
let phone: BrowserContext;

async function open(path: string, context = desktop): Promise<Page> {
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(server.url + path);
  (p as Page & { errors: string[] }).errors = errors;
  return p;
}
const errorsOf = (p: Page) => (p as Page & { errors: string[] }).errors;
/** Waits until the page's own timers have run (the URL is put back after the matrix filter's rewrite). */
const settle = (p: Page) => p.waitForTimeout(150);

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(DIST)]);
  desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('comparing chosen countries', () => {
  it('?compare=pk,mx shows Pakistan and Mexico side by side, element by element, and keeps the choice in the URL', async () => {
    const p = await open('/en/legislation/?compare=pk,mx');
    const table = p.locator('.compare-table');
    await table.waitFor();
    expect(await table.getAttribute('data-countries')).toBe('pk,mx');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Element', 'Pakistan', 'Mexico']);
    expect(await table.locator('tbody tr').count()).toBe(await p.locator('#matrix thead th[data-element]').count());
    // Cells are the matrix's own, links included.
    expect(await table.locator('tr[data-element="smuggling-offence"] td').nth(1).locator('a').getAttribute('href')).toBe('/en/legislation/mx/#art-159');
    expect(await p.locator('#compare-heading').textContent()).toBe('Side by side: Pakistan and Mexico');
    await settle(p);
    expect(new URL(p.url()).searchParams.get('compare')).toBe('pk,mx');
    expect(errorsOf(p)).toEqual([]);
    await p.close();
  });

  it('reads the repeated parameters a plain form sends, and keeps the choice when the matrix filter changes', async () => {
    const p = await open('/es/legislation/?compare=pk&compare=us&compare=mx');
    await p.locator('.compare-table').waitFor();
    expect(await p.locator('.compare-table').getAttribute('data-countries')).toBe('pk,us,mx');
    await settle(p);
    expect(new URL(p.url()).searchParams.get('compare')).toBe('pk,us,mx');
    await p.locator('facet-filter summary').first().click();
    await p.locator('facet-filter details.facet summary').first().click();
    await p.locator('facet-filter input[name="region"][value="south-asia"]').check();
    await settle(p);
    const params = new URL(p.url()).searchParams;
    expect(params.get('compare')).toBe('pk,us,mx');
    expect(params.getAll('region')).toEqual(['south-asia']);
    await p.close();
  });

  it('choosing countries in the form shows them and writes the URL; fewer than two are refused; clearing removes it', async () => {
    const p = await open('/fr/legislation/');
    await p.locator('country-compare summary').click();
    await p.locator('country-compare input[value="in"]').check();
    await p.locator('country-compare button[type="submit"]').click();
    expect(await p.locator('[data-compare-status]').textContent()).toContain('au moins 2');
    expect(await p.locator('.compare-table').count()).toBe(0);
    await p.locator('country-compare input[value="ae"]').check();
    await p.locator('country-compare button[type="submit"]').click();
    await p.locator('.compare-table').waitFor();
    expect(new URL(p.url()).searchParams.get('compare')).toBe('in,ae');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('compare-heading');
    await p.locator('[data-compare-clear]').click();
    expect(await p.locator('.compare-table').count()).toBe(0);
    expect(new URL(p.url()).searchParams.has('compare')).toBe(false);
    // Back brings the comparison back.
    await p.goBack();
    await p.locator('.compare-table').waitFor();
    await p.close();
  });

  it('allows at most four countries', async () => {
    const p = await open('/en/legislation/?compare=pk,in,bd,lk');
    await p.locator('.compare-table').waitFor();
    expect(await p.locator('.compare-table thead th').count()).toBe(5);
    expect(await p.locator('country-compare input[value="mx"]').isDisabled()).toBe(true);
    await p.close();
  });

  it('without JavaScript, the same GET form reloads this page with the full matrix', async () => {
    const noJs = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const p = await open('/en/legislation/', noJs);
    const rows = await p.locator('#matrix tr[data-country]').count();
    await p.locator('country-compare summary').click();
    expect(await p.locator('.compare-noscript').isVisible()).toBe(true);
    await p.locator('country-compare input[value="pk"]').check();
    await p.locator('country-compare input[value="mx"]').check();
    await p.locator('country-compare button[type="submit"]').click();
    await p.waitForURL(/compare=pk&compare=mx/);
    expect(new URL(p.url()).pathname).toBe('/en/legislation/');
    expect(await p.locator('#matrix tr[data-country]').count()).toBe(rows);
    expect(await p.locator('#matrix tr[data-country]:visible').count()).toBe(rows);
    await noJs.close();
  });
});

describe('on a phone (390 px)', () => {
  it.each([
    '/en/legislation/', '/ar/legislation/', '/en/legislation/?compare=pk,mx', '/ar/legislation/?compare=pk,mx,us,ca',
    '/es/legislation/mx/', '/en/legislation/gt/', '/ar/legislation/np/', '/en/legislation/ecthr/', '/ar/about/',
  ])('%s does not scroll sideways', async (path) => {
    const p = await open(path, phone);
    await settle(p);
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
    await p.close();
  });

  it.each(['/en/legislation/', '/ar/legislation/'])('%s: the matrix headers stay in view while the table scrolls in its box', async (path) => {
    const p = await open(path, phone);
    const box = p.locator('#matrix').locator('xpath=..');
    await box.evaluate((el) => { el.scrollTop = 600; el.scrollLeft = el.scrollWidth * (document.dir === 'rtl' ? -0.5 : 0.5); });
    const frame = (await box.boundingBox())!;
    const header = (await p.locator('#matrix thead th[data-element="document-offences"]').boundingBox())!;
    expect(header.y, 'the element headers stick to the top of the box').toBeLessThanOrEqual(frame.y + 2);
    const country = p.locator('#matrix tbody tr[data-country] th').nth(8);
    const c = (await country.boundingBox())!;
    // The country column sticks to the box's start edge (left, or right in Arabic), and is narrow enough to leave room.
    if (path.startsWith('/ar/')) expect(c.x + c.width).toBeGreaterThanOrEqual(frame.x + frame.width - 2);
    else expect(c.x).toBeLessThanOrEqual(frame.x + 2);
    expect(c.width).toBeLessThanOrEqual(130);
    await p.close();
  });
});
