/**
 * On every page: `/` or Ctrl+K puts the cursor in the header search box, and a page reached from a search
 * result (`?highlight=…`) has the searched words marked.
 */
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
