import { describe, expect, it } from 'vitest';
import { checkLinks, normalizeBase, resolveHref, type BuiltPage, type LinkCheckInput, type PageLink } from '#src/lib/link-check.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

const LANGS = LANGUAGES;
const FILES = ['/favicon.svg', '/_astro/global.css', '/pagefind/pagefind.js', '/en/news/rss.xml', '/es/news/rss.xml', '/data/cases.en.json'];

const link = (href: string, hreflang?: string): PageLink => ({ href, text: `text of ${href}`, ...(hreflang ? { hreflang } : {}) });
const pageWith = (links: PageLink[], ids: string[] = ['main']): BuiltPage => ({ ids, links });

/** A small site: home pages, an article in three languages, a page only in English; `links` go on /en/about/. */
function site(links: PageLink[], extra: Partial<LinkCheckInput> = {}): LinkCheckInput {
  return {
    pages: {
      '/': pageWith([link('/en/'), link('/es/'), link('/fr/')]),
      '/en/': pageWith([]),
      '/es/': pageWith([]),
      '/fr/': pageWith([]),
      '/en/about/': pageWith(links, ['main', 'top-of-page']),
      '/en/instruments/som-protocol/article-6/': pageWith([], ['main', 'para-1', 'para-1-a', 'para-1-b-ii']),
      '/es/instruments/som-protocol/article-6/': pageWith([], ['main', 'para-1', 'para-1-a', 'para-1-b-ii']),
      '/fr/instruments/som-protocol/article-6/': pageWith([], ['main', 'para-1', 'para-1-a', 'para-1-b-ii']),
      '/es/cases/only-spanish/': pageWith([]),
      '/404.html': pageWith([]),
    },
    files: FILES,
    base: '/',
    languages: LANGS,
    ...extra,
  };
}

const kinds = (input: LinkCheckInput) => checkLinks(input).map((p) => [p.kind, p.page, p.target]);

describe('resolveHref', () => {
  it('resolves relative links against the page URL', () => {
    expect(resolveHref('../../legislation/co/', '/es/cases/x/', '/')).toEqual({ kind: 'internal', path: '/es/legislation/co/', fragment: '' });
    expect(resolveHref('article-6/#para-1-a', '/en/instruments/som-protocol/', '/')).toEqual({ kind: 'internal', path: '/en/instruments/som-protocol/article-6/', fragment: 'para-1-a' });
    expect(resolveHref('#main', '/en/about/', '/')).toEqual({ kind: 'internal', path: '/en/about/', fragment: 'main' });
    expect(resolveHref('?q=smuggling', '/en/search/', '/')).toEqual({ kind: 'internal', path: '/en/search/', fragment: '' });
  });

  it('strips the base, and resolves relative links under it', () => {
    expect(resolveHref('/palermo/en/about/#main', '/fr/', '/palermo/')).toEqual({ kind: 'internal', path: '/en/about/', fragment: 'main' });
    expect(resolveHref('../../legislation/co/', '/es/cases/x/', '/palermo/')).toEqual({ kind: 'internal', path: '/es/legislation/co/', fragment: '' });
    expect(resolveHref('/palermo', '/fr/', '/palermo/')).toEqual({ kind: 'internal', path: '/', fragment: '' });
    expect(resolveHref('/en/about/', '/fr/', '/palermo/')).toEqual({ kind: 'outside-base', path: '/en/about/', fragment: '' });
  });

  it('skips other origins and non-navigational schemes', () => {
    for (const href of ['https://www.unodc.org/', '//cdn.example.org/x.js', 'mailto:info@example.org', 'tel:+431', 'javascript:void(0)', 'data:text/plain,x']) {
      expect(resolveHref(href, '/en/', '/')).toEqual({ kind: 'external' });
    }
  });

  it('treats absolute links to the site origin as internal when the origin is given', () => {
    expect(resolveHref('https://example.org/palermo/en/', '/fr/', '/palermo/', 'https://example.org')).toEqual({ kind: 'internal', path: '/en/', fragment: '' });
    expect(resolveHref('https://example.org/palermo/en/', '/fr/', '/palermo/')).toEqual({ kind: 'external' });
  });

  it('normalizes the base', () => {
    expect(['/', '', 'sub', '/sub', 'sub/', '/sub/'].map(normalizeBase)).toEqual(['/', '/', '/sub/', '/sub/', '/sub/', '/sub/']);
  });
});

describe('checkLinks', () => {
  it('passes a clean site, with links to existing files, other origins and mailto:', () => {
    const input = site([
      link('/en/instruments/som-protocol/article-6/#para-1-b-ii'),
      link('../instruments/som-protocol/article-6/#para-1-a'),
      link('#main'),
      link('#'),
      link('#top'),
      link('/en/about/index.html#top-of-page'),
      link('/en/search/?q=x', undefined),
      link('/favicon.svg'),
      link('/_astro/global.css'),
      link('/pagefind/pagefind.js'),
      link('/en/news/rss.xml'),
      link('/data/cases.en.json'),
      link('https://www.unodc.org/nope/'),
      link('mailto:someone@example.org'),
    ]);
    (input.pages as Record<string, BuiltPage>)['/en/search/'] = pageWith([]);
    expect(checkLinks(input)).toEqual([]);
  });

  it('finds broken internal links, absolute and relative, ignoring the query', () => {
    const problems = checkLinks(site([link('/en/accessibility/'), link('../guides/aggravating-circumstances/'), link('/en/about/?x=1'), link('/pagefind/'), link('/en/news/feed.xml')]));
    expect(problems.map((p) => [p.kind, p.page, p.href, p.target])).toEqual([
      ['broken-link', '/en/about/', '/en/accessibility/', '/en/accessibility/'],
      ['broken-link', '/en/about/', '../guides/aggravating-circumstances/', '/en/guides/aggravating-circumstances/'],
      ['broken-link', '/en/about/', '/pagefind/', '/pagefind/'],
      ['broken-link', '/en/about/', '/en/news/feed.xml', '/en/news/feed.xml'],
    ]);
    expect(problems[0]!.text).toBe('text of /en/accessibility/');
  });

  it('says when only the trailing slash is missing', () => {
    const [problem] = checkLinks(site([link('/en/instruments/som-protocol/article-6')]));
    expect(problem?.kind).toBe('broken-link');
    expect(problem?.message).toMatch(/trailing slash/);
  });

  it('finds missing fragments on other pages and on the page itself', () => {
    expect(kinds(site([link('/en/instruments/som-protocol/article-6/#para-9-z'), link('#main-content'), link('#para-1-a')]))).toEqual([
      ['missing-fragment', '/en/about/', '/en/instruments/som-protocol/article-6/#para-9-z'],
      ['missing-fragment', '/en/about/', '/en/about/#main-content'],
      ['missing-fragment', '/en/about/', '/en/about/#para-1-a'],
    ]);
  });

  it('does not check fragments of non-HTML files', () => {
    expect(checkLinks(site([link('/data/cases.en.json#x')]))).toEqual([]);
  });

  it('finds a link to another language when the page exists in the page’s own', () => {
    expect(kinds(site([link('/es/instruments/som-protocol/article-6/#para-1'), link('/fr/')]))).toEqual([
      ['wrong-language', '/en/about/', '/es/instruments/som-protocol/article-6/#para-1'],
      ['wrong-language', '/en/about/', '/fr/'],
    ]);
    // also for files such as the feeds
    expect(kinds(site([link('/es/news/rss.xml')]))).toEqual([['wrong-language', '/en/about/', '/es/news/rss.xml']]);
  });

  it('allows links with hreflang (language switcher), links to pages missing in the page’s language, and the root page', () => {
    const input = site([
      link('/es/instruments/som-protocol/article-6/', 'es'),
      link('/fr/', 'fr'),
      link('/es/cases/only-spanish/'),
    ]);
    expect(checkLinks(input)).toEqual([]); // the root page links to /en/, /es/ and /fr/ without hreflang: it has no language
  });

  it('reports the same problem once per page, with a count', () => {
    const problems = checkLinks(site([link('/en/accessibility/'), link('/en/accessibility/'), link('/en/accessibility/')]));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.count).toBe(3);
  });

  it('handles a base path: links under the base pass, links outside it are broken', () => {
    const input = site(
      [
        link('/palermo/en/instruments/som-protocol/article-6/#para-1-b-ii'),
        link('../instruments/som-protocol/article-6/#para-1'),
        link('/palermo/favicon.svg'),
        link('/palermo/es/instruments/som-protocol/article-6/', 'es'),
        link('/en/instruments/som-protocol/article-6/'),
        link('/palermo/en/nope/'),
        link('/palermo/en/instruments/som-protocol/article-6/#nope'),
        link('/palermo/fr/instruments/som-protocol/article-6/'),
      ],
      { base: '/palermo/' },
    );
    // The root page of the fixture links to /en/ without the base: broken too under /palermo/.
    expect(kinds(input).filter(([, page]) => page === '/')).toEqual([['broken-link', '/', '/en/'], ['broken-link', '/', '/es/'], ['broken-link', '/', '/fr/']]);
    expect(kinds(input).filter(([, page]) => page === '/en/about/')).toEqual([
      ['broken-link', '/en/about/', '/en/instruments/som-protocol/article-6/'],
      ['broken-link', '/en/about/', '/en/nope/'],
      ['missing-fragment', '/en/about/', '/en/instruments/som-protocol/article-6/#nope'],
      ['wrong-language', '/en/about/', '/fr/instruments/som-protocol/article-6/'],
    ]);
    expect(checkLinks(input).find((p) => p.page === '/en/about/')!.message).toMatch(/outside the deployment base \/palermo\//);
  });

  it('accepts the pages as a Map and reports unparseable hrefs', () => {
    const input = site([link('http://[broken')]);
    const problems = checkLinks({ ...input, pages: new Map(Object.entries(input.pages)) });
    expect(problems.map((p) => p.kind)).toEqual(['broken-link']);
  });
});
