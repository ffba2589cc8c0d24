/**
 * Every URL of the site (DESIGN.md, "URLs") is built here and nowhere else.
 * Paths are returned without the deployment base; `withBase` adds it.
 */
import { paragraphAnchor, type Reference } from './citation.ts';
import { LANGUAGES, type Lang } from '#src/registries/locales.ts';

export type Route =
  | { kind: 'home' }
  | { kind: 'instruments' }
  | { kind: 'instrument'; id: string }
  | { kind: 'article'; id: string; article: number; path?: readonly string[] }
  | { kind: 'compare'; id: string; article: number; other: Lang }
  | { kind: 'legislation'; country?: string; provision?: string }
  | { kind: 'cases'; slug?: string }
  | { kind: 'guides'; slug?: string }
  | { kind: 'news'; slug?: string }
  | { kind: 'rss' }
  | { kind: 'about' }
  | { kind: 'accessibility' }
  | { kind: 'search'; query?: string };

/** Path of a route in a language, e.g. `/en/instruments/som-protocol/article-6/#para-1-a`. */
export function routePath(lang: Lang, route: Route): string {
  const p = (...segments: string[]) => `/${[lang, ...segments].join('/')}/`;
  switch (route.kind) {
    case 'home': return p();
    case 'instruments': return p('instruments');
    case 'instrument': return p('instruments', route.id);
    case 'article': {
      const anchor = route.path?.length ? `#${paragraphAnchor(route.path)}` : '';
      return p('instruments', route.id, `article-${route.article}`) + anchor;
    }
    case 'compare': return p('instruments', route.id, `article-${route.article}`, 'side-by-side', route.other);
    case 'legislation':
      if (!route.country) return p('legislation');
      return p('legislation', route.country) + (route.provision ? `#${route.provision}` : '');
    case 'cases': return route.slug ? p('cases', route.slug) : p('cases');
    case 'guides': return route.slug ? p('guides', route.slug) : p('guides');
    case 'news': return route.slug ? p('news', route.slug) : p('news');
    case 'rss': return `/${lang}/news/rss.xml`;
    case 'about': return p('about');
    case 'accessibility': return p('accessibility');
    case 'search': return p('search') + (route.query ? `?q=${encodeURIComponent(route.query)}` : '');
  }
}

/** Prefixes a site path with the deployment base (`/` or `/sub/path/`). */
export function withBase(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

/**
 * The same page in another language: every page exists in every language (as a fallback where
 * its content is missing), so switching only swaps the language segment.
 */
export function switchLanguagePath(base: string, currentPath: string, target: Lang): string {
  const root = base.replace(/\/+$/, '');
  const rest = currentPath.startsWith(root) ? currentPath.slice(root.length) : currentPath;
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(rest);
  if (!match || !(LANGUAGES as readonly string[]).includes(match[1]!)) return withBase(base, `/${target}/`);
  return withBase(base, `/${target}${match[2] ?? '/'}`);
}

/** Picks the site language for a browser's preference list (English by default). */
export function preferredLanguage(accepted: readonly string[]): Lang {
  for (const tag of accepted) {
    const primary = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(primary ?? '')) return primary as Lang;
  }
  return 'en';
}

/** The article route a citation points to, with its paragraph anchor; a whole-instrument reference (`TIP`) points to the instrument. */
export function citationRoute(c: Reference): Route {
  if (c.article === null) return { kind: 'instrument', id: c.instrument };
  return { kind: 'article', id: c.instrument, article: c.article, path: c.path };
}
