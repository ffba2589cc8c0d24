/** News items for one language, newest first (English where an item is not translated). */
import { loadSite } from './site.ts';
import { localizedVersions } from '#src/lib/localize.ts';
import type { Lang } from '#src/registries/locales.ts';

export async function loadNews(lang: Lang) {
  const { news } = await loadSite();
  return [...news.entries()]
    .map(([slug, byLang]) => ({ slug, ...localizedVersions(byLang).find((v) => v.lang === lang)! }))
    .sort((a, b) => b.entry.data.date.localeCompare(a.entry.data.date) || a.slug.localeCompare(b.slug));
}
