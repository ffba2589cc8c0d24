/**
 * The facets of the search page (src/client/search.ts), loaded once the reader opens "Refine" or the URL selects a
 * facet: one group per facet with a value in the results, each value with its count.
 */
import { SEARCH_FACETS, type FacetSelection } from '#src/lib/search.ts';
import type { Config } from './search.ts';

/** Lists the facets of the results in `box` (after its legend), the selected values ticked. */
export function renderFacets(box: HTMLElement, counts: Record<string, Record<string, number>>, selection: FacetSelection, config: Pick<Config, 'labels' | 'instruments'>) {
  const legend = box.querySelector('legend')!;
  const groups = SEARCH_FACETS.filter((f) => Object.keys(counts[f] ?? {}).length || selection[f]?.length).map((facet) => {
    const details = document.createElement('details');
    details.className = 'facet';
    details.open = Boolean(selection[facet]?.length) || facet === 'type';
    const summary = document.createElement('summary');
    summary.textContent = config.labels.facets[facet] ?? facet;
    const ul = document.createElement('ul');
    const values = new Set([...Object.keys(counts[facet] ?? {}), ...(selection[facet] ?? [])]);
    for (const value of [...values].sort((a, b) => (facet === 'year' ? b.localeCompare(a) : a.localeCompare(b)))) {
      const li = document.createElement('li');
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = facet;
      input.value = value;
      input.checked = Boolean(selection[facet]?.includes(value));
      const name = facet === 'type' ? (config.labels.types[value] ?? value) : facet === 'instrument' ? (config.instruments[value] ?? value) : value;
      label.append(input, ` ${name} (${counts[facet]?.[value] ?? 0})`);
      li.append(label);
      ul.append(li);
    }
    details.append(summary, ul);
    return details;
  });
  box.replaceChildren(legend, ...groups);
}
