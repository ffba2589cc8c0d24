/**
 * Build benchmark: how long `astro build` takes, how big the output is and how much memory it needs, for the real
 * site and for synthetic content with more case digests, compared with a bare Astro project rendering the same digests.
 *
 *   npm run bench:build [-- --scales 1,10,100] [--skip-bare] [--keep-temp] [--no-warmup] [--wait-idle]
 *   (or: node bench/build.ts … with Node ≥ 22.12)
 *
 *   --scales     synthetic scales to build (default 1,10); 100 takes several minutes on two cores
 *   --skip-bare  do not build the bare Astro baseline
 *   --keep-temp  keep the temporary folder (content, outputs, logs) and print where it is
 *   --no-warmup  skip the unmeasured warm-up build
 *   --wait-idle  before each measured build, wait (up to 10 min) until the machine is idle (< 0.3 core busy)
 *
 * Runs, in this order:
 *   warm-up  one unmeasured build of the real site, so that the first measured build does not pay for a cold OS file
 *            cache (thousands of files in node_modules);
 *   real     the site with its real content (CONTENT_DIR=content/);
 *   site k×  the site with a temporary copy of content/ plus k × (number of real cases) synthetic cases, cloned
 *            round-robin from the real ones as `<slug>-synth-<n>` (case.yaml with the name suffixed, the same en/es/fr
 *            digests with the title suffixed), built with `CONTENT_DIR=<tmp> astro build --outDir <tmp-dist>`;
 *   bare k×  a bare Astro project (no integration, no layout) whose only route, src/pages/[slug].astro, renders each
 *            synthetic digest file of that same folder through a content collection with Astro's glob loader.
 *            Skipped with --skip-bare.
 *
 * Every build is cold and isolated: it runs in a temporary copy of the site's sources (src/, public/, config) with
 * node_modules linked to the repository's, and its Astro and Vite caches in a fresh temporary folder, so nothing in
 * the repository is read from cache or written (no dist/, .astro/, node_modules/.astro or node_modules/.vite).
 *
 * Figures per build:
 *   wall         wall time of the `astro build` process, including the Pagefind indexing of the astro:build:done hook;
 *   index        the indexing time the integration logs ("[palermo-pagefind] indexed N pages in M ms");
 *   pages        HTML files in the output (the count Astro logs, "N page(s) built", is kept in the JSON too);
 *   digest pages built /<lang>/cases/<slug>/ pages (site), or pages (bare);
 *   ms/digest    wall / digest pages; "marginal" = (wall − real wall) / (digest pages − real digest pages);
 *   dist         apparent size of the output folder (Pagefind's part is in the JSON);
 *   RSS tree     peak of the summed RSS of the build's whole process tree (node, Pagefind's binary, workers),
 *                sampled every 200 ms from /proc (pages shared between processes are counted once per process);
 *   RSS max proc the largest RSS of any single process of the tree: `/usr/bin/time -v` (when installed) or the
 *                /proc samples, whichever is larger (the JSON has the peak per command: node, pagefind_extended…);
 *   site/bare    wall of site k× / wall of bare k× (and the same without the indexing time).
 *   CPU          user + system time of the build's processes: the larger of /usr/bin/time -v's figure and the sum of
 *                the processes' CPU times sampled from /proc (time misses Pagefind's binary, which is killed without
 *                being waited for and so is reparented to init); less sensitive than wall time to other load;
 *   other CPU    CPU seconds the rest of the machine used during the build (/proc/stat minus the build's own CPU):
 *                when it is high, something else competed for the two cores and the wall time is inflated.
 * Results: a table on stdout, progress on stderr, and bench/results/build-<date>.json (rewritten after every build, so
 * an interrupted run, Ctrl-C included, keeps what it measured). Exit status 1 if a build failed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LANGUAGES } from '#src/registries/locales.ts';
import {
  countDigestPages, dirStats, fmtKbAsMB, fmtMB, fmtMs, fmtN, fmtS, fmtX, gnuTimeAvailable, killCurrent, logTail, machineBusySeconds, waitIdle,
  makeSyntheticContent, measure, parseBuildLog, prepareBareRoot, prepareSiteRoot, resultFile, table,
} from './build-lib.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONTENT = path.join(REPO, 'content');
const NODE = fs.existsSync(path.join(REPO, 'node_modules/.bin/node')) ? path.join(REPO, 'node_modules/.bin/node') : process.execPath;
const ASTRO = path.join(REPO, 'node_modules/astro/bin/astro.mjs');

// ---- options -----------------------------------------------------------------------------------------------------
const USAGE = 'Usage: node bench/build.ts [--scales 1,10,100] [--skip-bare] [--keep-temp] [--no-warmup] [--wait-idle]';
let args: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    options: {
      scales: { type: 'string', default: '1,10' },
      'skip-bare': { type: 'boolean', default: false },
      'keep-temp': { type: 'boolean', default: false },
      'no-warmup': { type: 'boolean', default: false },
      'wait-idle': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
}
try {
  args = parseOptions();
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const scales = args.scales.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
if (!scales.length || scales.some((s) => !Number.isInteger(s) || s < 1)) {
  console.error('--scales expects positive whole numbers separated by commas, e.g. --scales 1,10,100');
  process.exit(2);
}
const skipBare = args['skip-bare'];
const keepTemp = args['keep-temp'];
const warmUp = !args['no-warmup'];
const waitForIdle = args['wait-idle'];

// ---- environment ---------------------------------------------------------------------------------------------------
const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.version} is too old for Astro 7: run it with npm run bench:build (Node 22 from node_modules).`);
  process.exit(2);
}
const useTime = gnuTimeAvailable();
const versionOf = (pkg: string) => (JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
const realCases = fs.readdirSync(path.join(CONTENT, 'cases'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(CONTENT, 'cases', e.name, 'case.yaml'))).length;

const progress = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-bench-build-'));
const cleanup = () => {
  if (keepTemp) progress(`temporary files kept in ${temp}`);
  else fs.rmSync(temp, { recursive: true, force: true });
};

// ---- one build -----------------------------------------------------------------------------------------------------
interface Run {
  label: string;
  kind: 'real' | 'site' | 'bare';
  scale: number | null;
  /** Cases in the content (site), or synthetic cases rendered (bare). */
  cases: number;
  syntheticCases: number;
  ok: boolean;
  error?: string;
  wallMs: number;
  indexingMs: number | null;
  indexedPages: number | null;
  astroPages: number | null;
  astroSeconds: number | null;
  htmlPages: number;
  digestPages: number;
  outputFiles: number;
  distBytes: number;
  pagefindBytes: number;
  peakTreeRssKb: number;
  peakProcesses: number;
  maxRssSingleKb: number | null;
  userS: number | null;
  sysS: number | null;
  /** CPU time of the build's processes: the larger of /usr/bin/time's user + sys and the sum sampled from /proc. */
  cpuS: number;
  sampledCpuS: number;
  /** The build's processes by command name (node, pagefind_extended, esbuild…): count, largest RSS, CPU (sampled). */
  processes: { command: string; count: number; peakRssKb: number; cpuS: number }[];
  loadAverageBefore: number;
  /** CPU seconds used by other processes of the machine during the build. */
  otherCpuS: number;
  /** Time spent waiting for an idle machine before the build (--wait-idle). */
  waitedIdleMs?: number;
  msPerDigestPage: number | null;
  marginalMsPerDigestPage?: number | null;
  ratioToBare?: number | null;
  ratioToBareWithoutIndexing?: number | null;
  logFile?: string;
}

async function build(opts: { label: string; kind: Run['kind']; scale: number | null; root: string; contentDir?: string; cases: number; syntheticCases: number }): Promise<Run> {
  const id = opts.label.replace(/[^a-z0-9]+/gi, '-');
  const outDir = path.join(temp, `dist-${id}`);
  const cacheDir = path.join(temp, `cache-${id}`);
  const logFile = path.join(temp, `${id}.log`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(REPO, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
    BENCH_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env['CONTENT_DIR'];
  if (opts.contentDir) env['CONTENT_DIR'] = opts.contentDir;
  let waitedIdleMs: number | undefined;
  if (waitForIdle && opts.label !== 'warm-up') {
    const idle = await waitIdle(0.3, 10 * 60_000, (busy) => progress(`${opts.label}: waiting for an idle machine (${busy.toFixed(2)} cores busy)…`));
    waitedIdleMs = Math.round(idle.waitedMs);
    if (idle.busy >= 0.3) progress(`${opts.label}: still ${idle.busy.toFixed(2)} cores busy after 10 min; building anyway`);
  }
  const loadAverageBefore = Math.round(os.loadavg()[0]! * 100) / 100;
  const busyBefore = machineBusySeconds();
  progress(`${opts.label}: astro build (${fmtN(opts.cases)} cases; load average ${loadAverageBefore})…`);
  const m = await measure({
    command: NODE, args: [ASTRO, 'build', '--outDir', outDir], cwd: opts.root, env, useTime, logFile,
    timeFile: path.join(temp, `${id}.time`),
    onLine: (line) => {
      // Milestones only, so that a long run shows where it is.
      const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
      if (/\[(content|palermo-pagefind)\]|\[build\] (✓|Building|Rearranging|Waiting|\d+ page)/.test(plain)) progress(`${opts.label}: ${plain.trim()}`);
    },
  });
  const busyDuring = machineBusySeconds() - busyBefore;
  const cpuS = Math.round(Math.max((m.userS ?? 0) + (m.sysS ?? 0), m.sampledCpuS) * 100) / 100;
  const parsed = parseBuildLog(m.log);
  const out = dirStats(outDir);
  const digestPages = opts.kind === 'bare' ? out.htmlFiles : countDigestPages(outDir, LANGUAGES);
  const run: Run = {
    label: opts.label, kind: opts.kind, scale: opts.scale, cases: opts.cases, syntheticCases: opts.syntheticCases,
    ok: m.ok,
    wallMs: Math.round(m.wallMs), indexingMs: parsed.indexingMs, indexedPages: parsed.indexedPages,
    astroPages: parsed.astroPages, astroSeconds: parsed.astroSeconds,
    htmlPages: out.htmlFiles, digestPages, outputFiles: out.files, distBytes: out.bytes, pagefindBytes: dirStats(path.join(outDir, 'pagefind')).bytes,
    peakTreeRssKb: m.peakTreeRssKb, peakProcesses: m.peakProcesses,
    maxRssSingleKb: Math.max(m.maxRssSingleKb ?? 0, ...m.processes.map((p) => p.peakRssKb)),
    userS: m.userS, sysS: m.sysS, cpuS, sampledCpuS: m.sampledCpuS, processes: m.processes,
    loadAverageBefore,
    otherCpuS: Math.max(0, Math.round((busyDuring - cpuS) * 10) / 10),
    ...(waitedIdleMs === undefined ? {} : { waitedIdleMs }),
    msPerDigestPage: digestPages ? Math.round((m.wallMs / digestPages) * 10) / 10 : null,
  };
  if (!m.ok) {
    run.error = `astro build exited with ${m.signal ?? m.exitCode}:\n${logTail(m.log)}`;
    if (keepTemp) run.logFile = logFile;
    else {
      // Keep the log of a failed build next to the results.
      const kept = path.join(REPO, 'bench', 'results', `build-failed-${id}-${new Date().toISOString().slice(0, 10)}.log`);
      fs.copyFileSync(logFile, kept);
      run.logFile = path.relative(REPO, kept);
    }
    progress(`${opts.label}: FAILED (${run.logFile})\n${logTail(m.log, 12)}`);
  } else {
    progress(`${opts.label}: ${fmtS(run.wallMs)}, ${fmtN(run.htmlPages)} pages, index ${fmtS(run.indexingMs)}, tree RSS ${fmtKbAsMB(run.peakTreeRssKb)}`);
  }
  if (!keepTemp) {
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  return run;
}

// ---- results ---------------------------------------------------------------------------------------------------------
const started = Date.now();
const startedAt = new Date();
const loadAverageStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
const runs: Run[] = [];
const problems: string[] = [];
const resultsDir = path.join(REPO, 'bench', 'results');
fs.mkdirSync(resultsDir, { recursive: true });
const file = resultFile(resultsDir, startedAt);
let siteSource: { sourceHash: string; newestSource: string } | undefined;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Derived figures: marginal time per added digest page (vs the real site) and the site/bare ratios. */
function derive(): void {
  const real = runs.find((r) => r.kind === 'real' && r.ok);
  for (const r of runs) {
    if (r.kind !== 'site' || !r.ok) continue;
    if (real && r.digestPages > real.digestPages) r.marginalMsPerDigestPage = round((r.wallMs - real.wallMs) / (r.digestPages - real.digestPages));
    const bare = runs.find((b) => b.kind === 'bare' && b.ok && b.scale === r.scale);
    if (bare) {
      r.ratioToBare = round(r.wallMs / bare.wallMs, 2);
      r.ratioToBareWithoutIndexing = r.indexingMs == null ? null : round((r.wallMs - r.indexingMs) / bare.wallMs, 2);
    }
  }
}

function report(): string {
  const header = ['run', 'cases', 'digest pages', 'pages', 'wall', 'index', 'wall − index', 'CPU', 'other CPU', 'ms/digest', 'marginal', 'dist', 'RSS tree', 'RSS max proc', 'site/bare', 'w/o index'];
  const rows = runs.map((r) => r.ok
    ? [
        r.label, fmtN(r.cases), fmtN(r.digestPages), fmtN(r.htmlPages), fmtS(r.wallMs), fmtS(r.indexingMs),
        fmtS(r.indexingMs == null ? null : r.wallMs - r.indexingMs), fmtS(r.cpuS * 1000), fmtS(r.otherCpuS * 1000),
        fmtMs(r.msPerDigestPage), fmtMs(r.marginalMsPerDigestPage),
        fmtMB(r.distBytes), fmtKbAsMB(r.peakTreeRssKb), fmtKbAsMB(r.maxRssSingleKb), fmtX(r.ratioToBare), fmtX(r.ratioToBareWithoutIndexing),
      ]
    : [r.label, fmtN(r.cases), 'FAILED', '', fmtS(r.wallMs), '', '', '', '', '', '', '', fmtKbAsMB(r.peakTreeRssKb), fmtKbAsMB(r.maxRssSingleKb), '', '']);
  return table(header, rows);
}

/** Writes the JSON (after every build, so that an interrupted run keeps what it measured). */
function save(status: 'running' | 'complete' | 'interrupted'): void {
  derive();
  fs.writeFileSync(file, JSON.stringify({
    benchmark: 'build',
    status,
    date: startedAt.toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    environment: {
      node: process.version, astro: versionOf('astro'), pagefind: versionOf('pagefind'),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null,
      memoryGB: round(os.totalmem() / 1024 ** 3), loadAverageStart, gnuTime: useTime,
    },
    /** sha256 (16 hex digits) of src/, public/, astro.config.mjs, package.json, tsconfig.json as built, and the newest of their modification times. */
    siteSource,
    options: { scales, skipBare, warmUp, waitIdle: waitForIdle },
    method: {
      isolation: 'each build runs in a temporary copy of src/, public/ and the config, node_modules linked, with fresh Astro and Vite cache folders (cold build); one unmeasured warm-up build of the real site runs first unless --no-warmup',
      synthetic: `content/ copied, plus scale × ${realCases} clones of the real cases as <slug>-synth-<n> (name and titles suffixed)`,
      bare: 'bare Astro project, one route src/pages/[slug].astro rendering each synthetic digest (glob loader, no layout, no integration)',
      wallMs: 'wall time of the astro build process, including the Pagefind indexing in astro:build:done',
      indexingMs: '"[palermo-pagefind] indexed N pages in M ms" from the build log',
      userS_sysS: 'CPU time of the processes /usr/bin/time -v saw reaped (misses Pagefind\'s binary, which is killed, not waited for, at the end of the build, and so reparented to init)',
      sampledCpuS: 'CPU time summed over every process of the tree, last reading of each from /proc (sampled every 200 ms)',
      cpuS: 'max(userS + sysS, sampledCpuS)',
      processes: 'the build\'s processes grouped by command name: count, largest RSS (KiB), CPU seconds (sampled)',
      otherCpuS: 'CPU seconds used by the rest of the machine during the build: busy time from /proc/stat minus cpuS',
      peakTreeRssKb: 'peak of the summed RSS of the process tree, sampled every 200 ms from /proc',
      maxRssSingleKb: 'largest RSS of a single process of the tree: max of /usr/bin/time -v and the /proc samples',
      msPerDigestPage: 'wallMs / digestPages',
      marginalMsPerDigestPage: '(wallMs − real wallMs) / (digestPages − real digestPages)',
    },
    runs,
    problems,
    table: report(),
  }, null, 2) + '\n');
}

function printReport(): void {
  console.log(`\nBuild benchmark — ${startedAt.toISOString()} — Astro ${versionOf('astro')}, Pagefind ${versionOf('pagefind')}, Node ${process.version}, ${os.cpus().length} CPUs, ${Math.round(os.totalmem() / 1024 ** 3)} GB`);
  console.log(`Cold, isolated builds. Synthetic k× = the ${realCases} real cases + k × ${realCases} clones; bare k× renders only the clones' digests.\n`);
  console.log(report());
  console.log('\nwall includes Pagefind indexing ("index"); CPU = user + system time of the build\'s processes; other CPU = CPU time other processes');
  console.log('used meanwhile (high = contended, wall inflated); ms/digest = wall / digest pages;');
  console.log('marginal = extra wall per extra digest page vs the real site; RSS tree = peak summed RSS of the process tree (sampled');
  console.log('every 200 ms); RSS max proc = largest single process (time -v or samples); site/bare = wall ratio (w/o index: site wall − index).');
  const contended = runs.filter((r) => r.otherCpuS > 0.1 * (r.wallMs / 1000));
  if (contended.length) {
    console.log(`Warning: other processes used more than 10% of a core during ${contended.map((r) => r.label).join(', ')}; their wall times are inflated (compare CPU).`);
  }
  for (const p of problems) console.log(`Problem: ${p}`);
  console.log(`\nWrote ${path.relative(REPO, file)}`);
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    progress(`${signal}: stopping the build, writing what was measured, removing ${temp}`);
    killCurrent();
    setTimeout(() => {
      problems.push(`interrupted (${signal}) before the end`);
      save('interrupted');
      printReport();
      cleanup();
      process.exit(130);
    }, 1000);
  });
}

// ---- the runs ------------------------------------------------------------------------------------------------------
async function record(run: Run): Promise<Run> {
  if (interrupted) return run;
  runs.push(run);
  if (!run.ok) problems.push(`${run.label}: ${run.error?.split('\n')[0]} (log: ${run.logFile})`);
  save('running');
  return run;
}

try {
  const siteRoot = path.join(temp, 'site');
  siteSource = prepareSiteRoot(REPO, siteRoot);
  progress(`temporary folder ${temp}; /usr/bin/time -v ${useTime ? 'available' : 'not available (RSS max proc not measured)'}; results in ${path.relative(REPO, file)}`);
  if (warmUp) {
    // Not recorded: fills the OS file cache (node_modules, sources) so the first measured build is not penalised.
    await build({ label: 'warm-up', kind: 'real', scale: null, root: siteRoot, contentDir: CONTENT, cases: realCases, syntheticCases: 0 });
  }
  await record(await build({ label: 'real site', kind: 'real', scale: null, root: siteRoot, contentDir: CONTENT, cases: realCases, syntheticCases: 0 }));

  for (const scale of scales) {
    if (interrupted) break;
    const count = scale * realCases;
    const contentDir = path.join(temp, `content-${scale}x`);
    let synthetic;
    try {
      synthetic = makeSyntheticContent(CONTENT, contentDir, count);
    } catch (e) {
      problems.push(`${scale}×: could not generate the synthetic content: ${(e as Error).message}`);
      continue;
    }
    progress(`${scale}×: ${fmtN(count)} synthetic cases (${fmtN(synthetic.syntheticDigests)} digest files) in ${contentDir}`);
    await record(await build({ label: `site ${scale}×`, kind: 'site', scale, root: siteRoot, contentDir, cases: realCases + count, syntheticCases: count }));
    if (!skipBare && !interrupted) {
      const bareRoot = path.join(temp, `bare-${scale}x`);
      prepareBareRoot(REPO, bareRoot, path.join(contentDir, 'cases'));
      await record(await build({ label: `bare ${scale}×`, kind: 'bare', scale, root: bareRoot, cases: count, syntheticCases: count }));
      if (!keepTemp) fs.rmSync(bareRoot, { recursive: true, force: true });
    }
    if (!keepTemp) fs.rmSync(contentDir, { recursive: true, force: true });
  }
} catch (e) {
  problems.push(`benchmark error: ${(e as Error).stack ?? e}`);
} finally {
  if (!interrupted) cleanup();
}
if (!interrupted) {
  save('complete');
  printReport();
  if (problems.length) process.exitCode = 1;
}
