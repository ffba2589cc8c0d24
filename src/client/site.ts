/**
 * On every page: `/` or Ctrl+K puts the cursor in the header search box, a page reached from a search
 * result (`?highlight=…`) has the searched words marked, and printing adds the page's full URL, the date printed and
 * the full address of every link.
 */
import { formatMessage } from '#src/lib/message.ts';
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  const typing = target.closest('input, textarea, select, [contenteditable="true"]');
  if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
    const box = document.querySelector<HTMLInputElement>('#search-input') ?? document.querySelector<HTMLInputElement>('#site-search');
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
  }
});

if (new URLSearchParams(location.search).has('highlight')) {
  const base = document.body.dataset.base ?? '/';
  import(/* @vite-ignore */ `${base.replace(/\/+$/, '')}/pagefind/pagefind-highlight.js`)
    .then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'highlight', markContext: '[data-pagefind-body]', addStyles: false }))
    .catch(() => undefined);
}

const tools = document.querySelector<HTMLElement>('[data-page-tools]');
if (tools) tools.hidden = false;
document.querySelector('[data-print]')?.addEventListener('click', () => window.print());

window.addEventListener('beforeprint', () => {
  const url = new URL(location.href);
  url.searchParams.delete('highlight');
  const meta = document.querySelector<HTMLElement>('.print-meta');
  const urlSlot = meta?.querySelector('[data-print-url]');
  if (urlSlot) urlSlot.textContent = url.href;
  const dateSlot = meta?.querySelector('[data-print-date]');
  if (dateSlot) {
    // The site's own locale for the language (en-GB, Latin digits in Arabic), as on every other date of the site.
    const lang = document.documentElement.lang;
    const date = new Intl.DateTimeFormat(meta!.dataset.intl ?? lang, { dateStyle: 'long' }).format(new Date());
    dateSlot.textContent = formatMessage(meta!.dataset.printedLabel ?? '{date}', { date }, lang);
  }
  // Links print with their full address, so a printout can be followed; a link that already shows its address
  // (a list of sources) is not followed by it a second time.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
    const shown = a.textContent?.trim();
    a.dataset.printHref = shown === a.href || shown === a.getAttribute('href') ? '' : a.href;
  }
});
