/**
 * Whole builds of altered sites: under a sub-path (base), and with broken content that the schemas cannot
 * see (a broken link inside MDX, markup in a data field, a treaty paragraph altered by one word).
 * Each build goes to its own folder; dist/ is untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSite, formatReport } from '#scripts/check-links.ts';
import { launchBrowser } from '#scripts/lib/browser.ts';
import { serveDist } from '#scripts/lib/server.ts';
import { SOURCES } from '#tests/support/dist.ts';
import { LANGUAGES } from '#src/registries/locales.ts';
import { parseTreaty } from '#src/lib/treaty-parser.ts';
import { articleParagraphs, compareParagraphs } from '#src/lib/verbatim.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-builds-'));

/** The environment of a child build: Vitest's own `import.meta.env` keys (BASE_URL, MODE…) would override the site's. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV']) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

function build(name: string, env: Record<string, string>): Promise<{ ok: boolean; output: string; dir: string }> {
  const dir = path.join(work, name, 'dist');
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dir], {
      cwd: root, maxBuffer: 64 * 1024 * 1024,
      env: childEnv({ ASTRO_CACHE_DIR: path.join(work, name, 'cache'), ...env }),
    }, (error, stdout, stderr) => resolve({ ok: !error, output: stdout + stderr, dir }));
  });
}

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a build under a sub-path', () => {
  let dir: string;
  beforeAll(async () => {
    const r = await build('base', { BASE_PATH: '/palermo/' });
    expect(r.ok, r.output.slice(-2000)).toBe(true);
    dir = r.dir;
  }, 180_000);

  it('has no broken link under /palermo/', () => {
    const result = checkSite(dir, '/palermo/');
    expect(result.problems.slice(0, 10)).toEqual([]);
    expect(result.links).toBeGreaterThan(1000);
  });

  it('switches language, deep-links and searches under the sub-path', async () => {
    const [browser, server] = await Promise.all([launchBrowser(), serveDist(dir, '/palermo/')]);
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(`${server.url}/en/instruments/som-protocol/article-6/`);
      await page.locator('.lang-switcher a[hreflang="es"]').click();
      await page.waitForURL(/\/palermo\/es\/instruments\/som-protocol\/article-6\/$/);
      await page.goto(`${server.url}/en/search/?q=${encodeURIComponent('SOM 6(1)(a)')}`);
      await page.waitForSelector('a[data-result]');
      await page.waitForTimeout(300);
      const hrefs = await page.locator('a[data-result]').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
      expect(hrefs[0]).toBe('/palermo/en/instruments/som-protocol/article-6/#para-1-a');
      expect(hrefs.every((h) => h?.startsWith('/palermo/'))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});

describe('broken content that only a check over the built site can see', () => {
  let dir: string;
  let content: string;
  beforeAll(async () => {
    content = path.join(work, 'broken', 'content');
    fs.cpSync(path.join(root, 'content'), content, { recursive: true });
    // 1. a broken internal link inside a guide's MDX
    const guide = path.join(content, 'guides/glossary/en.mdx');
    fs.appendFileSync(guide, '\n\nSee also [a case that does not exist](../../cases/no-such-case/).\n');
    // 2. markup in a data field
    const digest = path.join(content, 'cases/ca-2015-appulonappa/en.md');
    fs.writeFileSync(digest, fs.readFileSync(digest, 'utf8').replace(/^title: .*$/m, 'title: "Appulonappa <img src=x onerror=alert(1)>"'));
    // 3. one word of a treaty paragraph changed
    const treaty = path.join(content, 'instruments/som-protocol/en.json');
    fs.writeFileSync(treaty, fs.readFileSync(treaty, 'utf8').replace('The smuggling of migrants;', 'The trafficking of migrants;'));
    const r = await build('broken', { CONTENT_DIR: content });
    expect(r.ok, r.output.slice(-2000)).toBe(true);
    dir = r.dir;
  }, 180_000);

  it('the link checker reports the broken MDX link, naming the page and the target', () => {
    const problems = checkSite(dir, '/').problems.map((p) => `${p.kind} ${p.page} → ${p.target}`);
    // The English glossary, and every language that shows it as a fallback (no glossary of its own).
    const showing = LANGUAGES.filter((l) => l === 'en' || !fs.existsSync(path.join(root, 'content/guides/glossary', `${l}.mdx`)));
    expect(problems.sort()).toEqual(showing.map((l) => `broken-link /${l}/guides/glossary/ → /${l}/cases/no-such-case/`).sort());
    // The report names the MDX file the broken link was written in.
    expect(formatReport(checkSite(dir, '/'), content)).toContain('/en/guides/glossary/ (written in content/guides/glossary/en.mdx)');
  });

  it('renders markup in a data field as text', () => {
    const html = fs.readFileSync(path.join(dir, 'en/cases/ca-2015-appulonappa/index.html'), 'utf8');
    expect(html).toContain('Appulonappa &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });

  it.skipIf(!fs.existsSync(path.join(SOURCES, 'treaties')))('the verbatim comparison reports the altered paragraph, naming instrument, language, article and paragraph', () => {
    const source = parseTreaty(fs.readFileSync(path.join(SOURCES, 'treaties/som-protocol.en.md'), 'utf8'));
    const shown = JSON.parse(fs.readFileSync(path.join(content, 'instruments/som-protocol/en.json'), 'utf8')) as ReturnType<typeof parseTreaty>;
    const article6 = (t: ReturnType<typeof parseTreaty>) => articleParagraphs('6', t.articles.find((a) => a.number === 6)!.blocks);
    const [problem, ...rest] = compareParagraphs('som-protocol en', article6(source), article6(shown));
    expect(problem).toMatch(/^som-protocol en, art\. 6, paragraph 1-a: differs from the source/);
    expect(problem).toContain('page:   (a) The trafficking of migrants;');
    expect(rest).toEqual([]);
  });
});

describe('markup the content policy refuses fails the build, naming the file and the line', () => {
  /** A copy of the content with one file's text changed by `edit`, built to its own folder. */
  async function buildWith(name: string, file: string, edit: (text: string) => string) {
    const content = path.join(work, name, 'content');
    fs.cpSync(path.join(root, 'content'), content, { recursive: true });
    fs.writeFileSync(path.join(content, file), edit(fs.readFileSync(path.join(content, file), 'utf8')));
    return build(name, { CONTENT_DIR: content });
  }

  it('a meta refresh in a Markdown digest', async () => {
    const r = await buildWith('meta-refresh', 'cases/ca-2015-b010/en.md', (t) => `${t}\n<meta http-equiv="refresh" content="0;url=https://example.org">\n`);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/cases\/ca-2015-b010\/en\.md:\d+: <meta> is not allowed in content; write Markdown/);
  }, 180_000);

  it('a frame and an unknown provision in an MDX guide', async () => {
    const frame = await buildWith('mdx-iframe', 'guides/glossary/en.mdx', (t) => `${t}\n<iframe src="https://example.org" />\n`);
    expect(frame.ok).toBe(false);
    expect(frame.output).toMatch(/guides\/glossary\/en\.mdx:\d+: <iframe> is not allowed in content/);
    const provision = await buildWith('mdx-provision', 'guides/glossary/en.mdx', (t) => `${t}\n<Provision cite="SOM 6(9)" />\n`);
    expect(provision.ok).toBe(false);
    expect(provision.output).toMatch(/guides\/glossary\/en\.mdx:\d+: <Provision cite="SOM 6\(9\)">: Unknown provision "SOM 6\(9\)"/);
  }, 300_000);
});
