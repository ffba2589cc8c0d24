/**
 * Size budgets per page type, over the built HTML and the CSS and JavaScript each page loads
 * (raw and gzip). JavaScript only where a feature needs it. Budgets are ~1.5× the size measured when set.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST, page } from '../support/dist.ts';

const KB = 1024;
/** page type → [example path, HTML gzip budget] */
const PAGES: Record<string, [string, number]> = {
  home: ['/en/', 4 * KB],
  'instruments list': ['/en/instruments/', 4 * KB],
  'whole instrument (largest: UNTOC es)': ['/es/instruments/untoc/', 60 * KB],
  'article (largest: UNTOC 18 es)': ['/es/instruments/untoc/article-18/', 18 * KB],
  'side by side': ['/en/instruments/untoc/article-18/side-by-side/es/', 30 * KB],
  'legislation matrix': ['/en/legislation/', 16 * KB],
  'country (largest: US)': ['/en/legislation/us/', 16 * KB],
  cases: ['/en/cases/', 22 * KB],
  case: ['/en/cases/ca-2015-appulonappa/', 9 * KB],
  guide: ['/en/guides/protection-and-assistance/', 16 * KB],
  news: ['/en/news/', 6 * KB],
  search: ['/en/search/', 4 * KB],
};
const CSS_BUDGET = { raw: 16 * KB, gzip: 5 * KB };
const JS_BUDGET = { raw: 16 * KB, gzip: 7 * KB };

const gzip = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length;
const file = (url: string) => fs.readFileSync(path.join(DIST, url));

/** Module scripts of a page with their static imports, as files in dist/. */
function scriptsOf(urlPath: string): string[] {
  const seen = new Set<string>();
  const visit = (src: string) => {
    if (seen.has(src)) return;
    seen.add(src);
    const code = file(src).toString('utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) visit(path.posix.join(path.posix.dirname(src), m[1]!));
  };
  for (const s of page(urlPath).querySelectorAll('script[src]')) visit(s.getAttribute('src')!);
  return [...seen];
}

describe('size budgets', () => {
  const rows: string[] = [];
  for (const [type, [url, htmlBudget]] of Object.entries(PAGES)) {
    it(`${type} (${url})`, () => {
      const html = file(path.join(url, 'index.html'));
      const css = page(url).querySelectorAll('link[rel=stylesheet]').map((l) => file(l.getAttribute('href')!));
      const js = scriptsOf(url).map(file);
      const sum = (list: Buffer[], f: (b: Buffer) => number) => list.reduce((n, b) => n + f(b), 0);
      const sizes = { html: html.length, htmlGzip: gzip(html), css: sum(css, (b) => b.length), cssGzip: sum(css, gzip), js: sum(js, (b) => b.length), jsGzip: sum(js, gzip) };
      rows.push(`${type.padEnd(40)} html ${(sizes.html / KB).toFixed(1)} KB (gzip ${(sizes.htmlGzip / KB).toFixed(1)}) · css ${(sizes.css / KB).toFixed(1)} (${(sizes.cssGzip / KB).toFixed(1)}) · js ${(sizes.js / KB).toFixed(1)} (${(sizes.jsGzip / KB).toFixed(1)})`);
      expect(sizes.htmlGzip, 'HTML gzip').toBeLessThanOrEqual(htmlBudget);
      expect(sizes.css, 'CSS').toBeLessThanOrEqual(CSS_BUDGET.raw);
      expect(sizes.cssGzip, 'CSS gzip').toBeLessThanOrEqual(CSS_BUDGET.gzip);
      expect(sizes.js, 'JS').toBeLessThanOrEqual(JS_BUDGET.raw);
      expect(sizes.jsGzip, 'JS gzip').toBeLessThanOrEqual(JS_BUDGET.gzip);
    });
  }
  it('pages without an interactive feature load no script but the site-wide shortcut', () => {
    const scripts = scriptsOf('/en/').map((s) => path.basename(s));
    expect(scripts[0]).toMatch(/^Base\.astro/);
    expect(scripts.slice(1).every((s) => s.startsWith('preload-helper'))).toBe(true);
  });
  it('prints the measured sizes', () => {
    console.log(`page weights:\n${rows.join('\n')}`);
  });
});
