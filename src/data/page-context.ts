/** Per-request helpers for components: translations and URLs bound to the page's language and the deployment base. */
import { isLang, useTranslations } from '#src/lib/i18n.ts';
import { routePath, withBase, type Route } from '#src/lib/routing.ts';
import { DEFAULT_LANG, direction, type Lang } from '#src/registries/locales.ts';

export function pageContext(lang: Lang) {
  const base = import.meta.env.BASE_URL;
  return {
    lang,
    base,
    t: useTranslations(lang),
    /** Site-relative URL of a route (with the base). */
    href: (route: Route, inLang: Lang = lang) => withBase(base, routePath(inLang, route)),
    /** Arrows for "back" and "forward" that point the way the page's language reads. */
    arrows: direction(lang) === 'rtl' ? { back: '→', forward: '←' } : { back: '←', forward: '→' },
    /** URL of a file under public/ or dist/ (with the base). */
    asset: (path: string) => withBase(base, path.startsWith('/') ? path : `/${path}`),
  };
}

/** The site language of a page from its URL (for components embedded in MDX, which get no props from the page). */
export function langFromUrl(url: URL): Lang {
  const segment = url.pathname.slice(import.meta.env.BASE_URL.replace(/\/+$/, '').length).split('/')[1];
  return isLang(segment) ? segment : DEFAULT_LANG;
}
