/**
 * Link checking over the built site, aware of the site languages.
 *
 * Pure: it is given what the build produced (pages with their element ids and links, the other files)
 * and returns the problems; reading dist/ and parsing HTML is the job of `scripts/check-links.ts`.
 *
 * Paths ("site paths") are written without the deployment base, as the files lie in dist/:
 * `/en/about/` for `dist/en/about/index.html`, `/favicon.svg`, `/en/news/rss.xml`. Links in the HTML carry the
 * base (`/palermo/en/about/`); the checker resolves each one against its page's public URL and strips the base.
 */

/** One link on a built page. */
export interface PageLink {
  /** The `href` attribute as written (absolute, root-relative, relative, fragment-only, with or without a query). */
  href: string;
  /** The link's text (for messages). */
  text: string;
  /** The `hreflang` attribute, if the link has one: such a link may lead to another language on purpose. */
  hreflang?: string | null;
}

/** What the checker needs to know about one built page. */
export interface BuiltPage {
  /** Every fragment target on the page: element `id`s (and `name`s of `<a>` elements). */
  ids: Iterable<string>;
  /** Every link on the page, in document order. */
  links: readonly PageLink[];
}

/** Input of {@link checkLinks}. */
export interface LinkCheckInput {
  /** Built pages by site path (`/`, `/en/`, `/en/instruments/untoc/article-2/`, `/404.html`). */
  pages: ReadonlyMap<string, BuiltPage> | Readonly<Record<string, BuiltPage>>;
  /** Site paths of the other files that exist (`/favicon.svg`, `/_astro/x.css`, `/pagefind/pagefind.js`, `/en/news/rss.xml`, `/data/…json`). */
  files: Iterable<string>;
  /** Deployment base: `/` or `/sub/path/` (a missing leading or trailing slash is added). */
  base: string;
  /** Site languages, the first path segment of a localized page (the locale registry's codes). */
  languages: readonly string[];
  /**
   * The site's own origin (`https://example.org`), if absolute links to it should be checked as internal.
   * Without it every absolute `http(s)://` link counts as another origin and is skipped.
   */
  origin?: string;
}

/**
 * - `broken-link`: no page or file at the link's path (or the path lies outside the deployment base);
 * - `missing-fragment`: the target page exists but has no element with the fragment's id;
 * - `wrong-language`: a page in one site language links, without `hreflang`, to a page in another
 *   although the same page exists in its own language.
 */
export type LinkProblemKind = 'broken-link' | 'missing-fragment' | 'wrong-language';

/** One problem: which page, which link, what it resolves to and what is wrong. */
export interface LinkProblem {
  kind: LinkProblemKind;
  /** Site path of the page holding the link. */
  page: string;
  /** The link's `href` as written. */
  href: string;
  /** The resolved target: site path (base stripped, query dropped) plus `#fragment` if any; the full path if outside the base. */
  target: string;
  /** The link's text. */
  text: string;
  /** What is wrong, in a sentence. */
  message: string;
  /** How many links on the page have this same problem with this same href (reported once). */
  count: number;
}

/** Where an href leads, from {@link resolveHref}. */
export type ResolvedHref =
  /** Another origin or a non-navigational scheme (`mailto:`, `tel:`, `javascript:`, `data:`): not checked. */
  | { kind: 'external' }
  /** Not a URL at all (e.g. `http://[`). */
  | { kind: 'invalid' }
  /** Same origin but not under the deployment base; `path` is the full decoded URL path. */
  | { kind: 'outside-base'; path: string; fragment: string }
  /** A path of this site: `path` is the decoded site path without base and query, `fragment` is decoded, without `#`. */
  | { kind: 'internal'; path: string; fragment: string };

const PLACEHOLDER_ORIGIN = 'http://link-check.invalid';

/** `/`, `/sub/` → the same; `sub`, `/sub`, `sub/` → `/sub/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Resolves a link's href as a browser would, from the page at `pagePath` (a site path, without base)
 * deployed under `base`.
 *
 * @example resolveHref('../../legislation/co/', '/es/cases/x/', '/') // { kind: 'internal', path: '/es/legislation/co/', fragment: '' }
 * @example resolveHref('/sub/en/#main', '/fr/', '/sub/')            // { kind: 'internal', path: '/en/', fragment: 'main' }
 */
export function resolveHref(href: string, pagePath: string, base: string, origin?: string): ResolvedHref {
  const root = normalizeBase(base);
  const own = origin ? new URL(origin).origin : PLACEHOLDER_ORIGIN;
  let url: URL;
  try {
    url = new URL(href.trim(), own + root.replace(/\/$/, '') + pagePath);
  } catch {
    return { kind: 'invalid' };
  }
  if (url.origin !== own || (url.protocol !== 'http:' && url.protocol !== 'https:')) return { kind: 'external' };
  const fragment = decode(url.hash.replace(/^#/, ''));
  const fullPath = decode(url.pathname);
  if (root === '/') return { kind: 'internal', path: fullPath, fragment };
  // `/sub` (the base without its slash) is the deployment's home, as static hosts redirect it.
  if (fullPath === root.slice(0, -1)) return { kind: 'internal', path: '/', fragment };
  if (!fullPath.startsWith(root)) return { kind: 'outside-base', path: fullPath, fragment };
  return { kind: 'internal', path: fullPath.slice(root.length - 1), fragment };
}

/**
 * Checks every link of every built page and returns the problems, grouped by page (pages in path order,
 * links in document order; the same problem for the same href on one page is reported once, with a count).
 *
 * - Links to other origins, `mailto:`, `tel:`, `javascript:` and `data:` are skipped.
 * - A link's query string is ignored; `/en/about/index.html` finds the page `/en/about/`.
 * - A fragment must name an element of the target page (fragments of non-HTML files are not checked);
 *   an empty fragment (`#`) and `#top` (the top of the document, per HTML) always do.
 * - A page in language X (its first path segment) linking to a page in language Y ≠ X is a problem when the same
 *   path exists in X, unless the link has an `hreflang` attribute (language switcher, side-by-side links).
 */
export function checkLinks(input: LinkCheckInput): LinkProblem[] {
  const pages = input.pages instanceof Map ? (input.pages as ReadonlyMap<string, BuiltPage>) : new Map(Object.entries(input.pages));
  const files = new Set(input.files);
  const base = normalizeBase(input.base);
  const languages = new Set(input.languages);
  const idsOf = new Map<string, Set<string>>();
  const ids = (path: string) => {
    let set = idsOf.get(path);
    if (!set) idsOf.set(path, (set = new Set(pages.get(path)!.ids)));
    return set;
  };

  /** The page or file a site path names, if any. */
  const lookup = (path: string): { kind: 'page' | 'file'; path: string } | undefined => {
    if (pages.has(path)) return { kind: 'page', path };
    if (path.endsWith('/index.html') && pages.has(path.slice(0, -'index.html'.length))) return { kind: 'page', path: path.slice(0, -'index.html'.length) };
    if (files.has(path)) return { kind: 'file', path };
    return undefined;
  };
  const languageOf = (path: string) => {
    const first = /^\/([^/]+)\//.exec(path)?.[1];
    return first !== undefined && languages.has(first) ? first : undefined;
  };
  const withFragment = (path: string, fragment: string) => (fragment ? `${path}#${fragment}` : path);

  const problems: LinkProblem[] = [];
  for (const pagePath of [...pages.keys()].sort()) {
    const page = pages.get(pagePath)!;
    const pageLang = languageOf(pagePath);
    const seen = new Map<string, LinkProblem>();
    const report = (link: PageLink, kind: LinkProblemKind, target: string, message: string) => {
      const key = `${kind}\u0000${link.href}`;
      const known = seen.get(key);
      if (known) {
        known.count++;
        return;
      }
      const problem: LinkProblem = { kind, page: pagePath, href: link.href, target, text: link.text, message, count: 1 };
      seen.set(key, problem);
      problems.push(problem);
    };

    for (const link of page.links) {
      const resolved = resolveHref(link.href, pagePath, base, input.origin);
      if (resolved.kind === 'external') continue;
      if (resolved.kind === 'invalid') {
        report(link, 'broken-link', link.href, `"${link.href}" is not a valid URL`);
        continue;
      }
      if (resolved.kind === 'outside-base') {
        report(link, 'broken-link', withFragment(resolved.path, resolved.fragment), `${resolved.path} is outside the deployment base ${base}`);
        continue;
      }
      const { path, fragment } = resolved;
      const found = lookup(path);
      if (!found) {
        const hint = !path.endsWith('/') && lookup(`${path}/`) ? ` (the page is ${path}/, with a trailing slash)` : '';
        report(link, 'broken-link', withFragment(path, fragment), `no page or file at ${path}${hint}`);
        continue;
      }
      if (found.kind === 'page' && fragment && fragment.toLowerCase() !== 'top' && !ids(found.path).has(fragment)) {
        report(link, 'missing-fragment', withFragment(found.path, fragment), `${found.path} has no element with id "${fragment}"`);
      }
      const targetLang = languageOf(found.path);
      const hasHreflang = link.hreflang != null && link.hreflang.trim() !== '';
      if (pageLang && targetLang && targetLang !== pageLang && !hasHreflang) {
        const own = `/${pageLang}${found.path.slice(targetLang.length + 1)}`;
        if (lookup(own)) {
          report(link, 'wrong-language', withFragment(found.path, fragment), `a ${pageLang} page links to the ${targetLang} page ${found.path} although ${own} exists (add hreflang="${targetLang}" if this is deliberate)`);
        }
      }
    }
  }
  return problems;
}
