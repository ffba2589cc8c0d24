/**
 * Says, in the build output, what a build without SITE_URL leaves out: the sitemap, the news feeds and the canonical
 * links need the site's absolute origin, and no build may write a made-up one (such as localhost).
 */
import type { AstroIntegration } from 'astro';

export default function siteOrigin(): AstroIntegration {
  return {
    name: 'palermo-site-origin',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        if (!config.site) {
          logger.warn('SITE_URL is not set: this build has no sitemap, no RSS feeds and no canonical links (they need the absolute origin). Set SITE_URL=https://… for a published build.');
        }
      },
    },
  };
}
