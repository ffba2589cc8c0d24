/**
 * Every link of the built site leads somewhere: no broken internal link, no missing #fragment, and no link from a
 * page in one language to another language where the page exists in its own (unless it has hreflang).
 * Set BASE_PATH when dist/ was built for a sub-path.
 */
import { describe, expect, it } from 'vitest';
import { DIST } from '#tests/support/dist.ts';
import { checkSite, formatReport, summary } from '#scripts/check-links.ts';

describe('links in the built site', () => {
  it('has no broken link, missing fragment or wrong-language link', () => {
    const result = checkSite(DIST, process.env.BASE_PATH ?? '/', process.env.SITE_URL || undefined);
    console.log(summary(result));
    expect(result.pages).toBeGreaterThan(100);
    expect(result.links).toBeGreaterThan(1000);
    // On failure the message shows the first problems, grouped by page; `node scripts/check-links.ts` lists them all.
    const shown = 40;
    const report = formatReport({ ...result, problems: result.problems.slice(0, shown) });
    const more = result.problems.length > shown ? `\n… and ${result.problems.length - shown} more (node scripts/check-links.ts lists them all)` : '';
    expect(result.problems.length, `${report}${more}\n`).toBe(0);
  });
});
