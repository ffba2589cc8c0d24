/** Search page: runs the query from `?q=` against the Pagefind index of the page's language. */
interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }
interface Pagefind { search(q: string): Promise<{ results: PagefindResult[] }>; options(o: object): Promise<void> }

const root = document.getElementById('search');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
const input = document.querySelector<HTMLInputElement>('#site-search');
if (input) input.value = query;

async function run() {
  if (!root || !status || !list || !query) return;
  const pagefind = (await import(/* @vite-ignore */ root.dataset.pagefind!)) as Pagefind;
  const { results } = await pagefind.search(query);
  const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  status.textContent = `${results.length} — “${query}”`;
  list.replaceChildren(
    ...data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      p.innerHTML = d.excerpt; // Pagefind's excerpt: escaped page text with <mark> around matches
      li.append(a, p);
      return li;
    }),
  );
}
run();
