/**
 * Case digests against their sources and the case list against the digests: every case source has a digest in
 * English, Spanish and French (none falling back), naming its first source URL; the counts shown beside every facet
 * value and every jurisdiction match the digests.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CONTENT, SOURCES, page, text } from '#tests/support/dist.ts';

const caseSources = fs.existsSync(path.join(SOURCES, 'cases'))
  ? fs.readdirSync(path.join(SOURCES, 'cases')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.replace(/\.md$/, ''))
  : [];
const caseData = (slug: string) => YAML.parse(fs.readFileSync(path.join(CONTENT, 'cases', slug, 'case.yaml'), 'utf8')) as { country: string; decisionDate: string | null; outcome: string; sources: { url: string }[] };
/** The first URL in a case source's front matter (the third set's front matter is not strict YAML: read it as text). */
const firstSourceUrl = (slug: string) => {
  const front = fs.readFileSync(path.join(SOURCES, 'cases', `${slug}.md`), 'utf8').split(/^---$/m)[1]!;
  return /source_urls:[\s\S]*?(https?:\/\/[^\s\]",']+)/.exec(front)![1]!;
};

describe.skipIf(!caseSources.length)('every case source has its digest', () => {
  it('one digest folder per case source file, named after it', () => {
    expect(fs.readdirSync(path.join(CONTENT, 'cases')).sort()).toEqual([...caseSources].sort());
  });
  it.each(caseSources)('%s: in English, Spanish and French, none falling back, naming the first source URL', (slug) => {
    expect(caseData(slug).sources[0]!.url).toBe(firstSourceUrl(slug));
    for (const lang of ['en', 'es', 'fr']) {
      const html = page(`/${lang}/cases/${slug}/`);
      expect(html.querySelector('main')?.getAttribute('lang'), `${lang} falls back`).toBeUndefined();
      expect(html.querySelectorAll('.sources a').map((a) => a.getAttribute('href'))).toContain(firstSourceUrl(slug));
    }
  });
});

describe('the case list counts what the digests hold', () => {
  const slugs = fs.readdirSync(path.join(CONTENT, 'cases'));
  const html = page('/en/cases/');
  const shownCount = (name: string, value: string) => {
    const label = html.querySelector(`input[name="${name}"][value="${value}"]`)?.parentNode;
    return Number(/\((\d+)\)\s*$/.exec(text(label ?? null))?.[1]);
  };
  it('per jurisdiction, in the index and in each group', () => {
    const byCountry = new Map<string, number>();
    for (const slug of slugs) byCountry.set(caseData(slug).country, (byCountry.get(caseData(slug).country) ?? 0) + 1);
    for (const [code, count] of byCountry) {
      expect(html.querySelectorAll(`#cases-${code} li[data-facets]`).length, code).toBe(count);
      expect(shownCount('country', code), code).toBe(count);
    }
    expect(html.querySelectorAll('#case-list li[data-facets]').length).toBe(slugs.length);
  });
  it('per outcome and per year', () => {
    const count = (f: (c: ReturnType<typeof caseData>) => string) => {
      const m = new Map<string, number>();
      for (const slug of slugs) m.set(f(caseData(slug)), (m.get(f(caseData(slug))) ?? 0) + 1);
      return m;
    };
    for (const [outcome, n] of count((c) => c.outcome)) expect(shownCount('outcome', outcome), outcome).toBe(n);
    for (const [year, n] of count((c) => (c.decisionDate ?? '').slice(0, 4))) expect(shownCount('year', year), year || 'undated').toBe(n);
  });
});

describe('article pages: cases a court cited, apart from cases the project maps', () => {
  const ids: Record<string, string> = { UNTOC: 'untoc', SOM: 'som-protocol', TIP: 'tip-protocol', FIREARMS: 'firearms-protocol' };
  /** `SOM 6(1)(a)` → `som-protocol/article-6`; null for a whole-instrument reference. Read here from the YAML, not by the site's parser. */
  const articleOf = (citation: string) => {
    const m = /^([A-Z]+) (\d+)/.exec(citation);
    return m ? `${ids[m[1]!]}/article-${m[2]}` : null;
  };
  const slugs = fs.readdirSync(path.join(CONTENT, 'cases'));
  const cited = new Map<string, Set<string>>();
  const engaged = new Map<string, Set<string>>();
  for (const slug of slugs) {
    const c = YAML.parse(fs.readFileSync(path.join(CONTENT, 'cases', slug, 'case.yaml'), 'utf8')) as { provisionsEngaged: string[]; provisionsCitedByCourt?: string[] };
    const byCourt = new Set((c.provisionsCitedByCourt ?? []).map(articleOf).filter((a): a is string => a !== null));
    for (const a of byCourt) cited.set(a, (cited.get(a) ?? new Set()).add(slug));
    for (const a of new Set(c.provisionsEngaged.map(articleOf))) if (a && !byCourt.has(a)) engaged.set(a, (engaged.get(a) ?? new Set()).add(slug));
  }
  const count = (html: ReturnType<typeof page>, group: string) => {
    const heading = html.querySelector(`[data-cross-links="${group}"] h3 .muted`);
    return heading ? Number(/\d+/.exec(heading.text)![0]) : 0;
  };

  it.each(['som-protocol/article-6', 'som-protocol/article-3', 'untoc/article-2', 'som-protocol/article-5'])('%s: the counts under each heading match the case files', (article) => {
    const html = page(`/en/instruments/${article}/`);
    expect(count(html, 'cases-cited')).toBe(cited.get(article)?.size ?? 0);
    expect(count(html, 'cases-engaged')).toBe(engaged.get(article)?.size ?? 0);
  });

  it('national provisions are listed with their pinpoint in the page language, the law’s words marked as such', () => {
    const items = page('/fr/instruments/som-protocol/article-6/').querySelectorAll('[data-cross-links="national"] li');
    expect(items.length).toBeGreaterThan(10);
    for (const li of items) expect(li.querySelector('.pinpoint'), li.text).not.toBeNull();
  });
});
