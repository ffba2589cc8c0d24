/**
 * Search latency and bytes, in headless Chromium against the built site as shipped, served locally.
 *
 *   npm run bench:search [-- --rounds 5] [--lang en,es] [--typing-delay 0] [--wait-idle] [--dist dir] [--no-snapshot] [--out file]
 *
 * What a reader does, per language and query (citations, words, case names, in every site language):
 *   first  on an article page (SOM art. 6, the page readers land on most), type the query into the header search box
 *          and press Enter. Bytes: everything downloaded after Enter (the search page, its script and style,
 *          Pagefind, its index, the results shown). Time: Enter → first result link on screen.
 *   warm   then, on that search page (Pagefind loaded by a first query), replace the query by the next one.
 *          Bytes: what that query downloads. Time: last keystroke → first result link on screen; the page waits
 *          for a 120 ms pause in typing (src/client/search.ts), so every warm time includes it.
 * "On screen" is the next animation frame after the first `a[data-result]` is inserted (a MutationObserver).
 * Bytes are the response bodies the static server sent, and their gzip size as a typical server sends them
 * (gzip -6 of each file; Pagefind's index, fragments and wasm are already compressed). The test server sends no
 * cache headers, so nothing is HTTP-cached: the search page's stylesheet counts again after the article page.
 * The figures are compared with the peer measured in the issue (Starlight with Pagefind on the same English
 * treaty articles: first query 115 KB, warm 4–32 KB) and the targets (first ≤ 100 KB, warm ≤ 40 KB, warm
 * keystroke → result ≤ 300 ms).
 * Writes bench/results/search-<date>.json.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '#scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '#scripts/lib/server.ts';
import { arg, checkIdle, cpuBusy, environment, fileSizes, kb, markdownTable, median, ms, percentile, siteSnapshot, table, writeResults } from './web-lib.ts';
import { LANGUAGES, type Lang } from '#src/registries/locales.ts';

interface Query { lang: Lang; query: string; kind: 'citation' | 'words' | 'case' | 'terms' }

const QUERIES: Query[] = [
  { lang: 'en', query: 'SOM 6(1)(a)', kind: 'citation' },
  { lang: 'en', query: 'extradition', kind: 'words' },
  { lang: 'en', query: 'mutual legal assistance', kind: 'words' },
  { lang: 'en', query: 'Appulonappa', kind: 'case' },
  { lang: 'en', query: 'coyote', kind: 'terms' },
  { lang: 'es', query: 'SOM 6(1)(a)', kind: 'citation' },
  { lang: 'es', query: 'tráfico ilícito de migrantes', kind: 'words' },
  { lang: 'es', query: 'extradición', kind: 'words' },
  { lang: 'es', query: 'Ruteros del Norte', kind: 'case' },
  { lang: 'fr', query: 'UNTOC 18', kind: 'citation' },
  { lang: 'fr', query: 'entraide judiciaire', kind: 'words' },
  { lang: 'fr', query: 'extradition', kind: 'words' },
  { lang: 'fr', query: 'Mbour pirogue', kind: 'case' },
  { lang: 'ru', query: 'ст. 6 Протокола о мигрантах', kind: 'citation' },
  { lang: 'ru', query: 'взаимная правовая помощь', kind: 'words' },
  { lang: 'ru', query: 'торговля людьми', kind: 'words' },
  { lang: 'ar', query: 'المادة 6 من البروتوكول', kind: 'citation' },
  { lang: 'ar', query: 'تهريب المهاجرين', kind: 'words' },
  { lang: 'ar', query: 'التسليم المراقب', kind: 'words' },
];
/** The first query of the warm runs, typed on the article page; the measured queries follow on the search page. */
const WARM_UP: Record<Lang, string> = { en: 'migrants', es: 'migrantes', fr: 'migrants', ru: 'мигрантов', ar: 'المهاجرين' };
/** Where the reader starts: an article page (in Arabic, the English text shown with a notice). */
const START = (lang: Lang) => `/${lang}/instruments/som-protocol/article-6/`;
/** The peer's figures and the targets, from the issue (KB gzip, ms). */
const PEER = { firstKb: 115, warmKb: [4, 32] as const };
const TARGET = { firstKb: 100, warmKb: 40, warmMs: 300 };

const ROUNDS = Number(arg('rounds') ?? 5);
const TYPING_DELAY = Number(arg('typing-delay') ?? 0);
const DEBOUNCE = 120;
const LANGS = (arg('lang')?.split(',') ?? LANGUAGES) as Lang[];
const VIEWPORT = { width: 1350, height: 940 };

/**
 * Installed in every page before its scripts. A search page opened with `?q=` is armed at once (its clock starts
 * at navigation); `arm()` arms it for a query typed on the page. Records the input events and the first result
 * link inserted after the last one.
 */
function probe() {
  interface State {
    armed: boolean; query: string; loading: string; inputs: number[];
    first: { t: number; kind: string; href: string } | null; frame: number; complete: number; results: number;
  }
  const state: State = { armed: false, query: '', loading: '', inputs: [], first: null, frame: NaN, complete: NaN, results: 0 };
  const statusText = () => document.getElementById('search-status')?.textContent ?? '';
  const isComplete = () => { const s = statusText(); return s.includes(state.query) && s !== state.loading; };
  const arm = (query: string, at?: number) => {
    const config = document.getElementById('search')?.dataset['config'];
    Object.assign(state, { armed: true, query, inputs: at === undefined ? [] : [at], first: null, frame: NaN, complete: NaN, results: 0 });
    state.loading = config ? (JSON.parse(config) as { labels: { loading: string } }).labels.loading : '';
  };
  (window as unknown as { __searchBench: object }).__searchBench = {
    arm, read: () => ({ ...state, inputs: [...state.inputs], timeOrigin: performance.timeOrigin }),
  };
  const q = new URLSearchParams(location.search).get('q');
  if (q && /\/search\/$/.test(location.pathname)) document.addEventListener('DOMContentLoaded', () => arm(q, 0));
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
          const first = { t: now, kind: (link as HTMLElement).dataset['result'] ?? '', href: link.getAttribute('href') ?? '' };
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
  inputs: number[]; first: { t: number; kind: string; href: string } | null; frame: number; complete: number; results: number; timeOrigin: number;
}
interface RequestRecord { url: string; phase: string; type: string; raw: number; gzip: number; status: number | null }
interface Sample {
  mode: 'first' | 'warm'; round: number; lang: Lang; query: string; kind: Query['kind'];
  firstResultMs: number; renderedMs: number; completeMs: number; firstKind: string; firstHref: string; results: number;
  maxKeyGapMs: number; debounceSplit: boolean;
  queryBytes: number; queryGzip: number; queryRequests: number; queryByCategory: Record<string, number>;
  errors: string[];
}

let server: StaticServer;
let browser: Browser;
let sizeOf: ReturnType<typeof fileSizes>;

/** Tracks the context's requests with the phase they started in. */
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
    async settle(quietMs = 300, timeoutMs = 10_000) {
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
  if (url.includes('/search/terms.txt')) return 'vocabulary';
  if (/\/search\/(\?|$)/.test(url)) return 'search-page';
  if (url.includes('/_astro/')) return 'page-assets';
  return 'other';
}

const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __searchBench: { read(): ProbeState } }).__searchBench.read());
const waitProbe = (page: Page) => page.waitForFunction(() => {
  const s = (window as unknown as { __searchBench?: { read(): ProbeState } }).__searchBench?.read();
  return Boolean(s && s.first !== null && !Number.isNaN(s.complete) && !Number.isNaN(s.frame));
}, undefined, { timeout: 30_000, polling: 50 });

/** From an article page: types the query into the header box, presses Enter, waits for the results on the search page. */
async function fromArticle(page: Page, query: string): Promise<{ s: ProbeState; enterAt: number }> {
  await page.locator('#site-search').click();
  await page.keyboard.type(query, { delay: TYPING_DELAY });
  const enterAt = Date.now();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?/);
  await waitProbe(page);
  return { s: await readProbe(page), enterAt };
}

/** On the search page: replaces the query by keystrokes and waits for the results. */
async function typeAndMeasure(page: Page, query: string): Promise<ProbeState> {
  await page.locator('#search-input').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((q) => (window as unknown as { __searchBench: { arm(q: string): void } }).__searchBench.arm(q), query);
  await page.keyboard.type(query, { delay: TYPING_DELAY });
  await waitProbe(page);
  return readProbe(page);
}

function sampleFrom(mode: Sample['mode'], round: number, q: Query, s: ProbeState, records: RequestRecord[], bytes: number, errors: string[], enterAt?: number): Sample {
  // Warm: from the last keystroke, in the page's clock. First: from Enter, on the test's clock against the page's epoch.
  const start = enterAt === undefined ? s.inputs.at(-1)! : enterAt - s.timeOrigin;
  const gaps = s.inputs.slice(1).map((t, i) => t - s.inputs[i]!);
  const maxKeyGapMs = gaps.length ? Math.max(...gaps) : 0;
  const mine = records.filter((r) => r.phase === 'query');
  const byCategory: Record<string, number> = {};
  for (const r of mine) byCategory[category(r.url)] = (byCategory[category(r.url)] ?? 0) + r.gzip;
  return {
    mode, round, lang: q.lang, query: q.query, kind: q.kind,
    firstResultMs: s.first!.t - start, renderedMs: s.frame - start, completeMs: s.complete - start,
    firstKind: s.first!.kind, firstHref: s.first!.href, results: s.results,
    maxKeyGapMs, debounceSplit: mode === 'warm' && maxKeyGapMs >= DEBOUNCE,
    queryBytes: bytes, queryGzip: mine.reduce((n, r) => n + r.gzip, 0), queryRequests: mine.length, queryByCategory: byCategory,
    errors: [...errors, ...mine.filter((r) => r.status !== null && r.status >= 400).map((r) => `${r.status} ${r.url}`)],
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

/** The first query from an article page, in a fresh browser (empty cache). */
async function first(q: Query, round: number): Promise<Sample> {
  const { context, page, tracker, errors } = await newContext();
  try {
    await page.goto(`${server.url}${START(q.lang)}`, { waitUntil: 'load' });
    await tracker.settle();
    tracker.state.phase = 'query';
    const b = server.bytesSent();
    const { s, enterAt } = await fromArticle(page, q.query);
    await tracker.settle();
    return sampleFrom('first', round, q, s, tracker.records, server.bytesSent() - b, errors, enterAt);
  } finally {
    await context.close();
  }
}

/** The following queries on the search page reached from an article page. */
async function warm(lang: Lang, queries: Query[], round: number): Promise<Sample[]> {
  const { context, page, tracker, errors } = await newContext();
  try {
    await page.goto(`${server.url}${START(lang)}`, { waitUntil: 'load' });
    tracker.state.phase = 'warm-up';
    await fromArticle(page, WARM_UP[lang]);
    await tracker.settle();
    const samples: Sample[] = [];
    // Rotate the order each round so that no query always follows the same one.
    const order = queries.map((_, i) => queries[(i + round) % queries.length]!);
    for (const q of order) {
      for (const r of tracker.records) if (r.phase === 'query') r.phase = `q${samples.length}-previous`;
      tracker.state.phase = 'query';
      const b = server.bytesSent();
      const s = await typeAndMeasure(page, q.query);
      await tracker.settle();
      samples.push(sampleFrom('warm', round, q, s, tracker.records, server.bytesSent() - b, [...errors]));
    }
    return samples;
  } finally {
    await context.close();
  }
}

const stat = (xs: number[]) => ({ median: median(xs), p95: percentile(xs, 95), max: xs.length ? Math.max(...xs) : NaN, n: xs.length });
function summarize(samples: Sample[]) {
  const group = (label: string, list: Sample[]) => {
    const f = list.filter((s) => s.mode === 'first');
    const w = list.filter((s) => s.mode === 'warm');
    return {
      label,
      first: { renderedMs: stat(f.map((s) => s.renderedMs)), completeMs: stat(f.map((s) => s.completeMs)), gzip: stat(f.map((s) => s.queryGzip)), bytes: stat(f.map((s) => s.queryBytes)), requests: stat(f.map((s) => s.queryRequests)) },
      warm: { renderedMs: stat(w.map((s) => s.renderedMs)), completeMs: stat(w.map((s) => s.completeMs)), gzip: stat(w.map((s) => s.queryGzip)), bytes: stat(w.map((s) => s.queryBytes)), requests: stat(w.map((s) => s.queryRequests)) },
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
      const s = await first(q, round);
      samples.push(s);
      console.error(`round ${round + 1}/${ROUNDS} first ${q.lang} ${JSON.stringify(q.query)}: ${ms(s.renderedMs)} ms, ${kb(s.queryGzip)} KB gz`);
    }
    for (const lang of LANGS) {
      const ws = await warm(lang, queries.filter((q) => q.lang === lang), round);
      samples.push(...ws);
      console.error(`round ${round + 1}/${ROUNDS} warm ${lang}: ${ws.map((s) => `${ms(s.renderedMs)} ms ${kb(s.queryGzip)} KB`).join(', ')}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  site.cleanup();
}

const summary = summarize(samples);
const all = summary.at(-1)!;
const ratio = (a: number, b: number) => (Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '–');
const head = ['lang', 'n', 'first KB gz med', 'max', 'first ms med', 'p95', 'warm KB gz med', 'max', 'warm ms med', 'p95', 'req first', 'req warm'];
const rows = summary.map((g) => [
  g.label, `${g.first.gzip.n}+${g.warm.gzip.n}`,
  kb(g.first.gzip.median), kb(g.first.gzip.max), ms(g.first.renderedMs.median), ms(g.first.renderedMs.p95),
  kb(g.warm.gzip.median), kb(g.warm.gzip.max), ms(g.warm.renderedMs.median), ms(g.warm.renderedMs.p95),
  ms(g.first.requests.median), ms(g.warm.requests.median),
]);
const perQuery = queries.map((q) => {
  const mine = samples.filter((s) => s.lang === q.lang && s.query === q.query);
  const f = mine.filter((s) => s.mode === 'first');
  const w = mine.filter((s) => s.mode === 'warm');
  return [
    `${q.lang} ${q.query}`, q.kind, f[0]?.firstKind ?? '', ms(median(f.map((s) => s.results))),
    kb(median(f.map((s) => s.queryGzip))), ms(median(f.map((s) => s.renderedMs))), kb(median(w.map((s) => s.queryGzip))), ms(median(w.map((s) => s.renderedMs))), ms(percentile(w.map((s) => s.renderedMs), 95)),
  ];
});
const perQueryHead = ['query', 'kind', 'first link', 'shown', 'first KB gz', 'first ms', 'warm KB gz', 'warm ms', 'warm p95'];
const categories = [...new Set(samples.flatMap((s) => Object.keys(s.queryByCategory)))].sort();
const byCategory = categories.map((cat) => [cat, kb(median(samples.filter((s) => s.mode === 'first').map((s) => s.queryByCategory[cat] ?? 0))), kb(median(samples.filter((s) => s.mode === 'warm').map((s) => s.queryByCategory[cat] ?? 0)))]);
const versus = [
  ['first query from an article page, KB gzip (median / max)', `${kb(all.first.gzip.median)} / ${kb(all.first.gzip.max)}`, `≤ ${TARGET.firstKb}`, `${PEER.firstKb}`, `${ratio(all.first.gzip.median / 1024, PEER.firstKb)} / ${ratio(all.first.gzip.max / 1024, PEER.firstKb)}`],
  ['warm query, KB gzip (median / max)', `${kb(all.warm.gzip.median)} / ${kb(all.warm.gzip.max)}`, `≤ ${TARGET.warmKb}`, `${PEER.warmKb[0]}–${PEER.warmKb[1]}`, `${ratio(all.warm.gzip.median / 1024, PEER.warmKb[1])} / ${ratio(all.warm.gzip.max / 1024, PEER.warmKb[1])} of ${PEER.warmKb[1]}`],
  ['Enter → first result, first query, ms (median / p95)', `${ms(all.first.renderedMs.median)} / ${ms(all.first.renderedMs.p95)}`, '', '', ''],
  ['keystroke → first result, warm, ms (median / p95)', `${ms(all.warm.renderedMs.median)} / ${ms(all.warm.renderedMs.p95)}`, `≤ ${TARGET.warmMs}`, '', ''],
];
const versusHead = ['measure', 'this site', 'target', 'peer', 'ratio to peer'];
const split = samples.filter((s) => s.debounceSplit).length;
const errors = [...new Set(samples.flatMap((s) => s.errors))];

console.log(`\nSearch from an article page: first query (Enter in the header box → results) and warm queries (typed on the search page).`);
console.log(`${ROUNDS} rounds × ${queries.length} queries; times to the first result link on screen (warm ones include the ${DEBOUNCE} ms typing pause); KB = gzip.\n`);
console.log(table(versusHead, versus));
console.log('\nBy language:\n');
console.log(table(head, rows));
console.log('\nPer query (medians over rounds):\n');
console.log(table(perQueryHead, perQuery));
console.log('\nBytes by kind of file (median KB gzip per query):\n');
console.log(table(['file', 'first', 'warm'], byCategory));
if (split) console.log(`\nWarning: ${split} warm samples had a pause ≥ ${DEBOUNCE} ms between keystrokes (a search may have run mid-typing).`);
if (errors.length) console.log(`\nErrors seen: ${errors.slice(0, 10).join('; ')}`);

const out = writeResults('search', {
  benchmark: 'search', date: new Date().toISOString(), durationS: Math.round((Date.now() - started) / 1000),
  site: { source: site.source, builtAt: site.builtAt }, environment: { ...environment(), cpuBusyBefore, cpuBusyAfter: await cpuBusy(1000) },
  settings: { rounds: ROUNDS, typingDelayMs: TYPING_DELAY, debounceMs: DEBOUNCE, viewport: VIEWPORT, warmUp: WARM_UP, start: START('en'), peer: PEER, target: TARGET,
    latency: 'first: ms from pressing Enter in the header search box of an article page to the next animation frame after the first a[data-result] on the search page; warm: from the last input event on the search page (renderedMs); completeMs = status line for the query',
    bytes: 'response body bytes counted by the static server (uncompressed) and the gzip -6 size of the same files (queryGzip), after Enter (first) or the first keystroke (warm)' },
  queries, summary, markdown: { versus: markdownTable(versusHead, versus), summary: markdownTable(head, rows), perQuery: markdownTable(perQueryHead, perQuery), byCategory: markdownTable(['file', 'first', 'warm'], byCategory) },
  debounceSplitSamples: split, errors, samples,
});
console.log(`\nWrote ${out}`);
