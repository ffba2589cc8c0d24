import { describe, expect, it } from 'vitest';
import { buildRouteTable, routeParams, type RouteTableInput } from '#src/lib/route-table.ts';
import { localize } from '#src/lib/localize.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

const input = (over: Partial<RouteTableInput> = {}): RouteTableInput => ({
  instruments: [{ id: 'som-protocol', articles: [1, 2], languages: ['en', 'es', 'fr', 'ru'] }],
  jurisdictions: ['pk'],
  cases: new Map([['pe-2024-x', ['en', 'es']]]),
  guides: new Map([['glossary', ['en', 'ar']]]),
  news: new Map(),
  pages: new Map([['about', ['en']], ['accessibility', ['en', 'fr']]]),
  feeds: false,
  ...over,
});
const find = (table: ReturnType<typeof buildRouteTable>, path: string) => table.find((p) => p.path === path);

describe('route table', () => {
  const table = buildRouteTable(input());

  it('gives every entry a page in every language, in its own language or falling back to English, indexed only in its own', () => {
    for (const lang of LANGUAGES) expect(find(table, `/${lang}/cases/pe-2024-x/`), lang).toBeDefined();
    expect(find(table, '/es/cases/pe-2024-x/')).toMatchObject({ contentLang: 'es', fallback: false, indexed: true });
    expect(find(table, '/ar/cases/pe-2024-x/')).toMatchObject({ contentLang: 'en', fallback: true, indexed: false });
    expect(find(table, '/ar/guides/glossary/')).toMatchObject({ contentLang: 'ar', indexed: true });
  });

  it('shows a treaty text in English where the language has none, and offers side by side only with texts held', () => {
    expect(find(table, '/ar/instruments/som-protocol/article-2/')).toMatchObject({ contentLang: 'en', fallback: true, indexed: false });
    expect(find(table, '/ar/instruments/som-protocol/article-2/side-by-side/es/')).toMatchObject({ indexed: false });
    // Arabic pages already show English on the left: no English beside it, and nothing beside Arabic, which is not held.
    expect(find(table, '/ar/instruments/som-protocol/article-2/side-by-side/en/')).toBeUndefined();
    expect(find(table, '/en/instruments/som-protocol/article-2/side-by-side/ar/')).toBeUndefined();
    expect(find(table, '/en/instruments/som-protocol/article-2/side-by-side/ru/')).toBeDefined();
  });

  it('never indexes the search page; writes feeds only with a site origin', () => {
    expect(find(table, '/fr/search/')).toMatchObject({ indexed: false });
    expect(table.some((p) => p.route.kind === 'rss')).toBe(false);
    expect(buildRouteTable(input({ feeds: true })).filter((p) => p.route.kind === 'rss')).toHaveLength(LANGUAGES.length);
  });

  it('refuses a missing stand-alone page, naming the file it needs', () => {
    expect(() => buildRouteTable(input({ pages: new Map([['about', ['en']]]) }))).toThrow('content/pages/accessibility/en.mdx is missing');
  });

  it('holds each path once and gives the params of its Astro route', () => {
    expect(new Set(table.map((p) => p.path)).size).toBe(table.length);
    expect(routeParams(find(table, '/ru/instruments/som-protocol/article-1/side-by-side/fr/')!)).toEqual({ lang: 'ru', id: 'som-protocol', article: '1', other: 'fr' });
    expect(routeParams(find(table, '/es/accessibility/')!)).toEqual({ lang: 'es', page: 'accessibility' });
    expect(routeParams(find(table, '/es/legislation/pk/')!)).toEqual({ lang: 'es', country: 'pk' });
  });
});

describe('localize', () => {
  it('takes the language asked for, else English, else the first language held, and says which and which way it reads', () => {
    expect(localize({ en: 'a', ar: 'ب' }, 'ar')).toEqual({ value: 'ب', lang: 'ar', dir: 'rtl', fallback: false });
    expect(localize({ en: 'a', ar: 'ب' }, 'fr')).toEqual({ value: 'a', lang: 'en', dir: 'ltr', fallback: true });
    expect(localize({ ru: 'б' }, 'es')).toEqual({ value: 'б', lang: 'ru', dir: 'ltr', fallback: true });
    expect(localize({}, 'es')).toBeUndefined();
  });
});
