/**
 * Size budgets per page type, over the built HTML and the CSS and JavaScript each page loads
 * (raw and gzip). JavaScript only where a feature needs it. Budgets are ~1.5× the size measured when set.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'node-html-parser';
import { allPages, DIST, page } from '#tests/support/dist.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

const KB = 1024;
/** page type → [example path, HTML gzip budget] */
const PAGES: Record<string, [string, number]> = {
  home: ['/en/', 4 * KB],
  'instruments list': ['/en/instruments/', 4 * KB],
  'whole instrument (largest: UNTOC es)': ['/es/instruments/untoc/', 60 * KB],
  'article (largest: UNTOC 18 es)': ['/es/instruments/untoc/article-18/', 18 * KB],
  'side by side': ['/en/instruments/untoc/article-18/side-by-side/es/', 30 * KB],
  'legislation matrix': ['/en/legislation/', 16 * KB],
  'country (largest: US)': ['/en/legislation/us/', 24 * KB],
  cases: ['/en/cases/', 40 * KB],
  case: ['/en/cases/ca-2015-appulonappa/', 10 * KB],
  guide: ['/en/guides/protection-and-assistance/', 16 * KB],
  news: ['/en/news/', 6 * KB],
  search: ['/en/search/', 4 * KB],
};
const CSS_BUDGET = { raw: 16 * KB, gzip: 5 * KB };
const JS_BUDGET = { raw: 18 * KB, gzip: 8 * KB };

const gzip = (b: Buffer) => zlib.gzipSync(b, { level: 6 }).length;
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

/**
 * Every built page has a budget, by its page type (its URL pattern). Lists that grow with content (cases,
 * countries) get a base plus a budget per item, so adding a case never needs a new number, while a page that
 * grows faster than its content does fails. A page whose URL matches no type fails too: nothing goes unmeasured.
 */
const PAGE_TYPES: { type: string; pattern: RegExp; budget: (html: string) => number }[] = [
  { type: 'language chooser', pattern: /^\/$/, budget: () => 3 * KB },
  { type: 'home', pattern: /^\/[a-z]{2}\/$/, budget: () => 6 * KB },
  { type: 'instruments list', pattern: /^\/[a-z]{2}\/instruments\/$/, budget: () => 4 * KB },
  { type: 'whole instrument', pattern: /^\/[a-z]{2}\/instruments\/[^/]+\/$/, budget: () => 60 * KB },
  { type: 'article', pattern: /^\/[a-z]{2}\/instruments\/[^/]+\/article-\d+\/$/, budget: () => 18 * KB },
  { type: 'side by side', pattern: /\/side-by-side\/[a-z]{2}\/$/, budget: () => 30 * KB },
  { type: 'legislation matrix', pattern: /^\/[a-z]{2}\/legislation\/$/, budget: (html) => 4 * KB + items(html, 'tr[data-facets]') * 0.7 * KB },
  { type: 'country', pattern: /^\/[a-z]{2}\/legislation\/[a-z]+\/$/, budget: () => 24 * KB },
  { type: 'cases list', pattern: /^\/[a-z]{2}\/cases\/$/, budget: (html) => 6 * KB + items(html, 'li[data-facets]') * 0.3 * KB },
  { type: 'case', pattern: /^\/[a-z]{2}\/cases\/[^/]+\/$/, budget: () => 10 * KB },
  { type: 'guides list', pattern: /^\/[a-z]{2}\/guides\/$/, budget: () => 6 * KB },
  { type: 'guide', pattern: /^\/[a-z]{2}\/guides\/[^/]+\/$/, budget: () => 16 * KB },
  { type: 'news list', pattern: /^\/[a-z]{2}\/news\/$/, budget: () => 6 * KB },
  { type: 'news item', pattern: /^\/[a-z]{2}\/news\/[^/]+\/$/, budget: () => 6 * KB },
  { type: 'stand-alone page', pattern: /^\/[a-z]{2}\/(about|accessibility)\/$/, budget: () => 12 * KB },
  { type: 'search', pattern: /^\/[a-z]{2}\/search\/$/, budget: () => 4 * KB },
];
const items = (html: string, selector: string) => parse(html).querySelectorAll(selector).length;

describe('a size budget on every page', () => {
  it('every built page is within the HTML budget of its type', () => {
    const over: string[] = [];
    const untyped: string[] = [];
    for (const url of allPages()) {
      const kind = PAGE_TYPES.find((t) => t.pattern.test(url));
      if (!kind) { untyped.push(url); continue; }
      const html = file(path.join(url, 'index.html'));
      const budget = kind.budget(html.toString('utf8'));
      if (gzip(html) > budget) over.push(`${url} (${kind.type}): ${(gzip(html) / KB).toFixed(1)} KB gzip > ${(budget / KB).toFixed(1)} KB`);
    }
    expect(untyped, 'pages of no known type').toEqual([]);
    expect(over).toEqual([]);
  });
});

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
    // Shared helpers only: the message formatter (printing) and Vite's preload helper.
    expect(scripts.slice(1).filter((s) => !/^(preload-helper|message)\./.test(s))).toEqual([]);
  });
  /**
   * What a first search downloads before the index and its results: the search page with its stylesheets and
   * scripts, Pagefind's script and entry file, the language's WebAssembly and metadata. The words' index chunks and
   * the first results' fragments add 10 to 15 KB, so this keeps a first search under 100 KB gzip (the target of the
   * search issue; the peer site measured 115 KB). The metadata grows with the number of pages.
   */
  it('a first search downloads at most 86 KB gzip before the index and the results, in every language', () => {
    const entry = JSON.parse(file('/pagefind/pagefind-entry.json').toString('utf8')) as { languages: Record<string, { hash: string; wasm: string }> };
    const over: string[] = [];
    for (const lang of LANGUAGES) {
      const url = `/${lang}/search/`;
      const { hash, wasm } = entry.languages[lang]!;
      const files = [
        path.join(url, 'index.html'), ...page(url).querySelectorAll('link[rel=stylesheet]').map((l) => l.getAttribute('href')!), ...scriptsOf(url),
        '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', `/pagefind/wasm.${wasm}.pagefind`, `/pagefind/pagefind.${hash}.pf_meta`,
      ];
      const total = files.reduce((n, f) => n + gzip(file(f)), 0);
      rows.push(`${`first search (${lang}), before index and results`.padEnd(40)} ${(total / KB).toFixed(1)} KB gzip`);
      if (total > 86 * KB) over.push(`${lang}: ${(total / KB).toFixed(1)} KB`);
    }
    expect(over).toEqual([]);
  });
  it('prints the measured sizes', () => {
    console.log(`page weights:\n${rows.join('\n')}`);
  });
});
