/**
 * Every page of the site (DESIGN.md, "URLs"), in every language, with the language its main content is in and whether
 * search indexes it: one table that the pages' `getStaticPaths`, open data and the checks read, so which routes exist
 * is decided here and nowhere else. Pure: fed with what content holds (src/data/routes.ts).
 */
import { localize } from './localize.ts';
import { routePath, type Route } from './routing.ts';
import { LANGUAGES, type Lang } from '#src/registries/locales.ts';

/** The stand-alone pages DESIGN.md gives a URL (`/{lang}/about/`, `/{lang}/accessibility/`), each from content/pages/<slug>/. */
export const STAND_ALONE_PAGES = ['about', 'accessibility'] as const;

/** One page of the site. */
export interface SitePage<R extends Route = Route> {
  lang: Lang;
  route: R;
  /** Path without the deployment base, e.g. `/es/cases/pe-2024-…/`. */
  path: string;
  /** The language of the main content: `lang`, or the language it falls back to where `lang` has none. */
  contentLang: Lang;
  fallback: boolean;
  /** Whether the main content goes into the search index of `lang` (never a fallback, a utility page or a feed). */
  indexed: boolean;
}

/** What content holds: per entry, the languages it is written in. */
export interface RouteTableInput {
  instruments: readonly { id: string; articles: readonly number[]; languages: readonly Lang[] }[];
  jurisdictions: readonly string[];
  cases: ReadonlyMap<string, readonly Lang[]>;
  guides: ReadonlyMap<string, readonly Lang[]>;
  news: ReadonlyMap<string, readonly Lang[]>;
  pages: ReadonlyMap<string, readonly Lang[]>;
  /** News feeds need the site's origin; without one there are none. */
  feeds: boolean;
}

const held = (languages: readonly Lang[]) => Object.fromEntries(languages.map((l) => [l, l])) as Partial<Record<Lang, Lang>>;

export function buildRouteTable(input: RouteTableInput): SitePage[] {
  const pages: SitePage[] = [];
  const add = (lang: Lang, route: Route, options: { contentLang?: Lang; indexed?: boolean } = {}) => {
    const contentLang = options.contentLang ?? lang;
    const fallback = contentLang !== lang;
    pages.push({ lang, route, path: routePath(lang, route), contentLang, fallback, indexed: (options.indexed ?? true) && !fallback });
  };
  /** A page per language for an entry written in some: its own language, or the fallback `localize` picks. */
  const entryPages = (languages: readonly Lang[], route: Route, lang: Lang) => {
    const shown = localize(held(languages), lang);
    if (shown) add(lang, route, { contentLang: shown.value });
  };
  for (const lang of LANGUAGES) {
    add(lang, { kind: 'home' });
    add(lang, { kind: 'instruments' });
    for (const instrument of input.instruments) {
      const textLang = localize(held(instrument.languages), lang)?.value ?? 'en';
      add(lang, { kind: 'instrument', id: instrument.id }, { contentLang: textLang });
      for (const article of instrument.articles) add(lang, { kind: 'article', id: instrument.id, article }, { contentLang: textLang });
      // Beside every other text held; a language without its own text (Arabic today) shows English on the left.
      for (const other of LANGUAGES) {
        if (other === lang || !instrument.languages.includes(other) || (!instrument.languages.includes(lang) && other === 'en')) continue;
        for (const article of instrument.articles) add(lang, { kind: 'compare', id: instrument.id, article, other }, { indexed: false });
      }
    }
    add(lang, { kind: 'legislation' });
    // Jurisdiction pages exist in every language (notes missing in one are shown in English, marked as such inside).
    for (const country of input.jurisdictions) add(lang, { kind: 'legislation', country });
    add(lang, { kind: 'cases' });
    for (const [slug, languages] of input.cases) entryPages(languages, { kind: 'cases', slug }, lang);
    add(lang, { kind: 'guides' });
    for (const [slug, languages] of input.guides) entryPages(languages, { kind: 'guides', slug }, lang);
    add(lang, { kind: 'news' });
    for (const [slug, languages] of input.news) entryPages(languages, { kind: 'news', slug }, lang);
    if (input.feeds) add(lang, { kind: 'rss' }, { indexed: false });
    for (const slug of STAND_ALONE_PAGES) {
      const languages = input.pages.get(slug);
      if (!languages?.length) throw new Error(`content/pages/${slug}/en.mdx is missing: the /{lang}/${slug}/ page needs it`);
      entryPages(languages, { kind: slug }, lang);
    }
    add(lang, { kind: 'search' }, { indexed: false });
  }
  return pages;
}

/** The `getStaticPaths` params of a page (the folder names under src/pages/[lang]/). */
export function routeParams(page: SitePage): Record<string, string> {
  const { lang, route: r } = page;
  switch (r.kind) {
    case 'instrument': return { lang, id: r.id };
    case 'article': return { lang, id: r.id, article: String(r.article) };
    case 'compare': return { lang, id: r.id, article: String(r.article), other: r.other };
    case 'legislation': return r.country ? { lang, country: r.country } : { lang };
    case 'cases': case 'guides': case 'news': return r.slug ? { lang, slug: r.slug } : { lang };
    case 'about': case 'accessibility': return { lang, page: r.kind };
    default: return { lang };
  }
}
