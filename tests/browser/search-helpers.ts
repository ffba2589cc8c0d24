/** Drives the search page as a visitor: type a query, wait for the results, read the links in order. */
import type { Page } from 'playwright-core';

export async function searchFor(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#search-input');
  await input.fill('');
  await input.pressSequentially(query, { delay: 5 });
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      return status.includes(q) && !status.includes('…');
    },
    query,
    { timeout: 20_000 },
  );
  // The provision card for a citation may arrive just after the results.
  await page.waitForTimeout(150);
  return page.locator('a[data-result]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
}

/** The page path of a result link, without query and fragment. */
export const pathOf = (href: string) => href.replace(/[?#].*$/, '');
