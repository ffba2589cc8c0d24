/**
 * Shared helpers of the benchmark scripts (bench/*.ts): command-line options, statistics, formatting, the built site
 * and the results files.
 *
 * NOTE: reconstructed by the build-benchmark session from the uses in bench/search.ts, after it overwrote this file by
 * mistake; the search benchmark's author may want to restore its own version.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/..). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where results are written. */
export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

/** The value of `--name value` or `--name=value` on the command line; '' for a bare `--name`; undefined when absent. */
export function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === `--${name}`) {
      const next = argv[i + 1];
      return next !== undefined && !next.startsWith('--') ? next : '';
    }
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

/** True when `--name` is on the command line. */
export const flag = (name: string) => arg(name) !== undefined;

export function median(xs: number[]): number {
  return percentile(xs, 50);
}

/** The p-th percentile (linear interpolation between closest ranks); NaN for no values. */
export function percentile(xs: number[], p: number): number {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const rank = (p / 100) * (v.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return v[lo]! + (v[hi]! - v[lo]!) * (rank - lo);
}

/** A number of milliseconds (or any count) rounded for a table; '—' when not a number. */
export const ms = (x: number) => (Number.isFinite(x) ? String(Math.round(x)) : '—');
/** Bytes as KB (1 KB = 1024 bytes) with one decimal; '—' when not a number. */
export const kb = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : '—');

/** A plain-text table with aligned columns (first column left-aligned, the others right-aligned). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table in Markdown. */
export function markdownTable(header: string[], rows: string[][]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

/** The machine and runtime the figures were measured on. */
export function environment() {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/**
 * The built site to measure: `--dist dir` (default dist/). Unless `--no-snapshot`, it is copied to a temporary folder
 * first, so that a build running meanwhile does not change the files under the benchmark.
 */
export async function siteSnapshot(): Promise<{ dir: string; source: string; builtAt: string | null; cleanup: () => void }> {
  const source = path.resolve(ROOT, arg('dist') || 'dist');
  const index = path.join(source, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`${source} holds no built site: run npm run build first (or pass --dist <folder>)`);
  const builtAt = fs.statSync(index).mtime.toISOString();
  if (arg('no-snapshot') !== undefined) return { dir: source, source, builtAt, cleanup: () => undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-bench-site-'));
  await fs.promises.cp(source, dir, { recursive: true });
  return { dir, source, builtAt, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Sizes of the files a URL of the served site maps to under `dir`: raw bytes and a gzip -6 estimate (cached).
 * `/x/` maps to `x/index.html`; query and fragment are ignored; undefined for a URL that is no file.
 */
export function fileSizes(dir: string): (url: string) => { raw: number; gzip: number } | undefined {
  const cache = new Map<string, { raw: number; gzip: number } | undefined>();
  return (url: string) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
    } catch {
      return undefined;
    }
    if (cache.has(pathname)) return cache.get(pathname);
    let file = path.join(dir, pathname);
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    let result: { raw: number; gzip: number } | undefined;
    if (file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const bytes = fs.readFileSync(file);
      result = { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 6 }).length };
    }
    cache.set(pathname, result);
    return result;
  };
}

/** Writes `data` to `--out file`, or to bench/results/<name>-<YYYY-MM-DD>.json (-2, -3… when it exists); returns the path. */
export function writeResults(name: string, data: unknown): string {
  let file = arg('out') ? path.resolve(arg('out')!) : '';
  if (!file) {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const day = new Date().toISOString().slice(0, 10);
    file = path.join(RESULTS_DIR, `${name}-${day}.json`);
    for (let i = 2; fs.existsSync(file); i++) file = path.join(RESULTS_DIR, `${name}-${day}-${i}.json`);
  }
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  return file;
}
