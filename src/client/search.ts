/**
 * Search page: Pagefind's JS API with our own UI, because its default UI cannot OR values within a facet.
 * A citation in the query is offered first as the provision itself; results link to the paragraph matched.
 */
import { citationFromQuery } from '../lib/citation-query.ts';
import { formatCitation } from '../lib/citation.ts';
import { routePath, withBase } from '../lib/routing.ts';
import { SEARCH_FACETS, pagefindFilters, paragraphForMatch, searchParams, selectionFromParams, type FacetSelection } from '../lib/search.ts';
import type { Lang } from '../registries/locales.ts';
import { formatMessage, type MessageVars } from '../lib/message.ts';

interface Config {
  lang: Lang; base: string; pagefind: string; provisions: string; intl: string;
  languages: { lang: Lang; name: string; searchUrl: string }[];
  labels: Record<string, string> & { facets: Record<string, string>; types: Record<string, string> };
}
interface ResultData { url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]>; content: string; locations: number[]; anchors: { id?: string; location: number }[] }
interface Result { score: number; data(): Promise<ResultData> }
interface SearchResponse { results: Result[]; filters: Record<string, Record<string, number>> }
interface Pagefind { search(q: string, o?: object): Promise<SearchResponse>; options(o: object): Promise<void>; init(): Promise<void> }
interface ProvisionIndex { instruments: Record<string, { articles: { number: number; title: string; paths: string[] }[] }> }

const root = document.getElementById('search')!;
const config = JSON.parse(root.dataset.config!) as Config;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const allBox = form.querySelector<HTMLInputElement>('input[name=all]')!;
const facetsBox = document.getElementById('search-facets')!;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const provisionBox = document.getElementById('search-provision')!;
const empty = document.getElementById('search-empty')!;
const fill = (template: string, vars: MessageVars) => formatMessage(template, vars, config.intl);

let selection: FacetSelection = {};
const instances = new Map<Lang, Promise<Pagefind>>();
let provisions: Promise<ProvisionIndex | null> | undefined;

/**
 * One Pagefind instance per language. Pagefind picks the index from `<html lang>` when an instance is created,
 * so the attribute is switched for that synchronous call only.
 * @see https://pagefind.app/docs/multilingual/
 */
function pagefindFor(lang: Lang): Promise<Pagefind> {
  let instance = instances.get(lang);
  if (!instance) {
    instance = (async () => {
      const module = (await import(/* @vite-ignore */ `${config.pagefind}?lang=${lang}`)) as Pagefind & { createInstance?: (o: object) => Pagefind };
      const html = document.documentElement;
      const own = html.lang;
      html.lang = lang;
      try {
        const options = { baseUrl: config.base, highlightParam: 'highlight', excerptLength: 28 };
        if (lang === config.lang || !module.createInstance) { await module.options(options); return module; }
        return module.createInstance(options);
      } finally {
        html.lang = own;
      }
    })();
    instances.set(lang, instance);
  }
  return instance;
}

function renderProvision(query: string) {
  provisionBox.replaceChildren();
  const citation = citationFromQuery(query);
  if (!citation) return;
  provisions ??= fetch(config.provisions).then((r) => (r.ok ? r.json() : null)).catch(() => null);
  void provisions.then((index) => {
    const article = index?.instruments[citation.code]?.articles.find((a) => a.number === citation.article);
    if (!article || (citation.path.length && !article.paths.includes(citation.path.join('-')))) return;
    const card = document.createElement('p');
    card.className = 'search-provision';
    const link = document.createElement('a');
    link.href = withBase(config.base, routePath(config.lang, { kind: 'article', id: citation.instrument, article: citation.article, path: citation.path }));
    link.dataset.result = 'provision';
    link.textContent = `${formatCitation(citation)} — ${fill(config.labels.article!, { number: article.number })}: ${article.title}`;
    const label = document.createElement('span');
    label.className = 'search-result__type';
    label.textContent = config.labels.goToProvision!;
    card.append(label, ' ', link);
    provisionBox.replaceChildren(card);
  });
}

function renderFacets(counts: Record<string, Record<string, number>>) {
  const legend = facetsBox.querySelector('legend')!;
  const groups = SEARCH_FACETS.filter((f) => Object.keys(counts[f] ?? {}).length || selection[f]?.length).map((facet) => {
    const details = document.createElement('details');
    details.className = 'facet';
    details.open = Boolean(selection[facet]?.length);
    const summary = document.createElement('summary');
    summary.textContent = config.labels.facets[facet] ?? facet;
    const ul = document.createElement('ul');
    const values = new Set([...Object.keys(counts[facet] ?? {}), ...(selection[facet] ?? [])]);
    for (const value of [...values].sort((a, b) => (facet === 'year' ? b.localeCompare(a) : a.localeCompare(b)))) {
      const li = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      box.checked = Boolean(selection[facet]?.includes(value));
      label.append(box, ` ${facet === 'type' ? (config.labels.types[value] ?? value) : value} (${counts[facet]?.[value] ?? 0})`);
      li.append(label);
      ul.append(li);
    }
    details.append(summary, ul);
    return details;
  });
  facetsBox.replaceChildren(legend, ...groups);
  facetsBox.hidden = groups.length === 0;
}

async function renderResults(results: (ResultData & { lang: Lang })[], query: string) {
  list.replaceChildren(
    ...results.map((d) => {
      const li = document.createElement('li');
      li.className = 'search-result';
      const a = document.createElement('a');
      const words = d.content.split(/\s+/);
      const anchor = paragraphForMatch(d.anchors ?? [], (d.locations ?? []).map((location) => ({ location, word: words[location] ?? '' })));
      a.href = anchor && !d.url.includes('#') ? `${d.url}#${anchor}` : d.url;
      a.textContent = d.meta.title ?? d.url;
      a.dataset.result = 'page';
      if (d.lang !== config.lang) a.hreflang = d.lang;
      const type = document.createElement('span');
      type.className = 'search-result__type';
      const typeValue = d.filters?.type?.[0];
      type.textContent = [typeValue ? config.labels.types[typeValue] : '', d.lang !== config.lang ? d.lang.toUpperCase() : ''].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is the page's own text, HTML-escaped, with <mark> around the matched words.
      excerpt.innerHTML = d.excerpt;
      li.append(type, ' ', a, excerpt);
      return li;
    }),
  );
  const count = results.length;
  status.textContent = fill(config.labels.results!, { count, query });
  empty.hidden = count > 0;
  if (count === 0) renderNoResults(query);
}

function renderNoResults(query: string) {
  const p = document.createElement('p');
  p.textContent = fill(config.labels.none!, { query });
  const ul = document.createElement('ul');
  if (Object.keys(selection).length) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = config.labels.fewerFilters!;
    button.addEventListener('click', () => { selection = {}; void run(); });
    li.append(button);
    ul.append(li);
  }
  for (const other of config.languages.filter((l) => l.lang !== config.lang)) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `${other.searchUrl}?${searchParams(query, {}, false)}`;
    a.hreflang = other.lang;
    a.textContent = fill(config.labels.otherLanguage!, { language: other.name });
    li.append(a);
    ul.append(li);
  }
  const hint = document.createElement('p');
  hint.textContent = config.labels.suggestions!;
  empty.replaceChildren(p, hint, ul);
}

let generation = 0;
async function run() {
  const query = input.value.trim();
  const all = allBox.checked;
  const params = searchParams(query, selection, all);
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  renderProvision(query);
  if (!query && !Object.keys(selection).length) {
    list.replaceChildren(); status.textContent = ''; empty.hidden = true; facetsBox.hidden = true;
    return;
  }
  const mine = ++generation;
  status.textContent = config.labels.loading!;
  const langs: Lang[] = all ? config.languages.map((l) => l.lang) : [config.lang];
  const responses = await Promise.all(
    langs.map(async (lang) => {
      const pagefind = await pagefindFor(lang);
      const response = await pagefind.search(query || (null as unknown as string), { filters: pagefindFilters(selection) });
      return { lang, response };
    }),
  );
  if (mine !== generation) return;
  const ranked = responses.flatMap(({ lang, response }) => response.results.map((r) => ({ lang, r }))).sort((a, b) => b.r.score - a.r.score).slice(0, 30);
  const data = await Promise.all(ranked.map(async ({ lang, r }) => ({ ...(await r.data()), lang })));
  if (mine !== generation) return;
  const counts: Record<string, Record<string, number>> = {};
  for (const { response } of responses) for (const [facet, values] of Object.entries(response.filters ?? {})) for (const [v, n] of Object.entries(values)) {
    (counts[facet] ??= {})[v] = (counts[facet][v] ?? 0) + n;
  }
  renderFacets(counts);
  await renderResults(data, query);
}

let timer: number | undefined;
input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(() => void run(), 120); });
allBox.addEventListener('change', () => void run());
form.addEventListener('submit', (e) => { e.preventDefault(); void run(); });
facetsBox.addEventListener('change', (e) => {
  const box = e.target as HTMLInputElement;
  const values = new Set(selection[box.name as keyof FacetSelection] ?? []);
  if (box.checked) values.add(box.value); else values.delete(box.value);
  selection = { ...selection, [box.name]: [...values] };
  if (!values.size) delete selection[box.name as keyof FacetSelection];
  void run();
});

// Arrow keys move between the query and the results; Enter follows the focused link.
root.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  if (!links.length) return;
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement === input && e.key === 'ArrowDown') { e.preventDefault(); links[0]!.focus(); return; }
  if (index === -1) return;
  e.preventDefault();
  if (e.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]!.focus();
  else if (index === 0) input.focus();
  else links[index - 1]!.focus();
});

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
allBox.checked = params.get('all') === '1';
selection = selectionFromParams(params);
const headerInput = document.querySelector<HTMLInputElement>('#site-search');
if (headerInput) headerInput.value = input.value;
input.focus();
void run();
