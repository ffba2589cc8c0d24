/**
 * Shared helpers of the browser benchmarks (bench/search.ts, bench/pages.ts): a stable snapshot of dist/, byte
 * accounting per URL, order statistics, tables and the JSON results file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { CHROMIUM } from '#scripts/lib/browser.ts';
import { fileForUrl } from '#scripts/lib/server.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const RESULTS = path.join(ROOT, 'bench', 'results');

/** Every option of the web benchmarks (bench/search.ts, bench/pages.ts); an unknown one is an error, not ignored. */
const { values: OPTIONS } = parseArgs({
  strict: true,
  options: {
    dist: { type: 'string' }, 'no-snapshot': { type: 'boolean' }, out: { type: 'string' }, 'wait-idle': { type: 'boolean' },
    lang: { type: 'string' }, runs: { type: 'string' }, throttle: { type: 'boolean' }, only: { type: 'string' },
    rounds: { type: 'string' }, 'typing-delay': { type: 'string' },
  },
});
type Option = keyof typeof OPTIONS;
/** The value of `--name value` / `--name=value`; undefined when absent. */
export const arg = (name: Option): string | undefined => { const v = OPTIONS[name]; return typeof v === 'string' ? v : undefined; };
/** Whether a boolean option was given. */
export const flag = (name: Option): boolean => OPTIONS[name] !== undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A build is complete when its home page and every language's Pagefind metadata named by the entry file exist. */
function buildComplete(dir: string): boolean {
  const entry = path.join(dir, 'pagefind', 'pagefind-entry.json');
  if (!fs.existsSync(path.join(dir, 'index.html')) || !fs.existsSync(entry)) return false;
  try {
    const json = JSON.parse(fs.readFileSync(entry, 'utf8')) as { languages?: Record<string, { hash: string }> };
    const languages = Object.values(json.languages ?? {});
    return languages.length > 0 && languages.every(({ hash }) => fs.existsSync(path.join(dir, 'pagefind', `pagefind.${hash}.pf_meta`)));
  } catch {
    return false;
  }
}

const stamp = (dir: string) => {
  try {
    return fs.readdirSync(dir).map((f) => `${f}:${fs.statSync(path.join(dir, f)).mtimeMs}`).join('|') + fs.statSync(path.join(dir, 'pagefind', 'pagefind-entry.json')).mtimeMs;
  } catch {
    return String(Math.random());
  }
};

export interface Site { dir: string; source: string; builtAt: string; cleanup(): void }

/**
 * The site to serve. Others may rebuild dist/ while a benchmark runs, so by default dist/ is copied to
 * bench/.dist-snapshot-<pid>/ (removed at the end) once it is complete and did not change during the copy.
 * `--dist <dir>` serves another build; `--no-snapshot` serves it in place.
 */
export async function siteSnapshot(): Promise<Site> {
  const source = path.resolve(ROOT, arg('dist') || 'dist');
  const builtAt = () => new Date(fs.statSync(path.join(source, 'index.html')).mtimeMs).toISOString();
  if (flag('no-snapshot')) {
    if (!buildComplete(source)) throw new Error(`${source} is not a complete build (run: ASTRO_TELEMETRY_DISABLED=1 npm run build)`);
    return { dir: source, source, builtAt: builtAt(), cleanup() {} };
  }
  const dir = path.join(ROOT, 'bench', `.dist-snapshot-${process.pid}`);
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  process.once('exit', cleanup);
  for (let attempt = 1; attempt <= 40; attempt++) {
    if (buildComplete(source)) {
      const before = stamp(source);
      const at = builtAt();
      cleanup();
      try {
        fs.cpSync(source, dir, { recursive: true });
        if (stamp(source) === before && buildComplete(dir)) return { dir, source, builtAt: at, cleanup };
      } catch { /* the build removed files while we copied: retry */ }
    }
    console.error(`${source} is incomplete or being rebuilt; waiting (${attempt}/40)`);
    await sleep(15_000);
  }
  cleanup();
  throw new Error(`no complete, stable build in ${source} (run: ASTRO_TELEMETRY_DISABLED=1 npm run build)`);
}

export interface FileSize { raw: number; gzip: number; file: string }

/** Raw and gzip -6 (what a typical server sends) size of the file a site URL serves; undefined when none. */
export function fileSizes(siteDir: string): (url: string) => FileSize | undefined {
  const cache = new Map<string, FileSize | undefined>();
  return (url) => {
    let pathname: string;
    try { pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname); } catch { return undefined; }
    if (cache.has(pathname)) return cache.get(pathname);
    const file = fileForUrl(siteDir, pathname);
    let out: FileSize | undefined;
    if (file) {
      const body = fs.readFileSync(file);
      out = { raw: body.length, gzip: zlib.gzipSync(body, { level: 6 }).length, file: path.relative(siteDir, file) };
    }
    cache.set(pathname, out);
    return out;
  };
}

/** Median (mean of the two middle values for an even count); NaN for no values. */
export function median(values: number[]): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** Nearest-rank percentile (the p95 of 15 values is the largest one); NaN for no values. */
export function percentile(values: number[], p: number): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))]!;
}

export const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)}` : '–');
export const kb = (n: number) => (Number.isFinite(n) ? (n / 1024).toFixed(1) : '–');

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function table(head: string[], rows: string[][]): string {
  const cells = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table in Markdown. */
export function markdownTable(head: string[], rows: string[][]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  return [`| ${head.map(esc).join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

/** The machine, runtime and browser the figures were measured on. */
export function environment() {
  let chromium = '';
  try { chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { /* left empty */ }
  return {
    node: process.version, chromium, platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/** Writes `--out <file>` or bench/results/<name>-<YYYY-MM-DD>.json (-2, -3… when it exists); returns the path. */
export function writeResults(name: string, data: unknown): string {
  let out = arg('out') ? path.resolve(arg('out')!) : '';
  if (!out) {
    const day = new Date().toISOString().slice(0, 10);
    out = path.join(RESULTS, `${name}-${day}.json`);
    for (let i = 2; fs.existsSync(out); i++) out = path.join(RESULTS, `${name}-${day}-${i}.json`);
  }
  if (out !== '/dev/null') fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(data, null, 2) + '\n');
  return out;
}

/** Fraction of CPU time busy over `ms` (from /proc/stat; NaN where unavailable). */
export async function cpuBusy(ms = 2000): Promise<number> {
  const read = () => {
    try {
      const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
      const idle = f[3]! + (f[4] ?? 0);
      return { idle, total: f.reduce((a, b) => a + b, 0) };
    } catch { return null; }
  };
  const a = read();
  await sleep(ms);
  const b = read();
  return a && b && b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : NaN;
}

/**
 * Timings are only comparable on an otherwise idle machine. Prints how busy the CPUs are; with `--wait-idle`
 * waits (up to 30 minutes) until they are less than 25 % busy over 5 s. Returns the busy fraction measured last.
 */
export async function checkIdle(): Promise<number> {
  let busy = await cpuBusy(3000);
  if (flag('wait-idle')) {
    const end = Date.now() + 30 * 60_000;
    while (busy > 0.25 && Date.now() < end) {
      console.error(`CPUs ${Math.round(busy * 100)} % busy: waiting for an idle machine (--wait-idle)`);
      await sleep(20_000);
      busy = await cpuBusy(5000);
    }
  }
  if (busy > 0.25) console.error(`warning: the CPUs were ${Math.round(busy * 100)} % busy before the benchmark started; timings will be inflated`);
  return busy;
}
