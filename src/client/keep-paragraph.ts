/**
 * Links marked `data-keep-paragraph` (side by side, the language switcher) carry the reader's paragraph along: the one
 * in the URL's fragment, or else the first paragraph at the top of the screen. Without JavaScript they open the article.
 */
function currentParagraph(): string | null {
  if (/^#para-/.test(location.hash)) return location.hash.slice(1);
  const paragraphs = document.querySelectorAll<HTMLElement>('.treaty-text .provision[id^="para-"]');
  for (const p of paragraphs) if (p.getBoundingClientRect().bottom > 0) return p.id;
  return null;
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-keep-paragraph]');
  if (!link || window.scrollY < 1 && !location.hash) return;
  const id = currentParagraph();
  if (id) link.hash = id;
});
