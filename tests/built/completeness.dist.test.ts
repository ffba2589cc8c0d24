/**
 * Every content entry becomes exactly one page per site language, and every page whose content is in that
 * language is in that language's Pagefind index; fallback pages (English shown under /es/ or /fr/) are not.
 * Counted from content/ and from the index itself, so a silently dropped page fails.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { CONTENT, DIST, pageExists, readJson } from '#tests/support/dist.ts';
import { parse as parseYaml } from 'yaml';
import { LANGUAGES } from '#src/registries/locales.ts';
import { ROUTE_STATE_LIST } from '#src/registries/jurisdictions.ts';

const LANGS = LANGUAGES;

/** URLs in each language's Pagefind index, read from the index fragments. */
function indexedUrls(): Record<string, Set<string>> {
  const dir = path.join(DIST, 'pagefind', 'fragment');
  const out: Record<string, Set<string>> = { en: new Set(), es: new Set(), fr: new Set() };
  for (const file of fs.readdirSync(dir)) {
    const lang = file.split('_')[0]!;
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8');
    const { url } = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string };
    (out[lang] ??= new Set()).add(url);
  }
  return out;
}

/**
 * Jurisdictions with a page (DESIGN.md, "URLs"): every State on the route, every law held, every jurisdiction a case
 * was decided in or concerns. Read from the registry and content/ directly, not from the site's own code.
 */
function jurisdictionCodes(): string[] {
  const dirs = (dir: string) => fs.readdirSync(path.join(CONTENT, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const cases = dirs('cases').map((slug) => parseYaml(fs.readFileSync(path.join(CONTENT, 'cases', slug, 'case.yaml'), 'utf8')) as { country: string; otherStates?: string[] });
  return [...new Set([...ROUTE_STATE_LIST, ...dirs('legislation'), ...cases.flatMap((c) => [c.country, ...(c.otherStates ?? [])])])].sort();
}

/** Content entries: URL path in a language and whether the content exists in that language. */
function expectedPages(): { lang: string; url: string; own: boolean }[] {
  const folders = (dir: string) => fs.readdirSync(path.join(CONTENT, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const has = (dir: string, slug: string, file: string) => fs.existsSync(path.join(CONTENT, dir, slug, file));
  const pages: { lang: string; url: string; own: boolean }[] = [];
  for (const lang of LANGS) {
    for (const id of folders('instruments')) {
      const text = readJson<{ articles: { number: number }[] }>(path.join(CONTENT, 'instruments', id, 'en.json'));
      const own = has('instruments', id, `${lang}.json`);
      pages.push({ lang, url: `/${lang}/instruments/${id}/`, own });
      for (const a of text.articles) pages.push({ lang, url: `/${lang}/instruments/${id}/article-${a.number}/`, own });
    }
    for (const slug of folders('cases')) pages.push({ lang, url: `/${lang}/cases/${slug}/`, own: has('cases', slug, `${lang}.md`) });
    // Jurisdiction pages are built in every language (notes missing in one show in English, marked as such).
    for (const code of jurisdictionCodes()) pages.push({ lang, url: `/${lang}/legislation/${code}/`, own: true });
    for (const slug of folders('guides')) pages.push({ lang, url: `/${lang}/guides/${slug}/`, own: has('guides', slug, `${lang}.mdx`) });
    for (const slug of folders('news')) pages.push({ lang, url: `/${lang}/news/${slug}/`, own: has('news', slug, `${lang}.md`) });
    for (const slug of folders('pages')) pages.push({ lang, url: `/${lang}/${slug}/`, own: has('pages', slug, `${lang}.mdx`) });
  }
  return pages;
}

describe('completeness', () => {
  const expected = expectedPages();
  const index = indexedUrls();

  it('every content entry has its page in every language', () => {
    const missing = expected.filter((p) => !pageExists(p.url)).map((p) => p.url);
    expect(missing).toEqual([]);
  });

  it('every page in its own language is in that language’s search index; fallback pages are not', () => {
    const notIndexed = expected.filter((p) => p.own && !index[p.lang]!.has(p.url)).map((p) => p.url);
    const wronglyIndexed = expected.filter((p) => !p.own && index[p.lang]!.has(p.url)).map((p) => p.url);
    expect(notIndexed).toEqual([]);
    expect(wronglyIndexed).toEqual([]);
    const counts = Object.fromEntries(LANGS.map((l) => [l, { entries: expected.filter((p) => p.lang === l && p.own).length, indexed: index[l]!.size }]));
    console.log('content pages in own language and search index sizes:', JSON.stringify(counts));
  });

  it('no section holds a page that is not a content entry (nothing extra, nothing twice)', () => {
    for (const [section, folder] of [['cases', 'cases'], ['guides', 'guides'], ['news', 'news']] as const) {
      for (const lang of LANGS) {
        const built = fs.readdirSync(path.join(DIST, lang, section), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
        const entries = fs.readdirSync(path.join(CONTENT, folder), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
        expect(built, `${lang}/${section}`).toEqual(entries);
      }
    }
  });

  it('legislation holds one page per jurisdiction with a page: the route, the laws held, the cases (nothing extra)', () => {
    const expected = jurisdictionCodes();
    expect(expected.length).toBeGreaterThanOrEqual(45);
    for (const lang of LANGS) {
      const built = fs.readdirSync(path.join(DIST, lang, 'legislation'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
      expect(built, `${lang}/legislation`).toEqual(expected);
    }
  });
});
