/** <facet-filter>: filters the items of a static list by their `data-facets`; selection kept in the URL query. */
import { matchesFacets } from '#src/lib/facets.ts';
import { formatMessage } from '#src/lib/message.ts';

class FacetFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const list = document.getElementById(this.dataset.target!)!;
    const status = this.querySelector<HTMLElement>('.facet-count')!;
    const items = [...list.querySelectorAll<HTMLElement>('[data-facets]')];
    const sections = [...list.querySelectorAll<HTMLElement>('[data-facet-group]')];
    const facets = items.map((li) => JSON.parse(li.dataset.facets ?? '{}') as Record<string, string[]>);
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const toggle = this.querySelector('details')!;
    delete toggle.dataset.pending;

    const params = new URLSearchParams(location.search);
    for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
    // Open the filters when the URL already selects some (closed otherwise, so the list below does not move).
    toggle.open = boxes.some((b) => b.checked);

    const apply = () => {
      const selected: Record<string, string[]> = {};
      for (const box of boxes) if (box.checked) (selected[box.name] ??= []).push(box.value);
      let shown = 0;
      items.forEach((li, i) => {
        const match = matchesFacets(facets[i]!, selected);
        li.hidden = !match;
        if (match) shown++;
      });
      // A group (e.g. a country's cases) with nothing left to show is hidden with its heading.
      for (const section of sections) section.hidden = ![...section.querySelectorAll<HTMLElement>('[data-facets]')].some((li) => !li.hidden);
      status.textContent = formatMessage(this.dataset.countTemplate ?? '{count}/{total}', { count: shown, total: Number(this.dataset.total) }, this.dataset.intl ?? 'en');
      const query = new URLSearchParams();
      for (const [name, values] of Object.entries(selected)) for (const v of values) query.append(name, v);
      history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
    };
    form.addEventListener('change', apply);
    form.addEventListener('reset', () => setTimeout(apply));
    apply();
  }
}
customElements.define('facet-filter', FacetFilter);
