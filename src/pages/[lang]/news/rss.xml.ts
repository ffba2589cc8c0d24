/** One RSS feed per language: `/{lang}/news/rss.xml`. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { staticPaths } from '#src/data/routes.ts';
import { loadNews } from '#src/data/news.ts';
import { useTranslations } from '#src/lib/i18n.ts';
import { routePath, withBase } from '#src/lib/routing.ts';
import type { Lang } from '#src/registries/locales.ts';

/** A feed needs absolute links: without SITE_URL the route table holds no feed (the build says so). */
export const getStaticPaths = () => staticPaths('rss');

export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const t = useTranslations(lang);
  const base = import.meta.env.BASE_URL;
  const items = await loadNews(lang);
  return rss({
    title: `${t('site.name')} — ${t('news.title')}`,
    description: t('news.intro'),
    site: new URL(withBase(base, '/'), context.site).href,
    customData: `<language>${lang}</language>`,
    items: items.map((n) => ({
      title: n.entry.data.title,
      description: n.entry.data.summary,
      pubDate: new Date(`${n.entry.data.date}T00:00:00Z`),
      link: withBase(base, routePath(lang, { kind: 'news', slug: n.slug })),
    })),
  });
}
