/**
 * Search page: Pagefind's JS API with our own UI, because its default UI cannot OR values within a facet.
 * A citation in the query is offered first as the provision itself; results link to the paragraph matched, say what
 * they are (and, for treaty text, which instrument), and come a page at a time with their true count.
 * A query with few or no results gets a correction from the index's own vocabulary.
 *
 * Bytes matter (many readers are on slow or metered connections): Pagefind runs without its web worker (one script
 * fewer), the commonest short words are not sent to it, only the results in view load their data, the citation
 * grammar loads for a query with a number, the spelling check for a query that finds little, and the facets (their
 * indexes and the code listing them) when the reader opens "Refine".
 */
import {
  META_WEIGHTS, RESULTS_PAGE, pagefindFilters, paragraphForMatch, resultTitle, searchParams, searchableQuery, selectionFromParams, unmatchedWords,
  type FacetSelection,
} from '#src/lib/search.ts';
import type { Lang } from '#src/registries/locales.ts';
import { formatMessage, type MessageVars } from '#src/lib/message.ts';

export interface Config {
  lang: Lang; base: string; pagefind: string; provisions: string; intl: string;
  /** URL of the vocabulary file of each initial letter, with `{initial}` for its name (see `initialOf`). */
  vocabulary: string;
  languages: { lang: Lang; name: string; searchUrl: string }[];
  /** Short name of each instrument by citation code, in the page's language. */
  instruments: Record<string, string>;
  labels: Record<string, string> & { facets: Record<string, string>; types: Record<string, string> };
}
interface ResultData { url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]>; content: string; locations: number[]; anchors: { id?: string; location: number }[] }
interface Result { id: string; score: number; data(): Promise<ResultData> }
interface SearchResponse { results: Result[]; filters: Record<string, Record<string, number>> }
interface Pagefind { search(q: string | null, o?: object): Promise<SearchResponse>; filters(): Promise<Record<string, Record<string, number>>>; options(o: object): Promise<void> }
/** `/data/provisions.{lang}.json` (shape: src/schemas/open-data.ts). */
type ProvisionsFile = Pick<import('#src/schemas/open-data.ts').ProvisionsFile, 'instruments'>;
interface Ranked { lang: Lang; result: Result }

const root = document.getElementById('search')!;
const config = JSON.parse(root.dataset.config!) as Config;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const allBox = form.querySelector<HTMLInputElement>('input[name=all]')!;
const refine = document.getElementById('search-refine') as HTMLDetailsElement;
const facetsBox = document.getElementById('search-facets')!;
const status = document.getElementById('search-status')!;
const suggestionBox = document.getElementById('search-suggestion')!;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const provisionBox = document.getElementById('search-provision')!;
const empty = document.getElementById('search-empty')!;
const fill = (template: string, vars: MessageVars) => formatMessage(template, vars, config.intl);

let selection: FacetSelection = {};
const instances = new Map<Lang, Promise<Pagefind>>();
let provisions: Promise<ProvisionsFile | null> | undefined;
/** Whether the facets' filter indexes are loaded (on opening "Refine", or when the URL selects a facet). */
let facetsLoaded = false;

/**
 * One Pagefind instance per language. Pagefind picks the index from `<html lang>` when an instance is created,
 * so the attribute is switched for that synchronous call only. No web worker: searching this index takes a few
 * milliseconds, and the worker would be one more script to download before the first result.
 * @see https://pagefind.app/docs/multilingual/
 * @see https://pagefind.app/docs/search-config/#disable-web-worker
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
        const options = { baseUrl: config.base, highlightParam: 'highlight', excerptLength: 28, noWorker: true, ranking: { metaWeights: META_WEIGHTS } };
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

interface Provision { href: string; text: string; facet: string }

/**
 * The provision a query names ("SOM 6(1)(a)", "ст. 6 Протокола", "المادة 6 من البروتوكول"), if it is held: its
 * link (at the paragraph named) and its label. The citation grammar and the provisions list load only for a query
 * with a number in it, as every citation has one.
 */
async function provisionFor(query: string): Promise<Provision | null> {
  if (!/[0-9\u0660-\u0669]/.test(query)) return null;
  const [{ citationFromQuery }, { buildProvisionIndex, findProvision }, { routePath, withBase }] = await Promise.all([
    import('#src/lib/citation-query.ts'), import('#src/lib/provision-index.ts'), import('#src/lib/routing.ts'),
  ]);
  const citation = citationFromQuery(query);
  if (!citation) return null;
  provisions ??= fetch(config.provisions).then((r) => (r.ok ? r.json() : null)).catch(() => null);
  const index = await provisions;
  const held = index?.instruments[citation.code];
  if (!held || !findProvision(buildProvisionIndex([{ instrument: held.id, articles: held.articles }]), citation).ok) return null;
  const article = held.articles.find((a) => a.number === citation.article)!;
  return {
    href: withBase(config.base, routePath(config.lang, { kind: 'article', id: citation.instrument, article: citation.article, path: citation.path })),
    text: `${citation.text} — ${fill(config.labels.article!, { number: article.number })}: ${article.title}`,
    facet: `${citation.code} ${citation.article}`,
  };
}

function renderProvision(provision: Provision | null) {
  if (!provision) { provisionBox.replaceChildren(); return; }
  const card = document.createElement('p');
  card.className = 'search-provision';
  const link = document.createElement('a');
  link.href = provision.href;
  link.dataset.result = 'provision';
  link.textContent = provision.text;
  const label = document.createElement('span');
  label.className = 'search-result__type';
  label.textContent = config.labels.goToProvision!;
  card.append(label, ' ', link);
  provisionBox.replaceChildren(card);
}

/** One result: what it is (and which instrument), the title as a link to the paragraph matched, the snippet. */
function fillResult(li: HTMLLIElement, d: ResultData & { lang: Lang }) {
  const a = document.createElement('a');
  const words = d.content.split(/\s+/);
  const anchor = paragraphForMatch(d.anchors ?? [], (d.locations ?? []).map((location) => ({ location, word: words[location] ?? '' })));
  a.href = anchor && !d.url.includes('#') ? `${d.url}#${anchor}` : d.url;
  const typeValue = d.filters?.type?.[0];
  const code = d.filters?.instrument?.[0];
  const instrument = code ? config.instruments[code] : undefined;
  a.textContent = resultTitle(d.meta.title ?? d.url, typeValue, instrument);
  a.dataset.result = 'page';
  if (d.lang !== config.lang) a.hreflang = d.lang;
  const type = document.createElement('span');
  type.className = 'search-result__type';
  type.textContent = [typeValue ? config.labels.types[typeValue] : '', d.meta.cite ?? '', d.lang !== config.lang ? d.lang.toUpperCase() : ''].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is the page's own text, HTML-escaped, with <mark> around the matched words; searchable
  // metadata (practitioners' terms, defined terms) is never part of it.
  excerpt.innerHTML = d.excerpt;
  li.replaceChildren(type, ' ', a, excerpt);
  li.removeAttribute('aria-busy');
  li.style.minBlockSize = '';
}

/** The current search: everything ranked, and how many are shown. */
let current: { ranked: Ranked[]; shown: number; query: string; mine: number } = { ranked: [], shown: 0, query: '', mine: 0 };

/** The words the first results of the page matched (for telling a misspelt query word). */
let matchedWords: string[] = [];

/**
 * Results loaded at once on each page of results; the others hold their place and load their data when they come
 * into view, so a phone that shows two results downloads two or three, not ten.
 */
const EAGER = 3;
const pending = new WeakMap<Element, Ranked>();
const loader = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    const item = pending.get(entry.target);
    if (!entry.isIntersecting || !item) continue;
    pending.delete(entry.target);
    loader.unobserve(entry.target);
    const mine = current.mine;
    void item.result.data().then((d) => { if (mine === generation) fillResult(entry.target as HTMLLIElement, { ...d, lang: item.lang }); });
  }
});

/** Shows the next page of results: the first few loaded, the rest as they scroll into view. False when the search changed meanwhile. */
async function showMore(focusFirst = false): Promise<boolean> {
  const { ranked, shown, mine } = current;
  const next = ranked.slice(shown, shown + RESULTS_PAGE);
  const data = await Promise.all(next.slice(0, EAGER).map(async ({ lang, result }) => ({ ...(await result.data()), lang })));
  if (mine !== generation) return false;
  matchedWords = data.flatMap((d) => { const words = d.content.split(/\s+/); return (d.locations ?? []).map((l) => words[l] ?? ''); });
  const items = next.map((item, i) => {
    const li = document.createElement('li');
    li.className = 'search-result';
    if (data[i]) fillResult(li, data[i]!);
    else {
      li.setAttribute('aria-busy', 'true');
      li.style.minBlockSize = '6rem';
      pending.set(li, item);
    }
    return li;
  });
  list.append(...items);
  for (const li of items) if (pending.has(li)) loader.observe(li);
  current.shown = shown + next.length;
  more.hidden = current.shown >= ranked.length;
  more.textContent = fill(config.labels.more!, { shown: current.shown, count: ranked.length });
  if (focusFirst) items[0]?.querySelector('a')?.focus();
  return true;
}

/** Empties the list (and forgets its results still waiting to load). */
function clearResults() {
  for (const li of list.children) { loader.unobserve(li); pending.delete(li); }
  list.replaceChildren();
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
  empty.hidden = false;
}

/** "Did you mean …?" with the corrected query as a link that runs it. */
function renderSuggestion(query: string, suggestion: string) {
  const [before, after] = fill(config.labels.didYouMean!, { query, suggestion: '\u0000' }).split('\u0000');
  const link = document.createElement('a');
  link.href = `?${searchParams(suggestion, selection, allBox.checked)}`;
  link.textContent = suggestion;
  link.addEventListener('click', (e) => { e.preventDefault(); input.value = suggestion; void run(); });
  suggestionBox.replaceChildren(before ?? '', link, after ?? '');
  suggestionBox.hidden = false;
}

/** Searches each language's index; `provision` narrows to the pages about one article instead of a text search. */
async function searchAll(query: string, langs: Lang[], provision?: string) {
  const filters = { ...pagefindFilters(selection), ...(provision ? { provision: { any: [provision] } } : {}) };
  const text = (lang: Lang) => (provision || !query ? null : searchableQuery(query, lang));
  const responses = await Promise.all(langs.map(async (lang) => ({ lang, response: await (await pagefindFor(lang)).search(text(lang), { filters }) })));
  // Scores are relative to each index (a word rare in one language's pages weighs more there), so across languages
  // each result counts by its share of its own language's best score; a tie goes to the page's language.
  const order = (lang: Lang) => (lang === config.lang ? -1 : langs.indexOf(lang));
  const ranked = responses
    .flatMap(({ lang, response }) => { const top = response.results[0]?.score || 1; return response.results.map((result) => ({ lang, result, share: result.score / top })); })
    .sort((a, b) => (langs.length > 1 ? b.share - a.share || order(a.lang) - order(b.lang) : b.result.score - a.result.score));
  const counts: Record<string, Record<string, number>> = {};
  for (const { response } of responses) for (const [facet, values] of Object.entries(response.filters ?? {})) for (const [v, n] of Object.entries(values)) {
    (counts[facet] ??= {})[v] = (counts[facet][v] ?? 0) + n;
  }
  return { ranked, counts };
}

/** Fewer results than this and the query is checked against the vocabulary for a misspelling. */
const FEW = 3;

let generation = 0;
async function run() {
  const query = input.value.trim();
  const all = allBox.checked;
  const params = searchParams(query, selection, all);
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  if (!query && !Object.keys(selection).length) {
    clearResults(); provisionBox.replaceChildren(); status.textContent = ''; empty.hidden = true; more.hidden = true; suggestionBox.hidden = true; refine.hidden = true;
    return;
  }
  const mine = ++generation;
  status.textContent = config.labels.loading!;
  const langs: Lang[] = all ? config.languages.map((l) => l.lang) : [config.lang];
  if (Object.keys(selection).length && !facetsLoaded) await loadFacets(langs);
  // A citation: the provision itself first, then the pages about that article (cases that apply it, guides that
  // discuss it), found by the provision facet rather than by the words of the citation.
  const provision = await provisionFor(query);
  if (mine !== generation) return;
  renderProvision(provision);
  let { ranked, counts } = await searchAll(query, langs, provision?.facet);
  if (mine !== generation) return;
  current = { ranked, shown: 0, query, mine };
  clearResults();
  if (!(await showMore())) return;
  // A misspelt word ("smugling"): with no result, or only Pagefind's match of a shorter word, show what the
  // correction finds; with few results, offer it.
  suggestionBox.hidden = true;
  let replaced: string | null = null;
  const unmatched = () => unmatchedWords(searchableQuery(query, config.lang), matchedWords).length > 0;
  if (query && !provision && (ranked.length < FEW || unmatched())) {
    const { correctionFor } = await import('./search-spelling.ts');
    const suggestion = await correctionFor(query, config, ranked.length, matchedWords);
    if (mine !== generation) return;
    if (suggestion) {
      const corrected = await searchAll(suggestion, langs);
      if (mine !== generation) return;
      const fallback = ranked.length > 0 && unmatched();
      if (corrected.ranked.length && (!ranked.length || fallback)) {
        ({ ranked, counts } = corrected);
        replaced = suggestion;
        current = { ranked, shown: 0, query: suggestion, mine };
        clearResults();
        if (!(await showMore())) return;
      } else if (corrected.ranked.length > ranked.length) renderSuggestion(query, suggestion);
    }
  }
  const count = ranked.length + (provision ? 1 : 0);
  status.textContent = replaced
    ? fill(config.labels.showingFor!, { query, suggestion: replaced })
    : fill(config.labels.results!, { count, query });
  empty.hidden = true;
  if (!count) renderNoResults(query);
  refine.hidden = !count && !Object.keys(selection).length;
  if (facetsLoaded) {
    const { renderFacets } = await import('./search-facets.ts');
    if (mine === generation) renderFacets(facetsBox, counts, selection, config);
  }
}

/** Loads every facet's filter index (a few hundred bytes each), so that searches return counts per facet value, and the code listing them. */
async function loadFacets(langs: Lang[]) {
  facetsLoaded = true;
  await Promise.all([import('./search-facets.ts'), ...langs.map(async (lang) => (await pagefindFor(lang)).filters())]);
}

let timer: number | undefined;
input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(() => void run(), 120); });
allBox.addEventListener('change', () => { if (facetsLoaded) facetsLoaded = false; if (refine.open) void openRefine(); else void run(); });
form.addEventListener('submit', (e) => { e.preventDefault(); void run(); });
more.addEventListener('click', () => void showMore(true));
async function openRefine() {
  const langs: Lang[] = allBox.checked ? config.languages.map((l) => l.lang) : [config.lang];
  if (!facetsLoaded) await loadFacets(langs);
  await run();
}
refine.addEventListener('toggle', () => { if (refine.open && !facetsLoaded) void openRefine(); });
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
if (Object.keys(selection).length) refine.open = true;
const headerInput = document.querySelector<HTMLInputElement>('#site-search');
if (headerInput) headerInput.value = input.value;
input.focus();
void run();
