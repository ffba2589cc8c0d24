/**
 * Checks every link of the built site: broken internal links, missing #fragments, and links from a page in one
 * language to another language where the page exists in its own (see src/lib/link-check.ts).
 *
 *   node scripts/check-links.ts [folder]      folder defaults to dist/
 *
 * BASE_PATH: the deployment base the site was built for (default `/`), as for `npm run build`.
 * SITE_URL: the site's origin, where the build used one; absolute links to it are checked too.
 * Prints the problems grouped by page and a summary line; exits 1 if there is any problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { checkLinks, resolveHref, type BuiltPage, type LinkProblem, type PageLink } from '#src/lib/link-check.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

/** The result of checking one built site. */
export interface SiteCheck {
  problems: LinkProblem[];
  /** Number of HTML pages read. */
  pages: number;
  /** Number of links checked (links to other origins, mailto: and the like are not counted). */
  links: number;
  /** Number of links skipped as other origins or non-navigational schemes. */
  skipped: number;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Reads the built site in `dir`: its pages (ids and links, by site path) and its other files. */
export function readSite(dir: string): { pages: Map<string, BuiltPage>; files: string[] } {
  const pages = new Map<string, BuiltPage>();
  const files: string[] = [];
  for (const file of fs.globSync('**/*', { cwd: dir, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const full = path.join(file.parentPath, file.name);
    const rel = '/' + path.relative(dir, full).split(path.sep).join('/');
    if (!file.name.endsWith('.html')) {
      files.push(rel);
      continue;
    }
    // Parse <pre> and <noscript> content as HTML too (the site must work with JavaScript off); scripts and styles stay text.
    const root = parse(fs.readFileSync(full, 'utf8'), { blockTextElements: { script: true, style: true } });
    const ids = [
      ...root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''),
      ...root.querySelectorAll('a[name]').map((el) => el.getAttribute('name') ?? ''),
    ].filter(Boolean);
    const links: PageLink[] = root.querySelectorAll('a[href], area[href]').map((el) => ({
      href: el.getAttribute('href') ?? '',
      text: squash(el.textContent) || squash(el.getAttribute('aria-label') ?? '') || squash(el.querySelector('img')?.getAttribute('alt') ?? '') || squash(el.getAttribute('title') ?? ''),
      hreflang: el.getAttribute('hreflang') ?? null,
    }));
    pages.set(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, { ids, links });
  }
  return { pages, files };
}

/** Reads and checks the built site in `dir`, deployed under `base`. */
export function checkSite(dir: string, base = '/', origin?: string): SiteCheck {
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir} holds no built site (index.html is missing): run \`npm run build\` first`);
  const { pages, files } = readSite(dir);
  let links = 0;
  let skipped = 0;
  for (const [pagePath, page] of pages) {
    for (const link of page.links) {
      if (resolveHref(link.href, pagePath, base, origin).kind === 'external') skipped++;
      else links++;
    }
  }
  const problems = checkLinks({ pages, files, base, languages: LANGUAGES, ...(origin ? { origin } : {}) });
  return { problems, pages: pages.size, links, skipped };
}

/** The report: problems grouped by page, then the summary line. */
/**
 * The content file a built page is rendered from, for pages written by authors (digests, guides, news, stand-alone
 * pages): the page's own language, or English where the page shows it as a fallback. Undefined for generated pages.
 */
export function contentFileOf(page: string, contentDir = path.resolve('content')): string | undefined {
  const m = /^\/([a-z]{2})\/(?:(cases|guides|news)\/([^/]+)|(about|accessibility))\/$/.exec(page);
  if (!m) return undefined;
  const [, lang, section, slug, standalone] = m;
  const folder = section ? path.join(section, slug!) : path.join('pages', standalone!);
  const candidates = [lang, 'en'].flatMap((l) => [`${l}.md`, `${l}.mdx`]).map((f) => path.join(folder, f));
  const found = candidates.find((f) => fs.existsSync(path.join(contentDir, f)));
  return found ? `content/${found.split(path.sep).join('/')}` : undefined;
}

export function formatReport(result: SiteCheck, contentDir?: string): string {
  const lines: string[] = [];
  let current: string | undefined;
  for (const p of result.problems) {
    if (p.page !== current) {
      if (current !== undefined) lines.push('');
      const source = contentFileOf(p.page, contentDir);
      lines.push(source ? `${p.page} (written in ${source})` : p.page);
      current = p.page;
    }
    const times = p.count > 1 ? ` (×${p.count})` : '';
    const text = p.text ? ` "${p.text.length > 60 ? p.text.slice(0, 57) + '…' : p.text}"` : '';
    lines.push(`  ${p.kind}: ${p.href}${text}${times} → ${p.target}: ${p.message}`);
  }
  if (lines.length) lines.push('');
  lines.push(`${summary(result)}`);
  return lines.join('\n');
}

/** "N links checked on M pages: K problems". */
export function summary(result: SiteCheck): string {
  return `${result.links} links checked on ${result.pages} pages: ${result.problems.length} problems`;
}

function main() {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  const base = process.env.BASE_PATH ?? '/';
  const origin = process.env.SITE_URL || undefined;
  const result = checkSite(dir, base, origin);
  console.log(formatReport(result, process.env.CONTENT_DIR));
  if (result.skipped) console.log(`(${result.skipped} links to other origins, mailto: and the like not checked)`);
  process.exitCode = result.problems.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
