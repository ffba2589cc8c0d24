// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import { unified } from '@astrojs/markdown-remark';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import offlineArchive from './src/integrations/offline-archive.ts';
import { DEFAULT_LANG, LANGUAGES } from './src/registries/locales.ts';

// BASE_PATH lets the same site be built for a sub-path (e.g. /palermo/); SITE_URL sets absolute URLs (feeds, canonical links).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
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
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  // Order matters: the archive packs the site after the search index and the headers file are written.
  integrations: [
    mdx(),
    // hreflang alternates in the sitemap, one per site language.
    sitemap({ i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGUAGES.map((l) => [l, l])) } }),
    pagefind(), securityHeaders(), offlineArchive()],
  vite: {
    // Scripts and styles ship as files, never inlined, so the Content-Security-Policy needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
});
