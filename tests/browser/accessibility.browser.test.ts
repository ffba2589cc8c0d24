/**
 * On a page of every type, in every language, light and dark: axe-core (WCAG 2.2 AA rules) finds no
 * serious or critical violation, the landmarks are each named and told apart (axe's landmark rules, which it rates
 * only "moderate", fail too: two unnamed search forms on one page read alike), nothing is requested from another
 * origin, and the console stays clean (a Content-Security-Policy violation is a console error).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '#scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '#scripts/lib/server.ts';
import { CONTENT, DIST } from '#tests/support/dist.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Rules that fail at any impact: landmarks a screen-reader user moves between. */
const LANDMARK_RULE = /^(landmark-|region$)/;

/** One page of each type (paths without the language). */
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  instruments: '/instruments/',
  'whole instrument': '/instruments/som-protocol/',
  article: '/instruments/som-protocol/article-6/',
  'side by side': '/instruments/som-protocol/article-6/side-by-side/en/',
  'legislation matrix': '/legislation/',
  country: '/legislation/pe/',
  'country without a law held': '/legislation/gt/',
  'supranational court': '/legislation/ecthr/',
  'countries compared side by side': '/legislation/?compare=pk,mx',
  cases: '/cases/',
  case: '/cases/ca-2015-appulonappa/',
  guides: '/guides/',
  guide: '/guides/what-is-migrant-smuggling/',
  news: '/news/',
  'news item': '/news/2023-03-14-brasilia-transregional-meeting/',
  about: '/about/',
  accessibility: '/accessibility/',
  search: '/search/?q=smuggling',
};

let browser: Browser;
let server: StaticServer;
beforeAll(async () => { [browser, server] = await Promise.all([launchBrowser(), serveDist(DIST, '/', { '/__test__/axe.min.js': AXE })]); });
afterAll(async () => { await browser?.close(); await server?.close(); });

describe.each(['light', 'dark'] as const)('%s colour scheme', (scheme) => {
  it.each(LANGUAGES)('%s: no serious or critical axe violation and no unnamed or look-alike landmark on any page type', async (lang) => {
    const page = await browser.newPage({ colorScheme: scheme });
    const problems: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(server.url.replace(/\/$/, ''))) problems.push(`request to another origin: ${r.url()}`); });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`); });
    for (const [type, pagePath] of Object.entries(PAGE_TYPES)) {
      // Side by side: beside English, or beside Spanish for English itself and for a language without its own text.
      const beside = lang === 'en' || !fs.existsSync(path.join(CONTENT, 'instruments', 'som-protocol', `${lang}.json`)) ? 'es' : 'en';
      const url = pagePath === '/' ? `/${lang}/` : `/${lang}${pagePath.replace('/side-by-side/en/', `/side-by-side/${beside}/`)}`;
      await page.goto(server.url + url);
      if (type === 'search') await page.waitForFunction(() => document.querySelectorAll('a[data-result]').length > 0);
      if (type === 'countries compared side by side') await page.waitForSelector('.compare-table');
      // Loaded from the page's own origin: the site's CSP allows no inline script.
      await page.addScriptTag({ url: `${new URL(server.url).origin}/__test__/axe.min.js` });
      const violations = await page.evaluate(async ({ tags, landmark }) => {
        const landmarkRule = new RegExp(landmark);
        const result = await (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ runOnly: { type: 'tag', values: tags } });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || landmarkRule.test(v.id)).map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }, { tags: TAGS, landmark: LANDMARK_RULE.source });
      problems.push(...violations.map((v) => `${type} ${url}: ${v}`));
      // Navigation, search and region landmarks each carry a name of their own (axe checks uniqueness, not presence).
      const unnamed = await page.evaluate(() => [...document.querySelectorAll('nav, [role="search"], [role="region"], section[aria-labelledby], section[aria-label], aside')]
        .filter((el) => {
          const ids = el.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
          const name = el.getAttribute('aria-label') ?? ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
          return !name.trim();
        })
        .map((el) => el.outerHTML.slice(0, 80)));
      problems.push(...unnamed.map((html) => `${type} ${url}: landmark without a name: ${html}`));
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 180_000);
});
