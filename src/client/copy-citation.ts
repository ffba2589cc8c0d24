/**
 * Enhancement: a click on a copy-citation link copies "long citation + permalink" to the clipboard
 * instead of following the link. Without JavaScript (or clipboard access) the link still leads to the paragraph.
 */
const status = document.getElementById('copy-status');

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-citation]');
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  const text = `${link.dataset.citation}\n${new URL(link.href, location.href).href}`;
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = `${status.dataset.copied ?? ''}: ${link.dataset.citation}`;
  } catch {
    location.href = link.href;
  }
});
