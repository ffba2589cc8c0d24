// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import { unified } from '@astrojs/markdown-remark';
import pagefind from './src/integrations/pagefind.ts';
import siteOrigin from './src/integrations/site-origin.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import offlineArchive from './src/integrations/offline-archive.ts';
import { DEFAULT_LANG, LANGUAGES } from './src/registries/locales.ts';
import { remarkContentPolicy } from './src/markdown/remark-content-policy.ts';
import { citationProblem } from './src/loaders/held-provisions.ts';

// BASE_PATH lets the same site be built for a sub-path (e.g. /palermo/); SITE_URL sets absolute URLs (feeds, canonical links).
export default defineConfig({
  // No default origin: without SITE_URL the build leaves out what needs one (sitemap, feeds, canonical links) and says so.
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Languages come from the locale registry. Every URL carries its language (the default too); `/` is the project's own language chooser, not a redirect.
  i18n: { locales: [...LANGUAGES], defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false } },
  build: { format: 'directory' },
  // A duplicate content id is an error, not a warning that silently drops an entry.
  prerenderConflictBehavior: 'error',
  // Tests that build fixtures in parallel give each build its own cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // The unified (remark) processor, so the GitHub-flavoured Markdown of guides and digests (tables, footnotes) uses remark-gfm.
  // remarkContentPolicy fails the build on raw HTML, scripts or unsafe links in any Markdown or MDX body (MDX inherits it).
  markdown: { processor: unified({ remarkPlugins: [remarkGfm, [remarkContentPolicy, { citationProblem }]] }) },
  // Order matters: the archive packs the site after the search index and the headers file are written.
  integrations: [
    siteOrigin(),
    mdx(),
    // hreflang alternates in the sitemap, one per site language.
    sitemap({ i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGUAGES.map((l) => [l, l])) } }),
    pagefind(), securityHeaders(), offlineArchive()],
  vite: {
    // Scripts and styles ship as files, never inlined, so the Content-Security-Policy needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
});
