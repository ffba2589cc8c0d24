/**
 * Helpers for the build benchmark (bench/build.ts; the shared helpers of the other benchmarks are in bench/lib.ts): running a build while measuring its wall time and memory,
 * generating synthetic content, preparing isolated build roots, and formatting the results.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { LANGUAGE_GLOB, LANGUAGES } from '#src/registries/locales.ts';

// ---------------------------------------------------------------------------------------------------------------
// Running and measuring a command
// ---------------------------------------------------------------------------------------------------------------

const TIME_BIN = '/usr/bin/time';

/** True when GNU time is installed and `-v` reports the maximum resident set size. */
export function gnuTimeAvailable(): boolean {
  if (!fs.existsSync(TIME_BIN)) return false;
  const probe = spawnSync(TIME_BIN, ['-v', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr ?? '');
}

export interface ProcessSample {
  pid: number;
  /** Start time since boot (ticks): with the pid, identifies a process even if its pid is reused. */
  start: number;
  comm: string;
  rssKb: number;
  /** user + system CPU time, in seconds. */
  cpuS: number;
}

/** One sample of `root` and all its descendants, read from /proc: RSS and CPU time of each process. */
export function sampleTree(root: number): ProcessSample[] {
  const all = new Map<number, { ppid: number; start: number; comm: string; cpuS: number }>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid … utime(14) stime(15) … starttime(22); comm may contain spaces and parentheses.
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.set(Number(name), { ppid: Number(f[1]), start: Number(f[19]), comm, cpuS: (Number(f[11]) + Number(f[12])) / 100 });
    } catch {
      // the process ended between readdir and read
    }
  }
  const inTree = new Set<number>([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of all) {
      if (!inTree.has(pid) && inTree.has(p.ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  const samples: ProcessSample[] = [];
  for (const pid of inTree) {
    const p = all.get(pid);
    if (!p) continue;
    try {
      const statm = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
      samples.push({ pid, start: p.start, comm: p.comm, rssKb: Number(statm[1]) * 4, cpuS: p.cpuS }); // 4 KiB pages (x86-64)
    } catch {
      // ended
    }
  }
  return samples;
}

/** CPU seconds the whole machine has spent busy since boot (all cores; from /proc/stat, 100 ticks a second). */
export function machineBusySeconds(): number {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  // cpu user nice system idle iowait irq softirq steal …
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / 100;
}

/** Average number of busy cores over the next `ms`. */
export async function busyCores(ms = 3000): Promise<number> {
  const b0 = machineBusySeconds();
  const t0 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return (machineBusySeconds() - b0) / ((performance.now() - t0) / 1000);
}

/** Waits until fewer than `threshold` cores are busy (checked over 3 s), for at most `maxMs`; returns the last reading and the time waited. */
export async function waitIdle(threshold: number, maxMs: number, onWait: (busy: number) => void): Promise<{ busy: number; waitedMs: number }> {
  const t0 = performance.now();
  for (;;) {
    const busy = await busyCores();
    const waitedMs = performance.now() - t0;
    if (busy < threshold || waitedMs >= maxMs) return { busy, waitedMs };
    onWait(busy);
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
}

export interface Measured {
  ok: boolean;
  exitCode: number | null;
  signal: string | null;
  wallMs: number;
  /** Largest RSS of any single process of the tree, from `/usr/bin/time -v` (KiB); null without GNU time. */
  maxRssSingleKb: number | null;
  /** Largest sum of RSS over the whole process tree, sampled every `sampleMs` (KiB; shared pages counted once per process). */
  peakTreeRssKb: number;
  /** Most processes seen at once in the tree. */
  peakProcesses: number;
  userS: number | null;
  sysS: number | null;
  /** CPU time of the tree summed over the processes sampled (each process's last reading; misses up to `sampleMs` of each). */
  sampledCpuS: number;
  /** The processes of the tree by command name: how many, their largest RSS and their CPU time (sampled). */
  processes: { command: string; count: number; peakRssKb: number; cpuS: number }[];
  /** Combined stdout and stderr of the command. */
  log: string;
}

let current: ChildProcess | undefined;

/** Kills the process group of the command being measured (used on Ctrl-C). */
export function killCurrent(): void {
  if (current?.pid && current.exitCode === null) {
    try {
      process.kill(-current.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/**
 * Runs `command args` in `cwd`, under `/usr/bin/time -v` when `useTime`, sampling the RSS of its process tree every
 * `sampleMs`. The command runs in its own process group so that it can be stopped as a whole.
 */
export async function measure(opts: {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  useTime: boolean;
  timeFile: string;
  logFile: string;
  sampleMs?: number;
  onLine?: (line: string) => void;
}): Promise<Measured> {
  const sampleMs = opts.sampleMs ?? 200;
  const [cmd, args] = opts.useTime
    ? [TIME_BIN, ['-v', '-o', opts.timeFile, opts.command, ...opts.args]]
    : [opts.command, opts.args];
  const log = fs.createWriteStream(opts.logFile);
  const chunks: string[] = [];
  const started = performance.now();
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  current = child;
  let peakTreeRssKb = 0;
  let peakProcesses = 0;
  // Per process (pid and start time): peak RSS and last CPU time seen. Sampling matters for CPU too: a process that
  // outlives its parent (Pagefind's binary is killed, not waited for, when the build ends) is reparented to init,
  // so /usr/bin/time never counts it.
  const seen = new Map<string, { comm: string; peakRssKb: number; cpuS: number }>();
  const sample = () => {
    if (!child.pid) return;
    const processes = sampleTree(child.pid);
    peakTreeRssKb = Math.max(peakTreeRssKb, processes.reduce((n, p) => n + p.rssKb, 0));
    peakProcesses = Math.max(peakProcesses, processes.length);
    for (const p of processes) {
      const key = `${p.pid}@${p.start}`;
      const s = seen.get(key);
      if (s) {
        s.peakRssKb = Math.max(s.peakRssKb, p.rssKb);
        s.cpuS = Math.max(s.cpuS, p.cpuS);
        s.comm = p.comm;
      } else seen.set(key, { comm: p.comm, peakRssKb: p.rssKb, cpuS: p.cpuS });
    }
  };
  const timer = setInterval(sample, sampleMs);
  let pending = '';
  const onData = (data: Buffer) => {
    const text = data.toString('utf8');
    chunks.push(text);
    log.write(text);
    if (opts.onLine) {
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) opts.onLine(line);
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => resolve({ code: c, signal: s }));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  current = undefined;
  await new Promise<void>((resolve) => log.end(resolve));

  let maxRssSingleKb: number | null = null;
  let userS: number | null = null;
  let sysS: number | null = null;
  if (opts.useTime && fs.existsSync(opts.timeFile)) {
    const report = fs.readFileSync(opts.timeFile, 'utf8');
    const num = (re: RegExp) => {
      const m = re.exec(report);
      return m ? Number(m[1]) : null;
    };
    maxRssSingleKb = num(/Maximum resident set size \(kbytes\): (\d+)/);
    userS = num(/User time \(seconds\): ([\d.]+)/);
    sysS = num(/System time \(seconds\): ([\d.]+)/);
  }
  // Group the processes by command name (e.g. node, pagefind_extended, esbuild), ignoring the time wrapper.
  const byCommand = new Map<string, { command: string; count: number; peakRssKb: number; cpuS: number }>();
  for (const p of seen.values()) {
    if (p.comm === 'time') continue;
    const g = byCommand.get(p.comm) ?? { command: p.comm, count: 0, peakRssKb: 0, cpuS: 0 };
    g.count++;
    g.peakRssKb = Math.max(g.peakRssKb, p.peakRssKb);
    g.cpuS = Math.round((g.cpuS + p.cpuS) * 100) / 100;
    byCommand.set(p.comm, g);
  }
  const processes = [...byCommand.values()].sort((x, y) => y.cpuS - x.cpuS);
  const sampledCpuS = Math.round(processes.reduce((n, p) => n + p.cpuS, 0) * 100) / 100;
  return { ok: code === 0, exitCode: code, signal, wallMs, maxRssSingleKb, peakTreeRssKb, peakProcesses, userS, sysS, sampledCpuS, processes, log: chunks.join('') };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the build's output
// ---------------------------------------------------------------------------------------------------------------

const ANSI = /\x1b\[[0-9;]*m/g;

export interface BuildLog {
  /** From "[palermo-pagefind] indexed en N pages, W words; es N pages, W words; … in M ms" (pages summed over the languages). */
  indexedPages: number | null;
  indexingMs: number | null;
  /** From "[build] N page(s) built in S s". */
  astroPages: number | null;
  astroSeconds: number | null;
}

export function parseBuildLog(log: string): BuildLog {
  const text = log.replace(ANSI, '');
  const indexed = /\[palermo-pagefind\] indexed (.*) in (\d+) ms/.exec(text);
  const indexedPages = indexed ? [...indexed[1]!.matchAll(/(\d+) pages/g)].reduce((n, m) => n + Number(m[1]), 0) : null;
  // "1279 page(s) built in 28.01s", "… in 1m 6s", "… in 850ms"
  const built = /\[build\] (\d+) page\(s\) built in (?:(\d+)m(?!s)\s*)?(?:([\d.]+)(ms|s))?/.exec(text);
  const seconds = built ? Number(built[2] ?? 0) * 60 + (built[3] ? Number(built[3]) / (built[4] === 'ms' ? 1000 : 1) : 0) : null;
  return {
    indexedPages,
    indexingMs: indexed ? Number(indexed[2]) : null,
    astroPages: built ? Number(built[1]) : null,
    astroSeconds: seconds,
  };
}

/** The last lines of a build log that say what went wrong (stack-trace noise trimmed). */
export function logTail(log: string, lines = 25): string {
  return log.replace(ANSI, '').split('\n').filter((l) => !/^\s+at /.test(l) && !/[├└]─/.test(l)).slice(-lines).join('\n');
}

export interface DirStats {
  bytes: number;
  files: number;
  htmlFiles: number;
}

/** Total size (apparent bytes), number of files and of HTML files under `dir`. */
export function dirStats(dir: string): DirStats {
  const stats: DirStats = { bytes: 0, files: 0, htmlFiles: 0 };
  if (!fs.existsSync(dir)) return stats;
  for (const entry of fs.globSync('**/*', { cwd: dir, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    stats.files++;
    stats.bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) stats.htmlFiles++;
  }
  return stats;
}

/** Number of built case-digest pages: `<outDir>/<lang>/cases/<slug>/index.html`. */
export function countDigestPages(outDir: string, langs: readonly string[]): number {
  return langs.reduce((n, lang) => n + fs.globSync(`${lang}/cases/*/index.html`, { cwd: outDir }).length, 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Synthetic content
// ---------------------------------------------------------------------------------------------------------------

export const SYNTH_MARK = '-synth-';

/** Replaces the value of the first top-level `key:` line of a YAML text by `value` (written as a JSON string, which is valid YAML). */
function setYamlLine(text: string, key: string, value: string): string {
  const re = new RegExp(`^${key}: .*$`, 'm');
  if (!re.test(text)) throw new Error(`no "${key}:" line to rewrite`);
  return text.replace(re, () => `${key}: ${JSON.stringify(value)}`);
}

/** Appends `suffix` to the `title` of a Markdown file's front matter, leaving every other byte as it is. */
function retitleMarkdown(md: string, suffix: string): string {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) throw new Error('no front matter');
  const data = YAML.parse(m[1]!) as { title?: unknown };
  if (typeof data.title !== 'string') throw new Error('no title in front matter');
  return `---\n${setYamlLine(m[1]!, 'title', data.title + suffix)}\n---\n${md.slice(m[0].length)}`;
}

export interface SyntheticContent {
  dir: string;
  realCases: number;
  syntheticCases: number;
  /** Synthetic digest files (`<slug>/<lang>.md`). */
  syntheticDigests: number;
}

/**
 * Copies `source` (the content folder) to `dest` and adds `count` synthetic cases, cloned round-robin from the real
 * ones as `<real-slug>-synth-<n>`: case.yaml with the name suffixed, the same digest files with the title suffixed.
 * Everything else (citations, national provisions, sources) is kept, so the clones pass the same schemas and checks.
 */
export function makeSyntheticContent(source: string, dest: string, count: number): SyntheticContent {
  fs.cpSync(source, dest, { recursive: true });
  const casesDir = path.join(dest, 'cases');
  const real = fs.readdirSync(casesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(casesDir, e.name, 'case.yaml')))
    .map((e) => e.name)
    .sort();
  if (real.length === 0) throw new Error(`no case folders in ${casesDir}`);
  const width = Math.max(4, String(count).length);
  let digests = 0;
  for (let i = 0; i < count; i++) {
    const from = real[i % real.length]!;
    const n = String(i + 1).padStart(width, '0');
    const slug = `${from}${SYNTH_MARK}${n}`;
    const suffix = ` (synthetic ${n})`;
    const srcDir = path.join(casesDir, from);
    const outDir = path.join(casesDir, slug);
    fs.mkdirSync(outDir);
    for (const file of fs.readdirSync(srcDir)) {
      const text = fs.readFileSync(path.join(srcDir, file), 'utf8');
      let out = text;
      if (file === 'case.yaml') {
        const data = YAML.parse(text) as { name: string };
        out = setYamlLine(text, 'name', data.name + suffix);
      } else if (LANGUAGES.some((l) => file === `${l}.md`)) {
        out = retitleMarkdown(text, suffix);
        digests++;
      }
      fs.writeFileSync(path.join(outDir, file), out);
    }
  }
  return { dir: dest, realCases: real.length, syntheticCases: count, syntheticDigests: digests };
}

// ---------------------------------------------------------------------------------------------------------------
// Build roots outside the repository
// ---------------------------------------------------------------------------------------------------------------

/**
 * A copy of the site's sources (src/, public/, config, tsconfig, package.json) in `dir`, with node_modules linked to the
 * repository's. Its astro.config.mjs wraps the site's own config (copied as astro.config.site.mjs) and only moves the
 * Astro and Vite caches into `cacheRoot`, so builds neither read nor write anything in the repository
 * (`.astro/`, `node_modules/.astro/`, `node_modules/.vite/`, `dist/`).
 */
export function prepareSiteRoot(repo: string, dir: string): { sourceHash: string; newestSource: string } {
  fs.mkdirSync(dir, { recursive: true });
  for (const item of ['src', 'public']) fs.cpSync(path.join(repo, item), path.join(dir, item), { recursive: true });
  for (const item of ['package.json', 'tsconfig.json']) fs.copyFileSync(path.join(repo, item), path.join(dir, item));
  fs.copyFileSync(path.join(repo, 'astro.config.mjs'), path.join(dir, 'astro.config.site.mjs'));
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `// Written by bench/build.ts: the site's own config, with the caches moved out of node_modules (BENCH_CACHE_DIR).
import config from './astro.config.site.mjs';

const cache = process.env.BENCH_CACHE_DIR;
if (!cache) throw new Error('BENCH_CACHE_DIR is not set');
export default { ...config, cacheDir: cache + '/astro', vite: { ...config.vite, cacheDir: cache + '/vite' } };
`,
  );
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // Which version of the site was measured (the sources may change between two runs of the benchmark).
  const hash = createHash('sha256');
  let newest = 0;
  const files = fs.globSync('{src,public}/**/*', { cwd: repo }).map((f) => path.join(repo, f)).filter((f) => fs.statSync(f).isFile());
  files.push(...['astro.config.mjs', 'package.json', 'tsconfig.json'].map((f) => path.join(repo, f)));
  for (const file of files.sort()) {
    hash.update(path.relative(repo, file)).update('\0').update(fs.readFileSync(file)).update('\0');
    newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return { sourceHash: hash.digest('hex').slice(0, 16), newestSource: new Date(newest).toISOString() };
}

/**
 * A bare Astro project in `dir`: one route `src/pages/[slug].astro` rendering, without any layout, every synthetic
 * digest (`*-synth-*\/<lang>.md`, every site language) of `casesDir`, loaded by Astro's content-collection glob loader.
 */
export function prepareBareRoot(repo: string, dir: string, casesDir: string): void {
  fs.mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2) + '\n');
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';

const cache = process.env.BENCH_CACHE_DIR;
if (!cache) throw new Error('BENCH_CACHE_DIR is not set');
export default defineConfig({ cacheDir: cache + '/astro', vite: { cacheDir: cache + '/vite' } });
`,
  );
  fs.writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  digests: defineCollection({ loader: glob({ base: ${JSON.stringify(casesDir)}, pattern: '*${SYNTH_MARK}*/${LANGUAGE_GLOB}.md' }) }),
};
`,
  );
  fs.writeFileSync(
    path.join(dir, 'src', 'pages', '[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('digests');
  return entries.map((entry) => ({ params: { slug: entry.id.replaceAll('/', '--') }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Content />
`,
  );
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------------------------

export const fmtS = (ms: number | null | undefined) => (ms == null ? '—' : `${(ms / 1000).toFixed(1)} s`);
export const fmtMs = (ms: number | null | undefined) => (ms == null ? '—' : `${ms.toFixed(1)} ms`);
export const fmtMB = (bytes: number | null | undefined) => (bytes == null ? '—' : `${(bytes / 1e6).toFixed(1)} MB`);
export const fmtKbAsMB = (kb: number | null | undefined) => (kb == null ? '—' : `${Math.round((kb * 1024) / 1e6)} MB`);
export const fmtN = (n: number | null | undefined) => (n == null ? '—' : n.toLocaleString('en-US'));
export const fmtX = (r: number | null | undefined) => (r == null || !Number.isFinite(r) ? '—' : `${r.toFixed(2)}×`);

/** A plain-text table with right-aligned columns (the first one left-aligned). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** `<dir>/build-<YYYY-MM-DD>.json`, or `build-<date>-2.json`, … when that file exists. */
export function resultFile(dir: string, date: Date): string {
  const day = date.toISOString().slice(0, 10);
  let file = path.join(dir, `build-${day}.json`);
  for (let i = 2; fs.existsSync(file); i++) file = path.join(dir, `build-${day}-${i}.json`);
  return file;
}
