/**
 * Enhancement: a click on a copy-citation link copies "long citation + permalink" to the clipboard
 * instead of following the link. Without JavaScript (or clipboard access) the link still leads to the paragraph.
 */
import { copyText } from './clipboard.ts';

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-citation]');
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  const copied = await copyText(`${link.dataset.citation}\n${new URL(link.href, location.href).href}`, link.dataset.citation ?? '');
  if (!copied) location.href = link.href;
});
