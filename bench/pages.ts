/**
 * Page weight and load metrics of each page type in each language, in headless Chromium against the built site
 * served locally, each load in a new browser context (cold cache).
 *
 *   npm run bench:pages [-- --runs 3] [--lang en,fr] [--only home,case] [--throttle] [--wait-idle] [--dist dir] [--no-snapshot] [--out file]
 *
 * Weight: the bytes of every response the page requested until the network is quiet (HTML, CSS, JS, other), raw as the
 * files are and a gzip -6 estimate (the test server does not compress), and the number of requests.
 * Metrics (Lighthouse-style, measured in the page with PerformanceObservers installed before any page script):
 *   FCP   first-contentful-paint;
 *   LCP   the last largest-contentful-paint entry (buffered) once the page is loaded and the network quiet;
 *   CLS   the largest session window of layout shifts without recent input (gap < 1 s, window ≤ 5 s);
 *   DCL, load  domContentLoadedEventEnd and loadEventEnd of the navigation entry;
 *   TBT   sum over long tasks ('longtask' entries) after FCP of (duration − 50 ms), the part before FCP excluded —
 *         Lighthouse stops at Time to Interactive, here at the end of the observation (load + quiet network).
 * Medians over the runs. Unthrottled by default (localhost, desktop viewport 1350×940); `--throttle` applies
 * Lighthouse's mobile-like DevTools throttling (150 ms RTT, 1.6 Mbps down, 750 kbps up, CPU ×4) through CDP.
 * Writes bench/results/pages-<date>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Request } from 'playwright-core';
import { launchBrowser } from '#scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '#scripts/lib/server.ts';
import { arg, checkIdle, cpuBusy, environment, fileSizes, flag, kb, markdownTable, median, ms, siteSnapshot, table, writeResults } from './web-lib.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

type Lang = 'en' | 'es' | 'fr';
const LANGS = (arg('lang')?.split(',') ?? LANGUAGES) as Lang[];
const RUNS = Number(arg('runs') ?? 3);
const THROTTLE = flag('throttle');
const VIEWPORT = { width: 1350, height: 940 };
const SIDE_BY_SIDE_OTHER: Record<Lang, Lang> = { en: 'es', es: 'en', fr: 'en' };

/** One representative page of each type. */
const PAGE_TYPES: { type: string; path: (l: Lang) => string }[] = [
  { type: 'home', path: (l) => `/${l}/` },
  { type: 'instruments list', path: (l) => `/${l}/instruments/` },
  { type: 'instrument (UNTOC)', path: (l) => `/${l}/instruments/untoc/` },
  { type: 'article (SOM 6)', path: (l) => `/${l}/instruments/som-protocol/article-6/` },
  { type: 'side-by-side', path: (l) => `/${l}/instruments/som-protocol/article-6/side-by-side/${SIDE_BY_SIDE_OTHER[l]}/` },
  { type: 'legislation matrix', path: (l) => `/${l}/legislation/` },
  { type: 'country (ca)', path: (l) => `/${l}/legislation/ca/` },
  { type: 'cases list', path: (l) => `/${l}/cases/` },
  { type: 'case (Appulonappa)', path: (l) => `/${l}/cases/ca-2015-appulonappa/` },
  { type: 'guides list', path: (l) => `/${l}/guides/` },
  { type: 'guide', path: (l) => `/${l}/guides/what-is-migrant-smuggling/` },
  { type: 'news', path: (l) => `/${l}/news/` },
  { type: 'search', path: (l) => `/${l}/search/` },
];
const ONLY = arg('only')?.split(',');
const TYPES = ONLY ? PAGE_TYPES.filter((p) => ONLY.some((o) => p.type.startsWith(o))) : PAGE_TYPES;

/** Installed before any page script: buffers paint, LCP, layout-shift and long-task entries. */
function observers() {
  const perf = { fcp: NaN, lcp: [] as { t: number; size: number; element: string; url: string }[], shifts: [] as { t: number; value: number; input: boolean; sources: string[] }[], longtasks: [] as { t: number; d: number }[] };
  (window as unknown as { __perf: typeof perf }).__perf = perf;
  const observe = (type: string, fn: (e: PerformanceEntry) => void) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch { /* unsupported entry type */ }
  };
  const describe = (el: Node | null | undefined) => {
    if (!(el instanceof Element)) return el ? el.nodeName.toLowerCase() : '';
    return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''}`;
  };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') perf.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => {
    const l = e as PerformanceEntry & { size: number; element: Element | null; url: string; renderTime: number; loadTime: number };
    perf.lcp.push({ t: l.startTime, size: l.size, url: l.url, element: describe(l.element) });
  });
  observe('layout-shift', (e) => {
    const s = e as PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
    perf.shifts.push({ t: s.startTime, value: s.value, input: s.hadRecentInput, sources: (s.sources ?? []).map((x) => describe(x.node)) });
  });
  observe('longtask', (e) => perf.longtasks.push({ t: e.startTime, d: e.duration }));
}
type Perf = { fcp: number; lcp: { t: number; size: number; element: string; url: string }[]; shifts: { t: number; value: number; input: boolean; sources: string[] }[]; longtasks: { t: number; d: number }[] };

/** Largest session window of shifts (gap < 1 s, window ≤ 5 s), without those after input. */
function cumulativeLayoutShift(shifts: Perf['shifts']): number {
  let best = 0, sum = 0, start = -Infinity, last = -Infinity;
  for (const s of shifts.filter((x) => !x.input).sort((a, b) => a.t - b.t)) {
    if (s.t - last >= 1000 || s.t - start >= 5000) { sum = 0; start = s.t; }
    sum += s.value; last = s.t;
    best = Math.max(best, sum);
  }
  return best;
}

const totalBlockingTime = (fcp: number, tasks: Perf['longtasks']) =>
  tasks.reduce((total, { t, d }) => total + Math.max(0, t + d - Math.max(t, Number.isFinite(fcp) ? fcp : 0) - 50), 0);

interface Bytes { raw: number; gzip: number; count: number }
interface Load {
  lang: Lang; type: string; path: string; run: number;
  html: Bytes; css: Bytes; js: Bytes; other: Bytes; total: Bytes; requests: number; failed: string[];
  fcp: number; lcp: number; lcpElement: string; cls: number; shifts: Perf['shifts']; ttfb: number; dcl: number; load: number; tbt: number; longTasks: number;
  errors: string[];
}

let server: StaticServer;
let browser: Browser;
let sizeOf: ReturnType<typeof fileSizes>;

async function measure(lang: Lang, type: string, urlPath: string, run: number): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(observers);
    const requests: { url: string; type: string; status: number | null }[] = [];
    const pending = new Set<Request>();
    context.on('request', (r) => { pending.add(r); requests.push({ url: r.url(), type: r.resourceType(), status: null }); });
    context.on('requestfinished', (r) => {
      pending.delete(r);
      void r.response().then((res) => { const rec = requests.find((x) => x.url === r.url() && x.status === null); if (rec && res) rec.status = res.status(); }).catch(() => undefined);
    });
    context.on('requestfailed', (r) => { pending.delete(r); const rec = requests.find((x) => x.url === r.url() && x.status === null); if (rec) rec.status = 0; });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    if (THROTTLE) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    await page.goto(server.url + urlPath, { waitUntil: 'load', timeout: 60_000 });
    // Quiet: nothing in flight and nothing sent for 500 ms (late LCP candidates, favicon, lazy scripts).
    let last = server.bytesSent(), since = Date.now();
    const end = Date.now() + 15_000;
    while (Date.now() < end) {
      await page.waitForTimeout(50);
      const now = server.bytesSent();
      if (now !== last || pending.size) { last = now; since = Date.now(); continue; }
      if (Date.now() - since >= 500) break;
    }
    const { perf, nav } = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { perf: (window as unknown as { __perf: Perf }).__perf, nav: n ? { ttfb: n.responseStart, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd } : null };
    });
    const bytes = (filter: (r: { url: string; type: string }) => boolean): Bytes => {
      const mine = requests.filter(filter);
      return mine.reduce((acc, r) => { const s = sizeOf(r.url); return { raw: acc.raw + (s?.raw ?? 0), gzip: acc.gzip + (s?.gzip ?? 0), count: acc.count + 1 }; }, { raw: 0, gzip: 0, count: 0 });
    };
    const isHtml = (r: { type: string }) => r.type === 'document';
    const isCss = (r: { url: string; type: string }) => r.type === 'stylesheet' || /\.css(\?|$)/.test(r.url);
    const isJs = (r: { url: string; type: string }) => r.type === 'script' || /\.m?js(\?|$)/.test(r.url);
    const lcp = perf.lcp.at(-1);
    return {
      lang, type, path: urlPath, run,
      html: bytes(isHtml), css: bytes(isCss), js: bytes(isJs), other: bytes((r) => !isHtml(r) && !isCss(r) && !isJs(r)), total: bytes(() => true),
      requests: requests.length, failed: requests.filter((r) => r.status !== null && (r.status === 0 || r.status >= 400)).map((r) => `${r.status} ${r.url.replace(server.url, '')}`),
      fcp: perf.fcp, lcp: lcp?.t ?? NaN, lcpElement: lcp?.element ?? '', cls: cumulativeLayoutShift(perf.shifts), shifts: perf.shifts,
      ttfb: nav?.ttfb ?? NaN, dcl: nav?.dcl ?? NaN, load: nav?.load ?? NaN, tbt: totalBlockingTime(perf.fcp, perf.longtasks), longTasks: perf.longtasks.length,
      errors,
    };
  } finally {
    await context.close();
  }
}

const cpuBusyBefore = await checkIdle();
const site = await siteSnapshot();
sizeOf = fileSizes(site.dir);
const targets = LANGS.flatMap((lang) => TYPES.map((t) => ({ lang, type: t.type, path: t.path(lang) })));
for (const t of targets) if (!fs.existsSync(path.join(site.dir, t.path, 'index.html'))) console.error(`warning: no page at ${t.path} in the build`);
[server, browser] = await Promise.all([serveDist(site.dir), launchBrowser()]);
const loads: Load[] = [];
const started = Date.now();
const loadBefore = environment().loadAverage;
try {
  // A warm-up load, not measured: the first navigation of a fresh browser pays for its own start-up.
  await measure('en', 'warm-up', '/en/', 0);
  for (let run = 1; run <= RUNS; run++) {
    for (const t of targets) {
      const l = await measure(t.lang, t.type, t.path, run);
      loads.push(l);
      console.error(`run ${run}/${RUNS} ${t.path}: FCP ${ms(l.fcp)} LCP ${ms(l.lcp)} load ${ms(l.load)} ms, ${kb(l.total.raw)} KB, ${l.requests} requests`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  site.cleanup();
}

const medianOf = (list: Load[], f: (l: Load) => number) => median(list.map(f));
const summary = targets.map((t) => {
  const list = loads.filter((l) => l.path === t.path);
  return {
    lang: t.lang, type: t.type, path: t.path, runs: list.length,
    htmlRaw: medianOf(list, (l) => l.html.raw), htmlGzip: medianOf(list, (l) => l.html.gzip),
    cssRaw: medianOf(list, (l) => l.css.raw), cssGzip: medianOf(list, (l) => l.css.gzip), cssFiles: medianOf(list, (l) => l.css.count),
    jsRaw: medianOf(list, (l) => l.js.raw), jsGzip: medianOf(list, (l) => l.js.gzip), jsFiles: medianOf(list, (l) => l.js.count),
    otherRaw: medianOf(list, (l) => l.other.raw), totalRaw: medianOf(list, (l) => l.total.raw), totalGzip: medianOf(list, (l) => l.total.gzip),
    requests: medianOf(list, (l) => l.requests),
    fcp: medianOf(list, (l) => l.fcp), lcp: medianOf(list, (l) => l.lcp), lcpElement: list.map((l) => l.lcpElement).sort().at(Math.floor(list.length / 2)) ?? '',
    cls: medianOf(list, (l) => l.cls), shiftSources: [...new Set(list.flatMap((l) => l.shifts.flatMap((x) => x.sources)))], ttfb: medianOf(list, (l) => l.ttfb), dcl: medianOf(list, (l) => l.dcl), load: medianOf(list, (l) => l.load), tbt: medianOf(list, (l) => l.tbt),
    failed: [...new Set(list.flatMap((l) => l.failed))], errors: [...new Set(list.flatMap((l) => l.errors))],
  };
});

const head = ['page', 'HTML KB', 'gz', 'CSS KB', 'gz', 'JS KB', 'gz', 'req', 'FCP', 'LCP', 'CLS', 'DCL', 'load', 'TBT'];
const row = (s: (typeof summary)[number]) => [
  s.type, kb(s.htmlRaw), kb(s.htmlGzip), kb(s.cssRaw), kb(s.cssGzip), kb(s.jsRaw), kb(s.jsGzip), ms(s.requests),
  ms(s.fcp), ms(s.lcp), Number.isFinite(s.cls) ? s.cls.toFixed(3) : '–', ms(s.dcl), ms(s.load), ms(s.tbt),
];
console.log(`\nPage weight and load metrics, median of ${RUNS} cold loads each (KB = 1024 bytes, gz = gzip -6 estimate; times in ms from navigation start; ${THROTTLE ? 'throttled: 150 ms RTT, 1.6 Mbps, CPU ×4' : 'unthrottled localhost'}, viewport ${VIEWPORT.width}×${VIEWPORT.height}).`);
const markdown: Record<string, string> = {};
for (const lang of LANGS) {
  const rows = summary.filter((s) => s.lang === lang).map(row);
  console.log(`\n${lang}\n`);
  console.log(table(head, rows));
  markdown[lang] = markdownTable(head, rows);
}
const problems = summary.filter((s) => s.failed.length || s.errors.length);
for (const p of problems) console.log(`\n${p.path}: ${[...p.failed, ...p.errors].slice(0, 5).join('; ')}`);

const out = writeResults(THROTTLE ? 'pages-throttled' : 'pages', {
  benchmark: 'pages', date: new Date().toISOString(), durationS: Math.round((Date.now() - started) / 1000),
  site: { source: site.source, builtAt: site.builtAt }, environment: { ...environment(), loadAverageBefore: loadBefore, cpuBusyBefore, cpuBusyAfter: await cpuBusy(1000) },
  settings: { runs: RUNS, viewport: VIEWPORT, throttle: THROTTLE ? { latencyMs: 150, downKbps: 1.6 * 1024 * 0.9, upKbps: 750 * 0.9, cpuSlowdown: 4 } : null,
    bytes: 'response bodies as served (uncompressed); *Gzip = gzip -6 estimate of the same files',
    tbt: 'sum of (long task − 50 ms) after FCP until the network is quiet after load' },
  summary, markdown, loads,
});
console.log(`\nWrote ${out}`);
