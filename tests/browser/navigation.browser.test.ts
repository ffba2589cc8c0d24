/** Language switching, deep links and the copy-citation action, in headless Chromium against the built site. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '#scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '#scripts/lib/server.ts';
import { DIST } from '#tests/support/dist.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

let browser: Browser;
let server: StaticServer;
const errors: string[] = [];
const external: string[] = [];

async function open(path: string, options: { locale?: string; javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-GB', javaScriptEnabled: options.javaScript ?? true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const p = await context.newPage();
  p.on('console', (m) => { if (m.type() === 'error') errors.push(`${path}: ${m.text()}`); });
  p.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  p.on('request', (r) => { if (!r.url().startsWith(server.url.replace(/\/$/, ''))) external.push(r.url()); });
  await p.goto(server.url + path);
  return p;
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(DIST)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The jurisdiction of every case in content/, read from the case files. */
function caseCountries(): string[] {
  const dir = path.resolve(import.meta.dirname, '../../content/cases');
  return fs.readdirSync(dir).map((slug) => /^country: (\S+)$/m.exec(fs.readFileSync(path.join(dir, slug, 'case.yaml'), 'utf8'))![1]!);
}

describe('languages', () => {
  it.each(LANGUAGES)('the %s home page renders with its lang attribute', async (lang) => {
    const p = await open(`/${lang}/`);
    expect(await p.getAttribute('html', 'lang')).toBe(lang);
    expect(await p.locator('h1').textContent()).toBeTruthy();
  });

  it('`/` sends a Spanish browser to /es/ and an Arabic one to /ar/, and shows a link per language without JavaScript', async () => {
    const p = await open('/', { locale: 'es-ES' });
    await p.waitForURL(/\/es\/$/);
    const ar = await open('/', { locale: 'ar-AE' });
    await ar.waitForURL(/\/ar\/$/);
    expect(await ar.getAttribute('html', 'dir')).toBe('rtl');
    const noJs = await open('/', { javaScript: false });
    expect(await noJs.locator('main a').count()).toBe(LANGUAGES.length);
  });

  it('the switcher lands on the same page in the other language', async () => {
    const p = await open('/en/instruments/som-protocol/article-6/');
    await p.locator('.lang-switcher a[hreflang="fr"]').click();
    await p.waitForURL(/\/fr\/instruments\/som-protocol\/article-6\/$/);
    expect(await p.getAttribute('html', 'lang')).toBe('fr');
    expect(await p.locator('h1').textContent()).toContain('Article 6');
    expect(await p.locator('#para-1-a').textContent()).toContain('trafic illicite de migrants');
  });
});

describe('deep links and citation', () => {
  it('a paragraph link opens with that paragraph targeted and in view', async () => {
    const p = await open('/en/instruments/som-protocol/article-6/#para-1-b-ii');
    const target = p.locator('#para-1-b-ii');
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect.poll(() => target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box!.y).toBeLessThan(900);
  });

  it('copy citation puts the long citation and the permalink on the clipboard', async () => {
    const p = await open('/en/instruments/som-protocol/article-6/');
    await p.locator('#para-1-a a[data-citation]').click();
    await expect.poll(() => p.evaluate(() => navigator.clipboard.readText())).toBe(
      `Protocol against the Smuggling of Migrants by Land, Sea and Air, art. 6(1)(a)\nUnited Nations, Treaty Series, vol. 2241, p. 507\n${server.url}/en/instruments/som-protocol/article-6/#para-1-a`,
    );
    expect(await p.locator('#copy-status').textContent()).toContain('Citation copied');
    expect(p.url()).not.toContain('#para-1-a');
  });
});

describe('list filters', () => {
  it('case digests filter by two countries (OR) and an outcome (AND), kept in the URL; without JavaScript all are listed', async () => {
    const p = await open('/en/cases/');
    await p.locator('.facets-toggle > summary').click();
    await p.locator('details.facet', { hasText: 'Country' }).locator('summary').click();
    await p.locator('input[name=country][value=us]').check();
    await p.locator('input[name=country][value=it]').check();
    const inContent = caseCountries();
    const usOrIt = inContent.filter((c) => c === 'us' || c === 'it').length;
    await expect.poll(() => p.locator('#case-list li[data-facets]:not([hidden])').count()).toBe(usOrIt);
    // Countries with no case left in the selection disappear with their heading.
    expect(await p.locator('#cases-pk').isHidden()).toBe(true);
    await p.locator('details.facet', { hasText: 'Outcome' }).locator('summary').click();
    await p.locator('input[name=outcome][value=convicted]').check();
    const shown = await p.locator('#case-list li[data-facets]:not([hidden]) h3 a').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
    expect(shown.every((h) => /\/cases\/(us|it)-/.test(h ?? ''))).toBe(true);
    expect(p.url()).toContain('country=it&country=us&outcome=convicted');
    expect(await p.locator('.facet-count').textContent()).toBe(`${shown.length} of ${inContent.length} cases`);
    const noJs = await open('/en/cases/', { javaScript: false });
    expect(await noJs.locator('#case-list li[data-facets]').count()).toBe(inContent.length);
    // Without JavaScript, the index of countries leads to each country's cases.
    await noJs.locator('.jurisdiction-index a[href="#cases-pk"]').click();
    expect(await noJs.locator('#cases-pk h3').count()).toBe(inContent.filter((c) => c === 'pk').length);
    expect(await noJs.locator('.facets-toggle').isVisible()).toBe(false);
  });

  it('the legislation matrix filters by region', async () => {
    const p = await open('/en/legislation/?region=oceania');
    await expect.poll(() => p.locator('#matrix tr[data-country]:not([hidden]) th a').allTextContents()).toEqual(['Australia']);
  });
});

describe('every page load', () => {
  it('stays on this origin and logs no error', () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
