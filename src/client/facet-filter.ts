/** <facet-filter>: filters the items of a static list by their `data-facets`; selection kept in the URL query. */
import { matchesFacets } from '../lib/facets.ts';

class FacetFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const list = document.getElementById(this.dataset.target!)!;
    const status = this.querySelector<HTMLElement>('.facet-count')!;
    const items = [...list.children] as HTMLElement[];
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
      status.textContent = (this.dataset.countTemplate ?? '{count}/{total}').replace('{count}', String(shown)).replace('{total}', this.dataset.total ?? '');
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
