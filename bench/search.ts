/**
 * Search latency and bytes, in headless Chromium against the built site served locally.
 *
 *   npm run bench:search [-- --rounds 5] [--lang en,es] [--typing-delay 0] [--wait-idle] [--dist dir] [--no-snapshot] [--out file]
 *
 * For each query (citations, words, case names, in en, es, fr):
 *   cold  a new browser context (empty cache), open /{lang}/search/, type the query into #search-input;
 *   warm  the same page after another query already ran (Pagefind loaded), select the query text and type the next one.
 * Latency is measured inside the page with performance.now(): from the last keystroke's `input` event to the
 * first `a[data-result]` inserted after it (a MutationObserver), to the next animation frame after that insertion
 * ("rendered"), and to the status line announcing the results for that query ("complete"). The search waits for a
 * 120 ms pause in typing before it runs (src/client/search.ts), so every latency includes that debounce.
 * Bytes are the response bodies the static server sent (its counter), split into the page load and the query,
 * with the same requests' gzip size estimated from the files (the test server does not compress; Pagefind's index,
 * fragments and wasm are already compressed). The test server sends no cache headers, so nothing is HTTP-cached:
 * "warm" reuses only what Pagefind keeps in memory.
 * Writes bench/results/search-<date>.json.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist, type StaticServer } from '../tests/support/server.ts';
import { arg, checkIdle, cpuBusy, environment, fileSizes, kb, markdownTable, median, ms, percentile, siteSnapshot, table, writeResults } from './web-lib.ts';
import { LANGUAGES } from '../src/registries/locales.ts';

type Lang = 'en' | 'es' | 'fr';
interface Query { lang: Lang; query: string; kind: 'citation' | 'words' | 'case' }

const QUERIES: Query[] = [
  { lang: 'en', query: 'SOM 6(1)(a)', kind: 'citation' },
  { lang: 'en', query: 'extradition', kind: 'words' },
  { lang: 'en', query: 'mutual legal assistance', kind: 'words' },
  { lang: 'en', query: 'Appulonappa', kind: 'case' },
  { lang: 'es', query: 'SOM 6(1)(a)', kind: 'citation' },
  { lang: 'es', query: 'tráfico ilícito de migrantes', kind: 'words' },
  { lang: 'es', query: 'extradición', kind: 'words' },
  { lang: 'es', query: 'Ruteros del Norte', kind: 'case' },
  { lang: 'fr', query: 'UNTOC 18', kind: 'citation' },
  { lang: 'fr', query: 'entraide judiciaire', kind: 'words' },
  { lang: 'fr', query: 'extradition', kind: 'words' },
  { lang: 'fr', query: 'Mbour pirogue', kind: 'case' },
];
/** Run first on the warm page so that Pagefind is loaded before the measured queries. */
const WARM_UP: Record<Lang, string> = { en: 'migrants', es: 'migrantes', fr: 'migrants' };

const ROUNDS = Number(arg('rounds') ?? 5);
const TYPING_DELAY = Number(arg('typing-delay') ?? 0);
const DEBOUNCE = 120;
const LANGS = (arg('lang')?.split(',') ?? LANGUAGES) as Lang[];
const VIEWPORT = { width: 1350, height: 940 };

/** Installed in every page before its scripts: records input events and the first result link after the last one. */
function probe() {
  interface State {
    armed: boolean; query: string; loading: string; inputs: number[];
    first: { t: number; kind: string; href: string; statusMatched: boolean } | null; frame: number; complete: number; results: number;
  }
  const state: State = { armed: false, query: '', loading: '', inputs: [], first: null, frame: NaN, complete: NaN, results: 0 };
  const statusText = () => document.getElementById('search-status')?.textContent ?? '';
  const isComplete = () => { const s = statusText(); return s.includes(state.query) && s !== state.loading; };
  (window as unknown as { __searchBench: object }).__searchBench = {
    arm(query: string) {
      const config = document.getElementById('search')?.dataset['config'];
      Object.assign(state, { armed: true, query, inputs: [], first: null, frame: NaN, complete: NaN, results: 0 });
      state.loading = config ? (JSON.parse(config) as { labels: { loading: string } }).labels.loading : '';
    },
    read: () => ({ ...state, inputs: [...state.inputs] }),
  };
  document.addEventListener('input', (e) => {
    if (!state.armed || (e.target as Element | null)?.id !== 'search-input') return;
    state.inputs.push(performance.now());
    state.first = null; state.frame = NaN; state.complete = NaN;
  }, true);
  new MutationObserver((records) => {
    if (!state.armed || !state.inputs.length) return;
    const now = performance.now();
    if (!state.first) {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          const link = node.matches('a[data-result]') ? node : node.querySelector('a[data-result]');
          if (!link) continue;
          const first = { t: now, kind: (link as HTMLElement).dataset['result'] ?? '', href: link.getAttribute('href') ?? '', statusMatched: isComplete() };
          state.first = first;
          requestAnimationFrame(() => { if (state.first === first) state.frame = performance.now(); });
          break;
        }
        if (state.first) break;
      }
    }
    if (Number.isNaN(state.complete) && isComplete()) {
      state.complete = now;
      state.results = document.querySelectorAll('#search-results a[data-result]').length;
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

interface ProbeState {
  inputs: number[]; first: { t: number; kind: string; href: string; statusMatched: boolean } | null; frame: number; complete: number; results: number;
}

interface RequestRecord { url: string; phase: string; type: string; raw: number; gzip: number; status: number | null }
interface Sample {
  mode: 'cold' | 'warm'; round: number; lang: Lang; query: string; kind: Query['kind'];
  firstResultMs: number; renderedMs: number; completeMs: number; firstKind: string; firstHref: string; results: number;
  maxKeyGapMs: number; debounceSplit: boolean;
  pageLoad?: { bytes: number; gzip: number; requests: number };
  queryBytes: number; queryGzip: number; queryRequests: number; queryByCategory: Record<string, number>;
  errors: string[];
}

let server: StaticServer;
let browser: Browser;
let sizeOf: ReturnType<typeof fileSizes>;

/** Tracks the context's requests (including Pagefind's worker) with the phase they started in. */
function trackRequests(context: BrowserContext) {
  const records: RequestRecord[] = [];
  const pending = new Set<Request>();
  const state = { phase: 'load' };
  const byRequest = new Map<Request, RequestRecord>();
  context.on('request', (r) => {
    pending.add(r);
    const size = sizeOf(r.url());
    const rec: RequestRecord = { url: r.url().replace(server.url, ''), phase: state.phase, type: r.resourceType(), raw: size?.raw ?? 0, gzip: size?.gzip ?? 0, status: null };
    records.push(rec);
    byRequest.set(r, rec);
  });
  const done = (r: Request) => { pending.delete(r); };
  context.on('requestfinished', (r) => { done(r); void r.response().then((res) => { const rec = byRequest.get(r); if (rec && res) rec.status = res.status(); }).catch(() => undefined); });
  context.on('requestfailed', done);
  return {
    records, state,
    /** Waits until no request is in flight and the server has sent nothing for `quietMs`. */
    async settle(quietMs = 250, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      let last = server.bytesSent();
      let since = Date.now();
      while (Date.now() < end) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        const now = server.bytesSent();
        if (now !== last || pending.size) { last = now; since = Date.now(); continue; }
        if (Date.now() - since >= quietMs) return;
      }
    },
  };
}

function category(url: string): string {
  if (/\/pagefind\/pagefind(-worker)?\.js/.test(url) || url.includes('pagefind-entry.json')) return 'pagefind-js';
  if (url.includes('/pagefind/wasm.')) return 'wasm';
  if (url.endsWith('.pf_meta')) return 'meta';
  if (url.includes('.pf_index')) return 'index';
  if (url.includes('.pf_fragment')) return 'fragment';
  if (url.includes('.pf_filter')) return 'filter';
  if (url.includes('/data/provisions.')) return 'provisions';
  return 'other';
}

/** Types the query as keystrokes and waits for the results; returns the in-page timings. */
async function typeAndMeasure(page: Page, query: string, replace: boolean): Promise<ProbeState> {
  const input = page.locator('#search-input');
  await input.click();
  if (replace) await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((q) => (window as unknown as { __searchBench: { arm(q: string): void } }).__searchBench.arm(q), query);
  await page.keyboard.type(query, { delay: TYPING_DELAY });
  await page.waitForFunction(() => {
    const s = (window as unknown as { __searchBench: { read(): ProbeState } }).__searchBench.read();
    return s.first !== null && !Number.isNaN(s.complete) && !Number.isNaN(s.frame);
  }, undefined, { timeout: 30_000, polling: 50 });
  return page.evaluate(() => (window as unknown as { __searchBench: { read(): ProbeState } }).__searchBench.read());
}

function sampleFrom(mode: Sample['mode'], round: number, q: Query, s: ProbeState, records: RequestRecord[], bytes: number, errors: string[]): Sample {
  const last = s.inputs.at(-1)!;
  const gaps = s.inputs.slice(1).map((t, i) => t - s.inputs[i]!);
  const maxKeyGapMs = gaps.length ? Math.max(...gaps) : 0;
  const mine = records.filter((r) => r.phase === 'query');
  const byCategory: Record<string, number> = {};
  for (const r of mine) byCategory[category(r.url)] = (byCategory[category(r.url)] ?? 0) + r.raw;
  return {
    mode, round, lang: q.lang, query: q.query, kind: q.kind,
    firstResultMs: s.first!.t - last, renderedMs: s.frame - last, completeMs: s.complete - last,
    firstKind: s.first!.kind, firstHref: s.first!.href, results: s.results,
    maxKeyGapMs, debounceSplit: maxKeyGapMs >= DEBOUNCE,
    queryBytes: bytes, queryGzip: mine.reduce((n, r) => n + r.gzip, 0), queryRequests: mine.length, queryByCategory: byCategory,
    errors,
  };
}

async function newContext() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(probe);
  const tracker = trackRequests(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, tracker, errors };
}

async function cold(q: Query, round: number): Promise<Sample> {
  const { context, page, tracker, errors } = await newContext();
  try {
    const b0 = server.bytesSent();
    await page.goto(`${server.url}/${q.lang}/search/`, { waitUntil: 'load' });
    await tracker.settle();
    const loadBytes = server.bytesSent() - b0;
    const loadRecords = tracker.records.filter((r) => r.phase === 'load');
    tracker.state.phase = 'query';
    const b1 = server.bytesSent();
    const s = await typeAndMeasure(page, q.query, false);
    await tracker.settle();
    const sample = sampleFrom('cold', round, q, s, tracker.records, server.bytesSent() - b1, errors);
    sample.pageLoad = { bytes: loadBytes, gzip: loadRecords.reduce((n, r) => n + r.gzip, 0), requests: loadRecords.length };
    const failed = tracker.records.filter((r) => r.status !== null && r.status >= 400).map((r) => `${r.status} ${r.url}`);
    sample.errors.push(...failed);
    return sample;
  } finally {
    await context.close();
  }
}

async function warm(lang: Lang, queries: Query[], round: number): Promise<Sample[]> {
  const { context, page, tracker, errors } = await newContext();
  try {
    await page.goto(`${server.url}/${lang}/search/`, { waitUntil: 'load' });
    tracker.state.phase = 'warm-up';
    await typeAndMeasure(page, WARM_UP[lang], false);
    await tracker.settle();
    const samples: Sample[] = [];
    // Rotate the order each round so that no query always follows the same one.
    const order = queries.map((_, i) => queries[(i + round) % queries.length]!);
    for (const q of order) {
      const phase = `q${samples.length}`;
      for (const r of tracker.records) if (r.phase === 'query') r.phase = `${phase}-previous`;
      tracker.state.phase = 'query';
      const b = server.bytesSent();
      const s = await typeAndMeasure(page, q.query, true);
      await tracker.settle();
      samples.push(sampleFrom('warm', round, q, s, tracker.records, server.bytesSent() - b, [...errors]));
    }
    return samples;
  } finally {
    await context.close();
  }
}

function summarize(samples: Sample[]) {
  const group = (label: string, list: Sample[]) => {
    const c = list.filter((s) => s.mode === 'cold');
    const w = list.filter((s) => s.mode === 'warm');
    const stat = (xs: number[]) => ({ median: median(xs), p95: percentile(xs, 95), n: xs.length });
    return {
      label,
      cold: { firstResultMs: stat(c.map((s) => s.firstResultMs)), renderedMs: stat(c.map((s) => s.renderedMs)), completeMs: stat(c.map((s) => s.completeMs)),
        pageLoadBytes: stat(c.map((s) => s.pageLoad!.bytes)), pageLoadGzip: stat(c.map((s) => s.pageLoad!.gzip)), pageLoadRequests: stat(c.map((s) => s.pageLoad!.requests)),
        queryBytes: stat(c.map((s) => s.queryBytes)), queryGzip: stat(c.map((s) => s.queryGzip)), queryRequests: stat(c.map((s) => s.queryRequests)) },
      warm: { firstResultMs: stat(w.map((s) => s.firstResultMs)), renderedMs: stat(w.map((s) => s.renderedMs)), completeMs: stat(w.map((s) => s.completeMs)),
        queryBytes: stat(w.map((s) => s.queryBytes)), queryGzip: stat(w.map((s) => s.queryGzip)), queryRequests: stat(w.map((s) => s.queryRequests)) },
    };
  };
  return [...LANGS.map((l) => group(l, samples.filter((s) => s.lang === l))), group('all', samples)];
}

const cpuBusyBefore = await checkIdle();
const site = await siteSnapshot();
sizeOf = fileSizes(site.dir);
[server, browser] = await Promise.all([serveDist(site.dir), launchBrowser()]);
const queries = QUERIES.filter((q) => LANGS.includes(q.lang));
const samples: Sample[] = [];
const started = Date.now();
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const s = await cold(q, round);
      samples.push(s);
      console.error(`round ${round + 1}/${ROUNDS} cold ${q.lang} ${JSON.stringify(q.query)}: ${ms(s.renderedMs)} ms, ${kb(s.queryBytes)} KB`);
    }
    for (const lang of LANGS) {
      const ws = await warm(lang, queries.filter((q) => q.lang === lang), round);
      samples.push(...ws);
      console.error(`round ${round + 1}/${ROUNDS} warm ${lang}: ${ws.map((s) => ms(s.renderedMs)).join(', ')} ms`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  site.cleanup();
}

const summary = summarize(samples);
const head = ['lang', 'n', 'cold first ms med', 'p95', 'warm first ms med', 'p95', 'cold complete med', 'warm complete med', 'page load KB', 'gz', 'cold query KB', 'gz', 'req', 'warm query KB', 'gz', 'req'];
const rows = summary.map((g) => [
  g.label, `${g.cold.renderedMs.n}+${g.warm.renderedMs.n}`,
  ms(g.cold.renderedMs.median), ms(g.cold.renderedMs.p95), ms(g.warm.renderedMs.median), ms(g.warm.renderedMs.p95),
  ms(g.cold.completeMs.median), ms(g.warm.completeMs.median),
  kb(g.cold.pageLoadBytes.median), kb(g.cold.pageLoadGzip.median),
  kb(g.cold.queryBytes.median), kb(g.cold.queryGzip.median), ms(g.cold.queryRequests.median),
  kb(g.warm.queryBytes.median), kb(g.warm.queryGzip.median), ms(g.warm.queryRequests.median),
]);
const perQuery = queries.map((q) => {
  const mine = samples.filter((s) => s.lang === q.lang && s.query === q.query);
  const c = mine.filter((s) => s.mode === 'cold');
  const w = mine.filter((s) => s.mode === 'warm');
  return [
    `${q.lang} ${q.query}`, q.kind, c[0]?.firstKind ?? '', ms(median(c.map((s) => s.results))),
    ms(median(c.map((s) => s.renderedMs))), ms(percentile(c.map((s) => s.renderedMs), 95)), ms(median(w.map((s) => s.renderedMs))), ms(percentile(w.map((s) => s.renderedMs), 95)),
    kb(median(c.map((s) => s.queryBytes))), kb(median(w.map((s) => s.queryBytes))),
  ];
});
const perQueryHead = ['query', 'kind', 'first link', 'results', 'cold ms med', 'p95', 'warm ms med', 'p95', 'cold query KB', 'warm query KB'];
const categories = [...new Set(samples.flatMap((s) => Object.keys(s.queryByCategory)))].sort();
const byCategory = categories.map((cat) => [cat, kb(median(samples.filter((s) => s.mode === 'cold').map((s) => s.queryByCategory[cat] ?? 0))), kb(median(samples.filter((s) => s.mode === 'warm').map((s) => s.queryByCategory[cat] ?? 0)))]);
const split = samples.filter((s) => s.debounceSplit).length;
const errors = [...new Set(samples.flatMap((s) => s.errors))];

console.log(`\nSearch latency: last keystroke → first result link rendered (next frame after insertion), ms; includes the ${DEBOUNCE} ms debounce. Bytes are response bodies (KB), gz = gzip estimate.`);
console.log(`${ROUNDS} rounds × ${queries.length} queries, cold (new context) and warm (same page, next query). Typing delay ${TYPING_DELAY} ms.\n`);
console.log(table(head, rows));
console.log('\nPer query (medians and p95 over rounds):\n');
console.log(table(perQueryHead, perQuery));
console.log('\nQuery bytes by kind of file (median KB per query):\n');
console.log(table(['file', 'cold', 'warm'], byCategory));
if (split) console.log(`\nWarning: ${split} samples had a pause ≥ ${DEBOUNCE} ms between keystrokes (a search may have run mid-typing).`);
if (errors.length) console.log(`\nErrors seen: ${errors.slice(0, 10).join('; ')}`);

const out = writeResults('search', {
  benchmark: 'search', date: new Date().toISOString(), durationS: Math.round((Date.now() - started) / 1000),
  site: { source: site.source, builtAt: site.builtAt }, environment: { ...environment(), cpuBusyBefore, cpuBusyAfter: await cpuBusy(1000) },
  settings: { rounds: ROUNDS, typingDelayMs: TYPING_DELAY, debounceMs: DEBOUNCE, viewport: VIEWPORT, warmUp: WARM_UP,
    latency: 'ms from the last input event to the next animation frame after the first a[data-result] is inserted (renderedMs); firstResultMs = DOM insertion; completeMs = status line for the query',
    bytes: 'response body bytes counted by the static server (uncompressed); *Gzip = gzip -6 estimate of the same files' },
  queries, summary, markdown: { summary: markdownTable(head, rows), perQuery: markdownTable(perQueryHead, perQuery), byCategory: markdownTable(['file', 'cold', 'warm'], byCategory) },
  debounceSplitSamples: split, errors, samples,
});
console.log(`\nWrote ${out}`);
