/**
 * Enhancement: a click on a copy-citation link copies "long citation + Treaty Series reference + permalink" to the clipboard
 * instead of following the link. Without JavaScript (or clipboard access) the link still leads to the paragraph.
 */
import { copyText } from './clipboard.ts';

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-citation]');
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  const lines = [link.dataset.citation, link.dataset.treatySeries, new URL(link.href, location.href).href].filter(Boolean);
  const copied = await copyText(lines.join('\n'), link.dataset.citation ?? '');
  if (!copied) { location.href = link.href; return; }
  showCopied(link);
});

/** A visible confirmation beside the link for a few seconds (the live region tells screen readers). */
function showCopied(link: HTMLAnchorElement) {
  const label = document.getElementById('copy-status')?.dataset.copied ?? '';
  link.parentElement?.querySelector('.copied-badge')?.remove();
  const badge = document.createElement('span');
  badge.className = 'copied-badge';
  badge.setAttribute('aria-hidden', 'true');
  badge.textContent = `✓ ${label}`;
  link.after(badge);
  setTimeout(() => badge.remove(), 4000);
}
