/**
 * Adds a "copy link to this section" button after each guide heading that has an id.
 * Enhancement only: without JavaScript every heading still has its stable anchor (#id) and the contents list links to it.
 */
import { copyText } from './clipboard.ts';

const article = document.querySelector<HTMLElement>('[data-heading-links]');
const label = article?.dataset.headingLinks ?? 'Copy link';
for (const heading of article?.querySelectorAll<HTMLElement>('.guide-body h2[id], .guide-body h3[id]') ?? []) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'heading-link';
  button.textContent = '#';
  button.setAttribute('aria-label', `${label}: ${heading.textContent ?? ''}`);
  button.addEventListener('click', () => copyText(new URL(`#${heading.id}`, location.href).href, heading.textContent ?? ''));
  heading.append(button);
}
