import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT, DIST, page, readJson, text } from '#tests/support/dist.ts';
import type { TreatyText } from '#src/schemas/instrument.ts';
import { LANGUAGES } from '#src/registries/locales.ts';
import { HTMLElement, parse } from 'node-html-parser';
import { dictionaries } from '#src/i18n/index.ts';

const LANGS = LANGUAGES;
const INSTRUMENTS = ['untoc', 'som-protocol', 'tip-protocol', 'firearms-protocol'];
const treaty = (id: string, lang: string) => readJson<TreatyText>(path.join(CONTENT, 'instruments', id, `${lang}.json`));
/** Site languages whose authentic text of the instrument is held; the others show the English text as a fallback. */
const held = (id: string) => LANGS.filter((lang) => fs.existsSync(path.join(CONTENT, 'instruments', id, `${lang}.json`)));

describe('languages', () => {
  it.each(LANGS)('the %s home page declares its language and links to the other languages', (lang) => {
    const html = page(`/${lang}/`);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe(lang);
    const switcher = html.querySelectorAll('.lang-switcher a').map((a) => a.getAttribute('href'));
    expect(switcher).toEqual(LANGS.map((l) => `/${l}/`));
  });

  it('the root page works without JavaScript: a link per language', () => {
    const links = page('/').querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(LANGS.map((l) => `/${l}/`));
  });

  it('the switcher on an article page leads to the same article in each language', () => {
    const links = page('/es/instruments/som-protocol/article-6/').querySelectorAll('.lang-switcher a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(LANGS.map((l) => `/${l}/instruments/som-protocol/article-6/`));
  });

  it('side by side names both languages in the page’s language, and the facts keep each language’s direction', () => {
    const h1 = (path: string) => text(page(path).querySelector('h1'));
    expect(h1('/en/instruments/som-protocol/article-6/side-by-side/es/')).toBe('Article 6: English and Spanish side by side');
    expect(h1('/es/instruments/som-protocol/article-6/side-by-side/en/')).toBe('Artículo 6: español e inglés en paralelo');
    expect(h1('/fr/instruments/som-protocol/article-6/side-by-side/en/')).toBe('Article 6 : français et anglais en regard');
    expect(text(page('/es/instruments/som-protocol/article-6/side-by-side/en/').querySelectorAll('.breadcrumbs li').at(-1))).toBe('Inglés');
    // On the Arabic page the facts stand in the English text's left-to-right block: the Arabic date is isolated in its own direction.
    const fact = page('/ar/instruments/som-protocol/').querySelector('.facts li')!;
    expect(fact.querySelector('strong')!.getAttribute('dir')).toBe('rtl');
    expect(fact.querySelector('small span[lang="en"]')).not.toBeNull();
  });

  it('the Spanish and French chrome has no English navigation text', () => {
    const nav = (lang: string) => page(`/${lang}/`).querySelectorAll('.site-nav a').map(text);
    expect(nav('es')).toEqual(['Instrumentos', 'Leyes nacionales', 'Casos', 'Guías', 'Noticias', 'Acerca de']);
    expect(nav('fr')).toEqual(['Instruments', 'Lois nationales', 'Affaires', 'Guides', 'Actualités', 'À propos']);
  });
});

describe('landmarks', () => {
  it.each(LANGS)('%s: one search landmark per page, named; on the search page it is the page’s own form, named by its heading', (lang) => {
    const home = page(`/${lang}/`).querySelectorAll('[role="search"]');
    expect(home.map((f) => f.getAttribute('aria-label'))).toEqual([dictionaries[lang]['search.landmark']]);
    const search = page(`/${lang}/search/`);
    const forms = search.querySelectorAll('[role="search"]');
    expect(forms.map((f) => f.id)).toEqual(['search-form']);
    expect(search.getElementById(forms[0]!.getAttribute('aria-labelledby') ?? '')?.tagName).toBe('H1');
  });
});

describe('treaty pages', () => {
  for (const id of INSTRUMENTS) {
    for (const lang of LANGS) {
      it(`${id} (${lang}): every article has its page with one anchor per labelled paragraph`, () => {
        // A language without its authentic text shows the English one, with the same anchors.
        const source = treaty(id, held(id).includes(lang) ? lang : 'en');
        for (const article of source.articles) {
          const html = page(`/${lang}/instruments/${id}/article-${article.number}/`);
          const anchors = html.querySelectorAll('.treaty-text [id^="para-"]').map((el) => el.id);
          const expected = article.blocks.filter((b) => b.path).map((b) => `para-${b.path!.join('-')}`);
          expect(anchors, `${id} ${lang} art. ${article.number}`).toEqual(expected);
          expect(text(html.querySelector('h1'))).toContain(article.title);
        }
      });
    }
    it(`${id}: the same anchors exist in every language`, () => {
      const [en, ...others] = held(id).map((lang) => treaty(id, lang).articles.map((a) => a.blocks.filter((b) => b.path).map((b) => b.path!.join('-'))));
      for (const other of others) expect(other).toEqual(en);
    });
  }

  it('the DESIGN.md examples resolve: SOM 6(1)(b)(ii), SOM 3(a), UNTOC 2(a)', () => {
    expect(text(page('/en/instruments/som-protocol/article-6/').querySelector('#para-1-b-ii'))).toContain('Procuring, providing or possessing such a document');
    expect(text(page('/en/instruments/som-protocol/article-3/').querySelector('#para-a'))).toContain('“Smuggling of migrants” shall mean');
    expect(text(page('/es/instruments/untoc/article-2/').querySelector('#para-a'))).toContain('grupo delictivo organizado');
  });

  it('each paragraph has a permalink and a copy-citation link giving the long citation', () => {
    const p = page('/en/instruments/som-protocol/article-6/').querySelector('#para-1-a')!;
    const cite = p.querySelector('a[data-citation]')!;
    expect(cite.getAttribute('href')).toBe('/en/instruments/som-protocol/article-6/#para-1-a');
    expect(cite.getAttribute('data-citation')).toBe('Protocol against the Smuggling of Migrants by Land, Sea and Air, art. 6(1)(a)');
  });

  it('article pages link to the previous and next article', () => {
    const html = page('/fr/instruments/untoc/article-2/');
    expect(html.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/fr/instruments/untoc/article-1/');
    expect(html.querySelector('a[rel=next]')?.getAttribute('href')).toBe('/fr/instruments/untoc/article-3/');
  });

  it('a partial text says what it lacks (French Protocols have no preamble in the source)', () => {
    const html = page('/fr/instruments/som-protocol/');
    expect(html.querySelector('details.provenance')?.getAttribute('open')).not.toBeUndefined();
    expect(text(html.querySelector('details.provenance'))).toMatch(/partial/i);
  });
});

describe('search index', () => {
  it('Pagefind wrote a separate index for each language', () => {
    const entry = readJson<{ languages: Record<string, { page_count: number }> }>(path.join(DIST, 'pagefind', 'pagefind-entry.json'));
    // Every site language has its index; those holding authentic treaty texts index every article in them.
    for (const lang of LANGS) expect(entry.languages[lang]?.page_count, lang).toBeGreaterThan(held('untoc').includes(lang) ? 100 : 5);
    expect(fs.existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe('annotations on the verbatim text', () => {
  it('links a defined term to its definition, across instruments (SOM 4 → UNTOC 2(a))', () => {
    const link = page('/en/instruments/som-protocol/article-4/').querySelector('a.defined-term');
    expect(text(link)).toBe('organized criminal group');
    expect(link?.getAttribute('href')).toBe('/en/instruments/untoc/article-2/#para-a');
  });
  it('marks a suspected slip of the Spanish source with an editorial note and leaves the text as printed', () => {
    const p = page('/es/instruments/som-protocol/article-6/').querySelector('#para-2')!;
    expect(text(p.querySelector('.provision__text'))).toContain('Cada Estado Porte adoptará');
    expect(text(p.querySelector('mark.slip'))).toBe('Estado Porte');
    expect(text(p.querySelector('.editorial-note'))).toContain('“Porte” for “Parte”');
  });
  it('marks every listed slip on its page (35 notes)', () => {
    const ids = ['untoc', 'som-protocol', 'tip-protocol', 'firearms-protocol'].flatMap((id) =>
      page(`/es/instruments/${id}/`).querySelectorAll('.editorial-note').map((n) => n.id),
    );
    expect(new Set(ids).size).toBe(35);
  });
});

describe('provisions embedded in guides', () => {
  it('show the same verbatim text as the article page, in the page language', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const lang of LANGS) {
      const dir = path.join(DIST, lang, 'guides');
      for (const slug of fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isDirectory())) {
        for (const figure of page(`/${lang}/guides/${slug}/`).querySelectorAll('figure.embedded-provision')) {
          const link = figure.querySelector('figcaption a')!.getAttribute('href')!;
          const [articlePath] = link.split('#');
          const article = page(articlePath!);
          for (const p of figure.querySelectorAll('.provision')) {
            const path = p.getAttribute('data-path');
            const expected = path ? text(article.querySelector(`#para-${path} .provision__text`)) : null;
            const shown = text(p).replace(/^\([a-z0-9]+\)\s*|^\d+\.\s*|^[a-z]\.\s*/, '');
            checked++;
            if (path && shown !== expected) problems.push(`${lang}/guides/${slug} ${link} para ${path}: "${shown.slice(0, 60)}" ≠ "${expected?.slice(0, 60)}"`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});

describe('Protocols and the Convention; guides for trainers', () => {
  it('a Protocol’s article 1 lists the Convention articles that apply mutatis mutandis, linked', () => {
    const links = page('/fr/instruments/som-protocol/article-1/').querySelectorAll('#mutatis-heading + ol a').map((a) => a.getAttribute('href'));
    expect(links).toHaveLength(41);
    expect(links[1]).toBe('/fr/instruments/untoc/article-2/');
  });
  it('every heading of a guide has a stable anchor', () => {
    const headings = page('/es/guides/international-cooperation/').querySelectorAll('.guide-body h2, .guide-body h3');
    expect(headings.length).toBeGreaterThan(3);
    expect(headings.filter((h) => !h.id)).toEqual([]);
  });
});

describe('provenance shown with the text', () => {
  it('each text version says where it comes from and what it lacks (DESIGN.md)', () => {
    expect(text(page('/es/instruments/untoc/article-2/').querySelector('.source-line'))).toContain('Ley 25.632 de la Argentina');
    expect(text(page('/fr/instruments/som-protocol/article-6/').querySelector('.source-line'))).toContain('Le préambule et les intitulés des chapitres manquent');
    expect(text(page('/en/instruments/tip-protocol/').querySelector('.source-line'))).toContain('BWBV0001749');
  });

  it.each(LANGS)('%s: the status of every text says, in the page’s language, that it is a reproduction and not the UN’s certified text', (lang) => {
    const d = dictionaries[lang];
    for (const id of INSTRUMENTS) {
      const box = page(`/${lang}/instruments/${id}/article-1/`).querySelector('.provenance');
      const status = box?.querySelectorAll('dd')[0];
      expect(text(status), `${lang}/${id}`).toContain(d['instrument.statusReproduction'].split('{language}')[0]!.trim());
      expect(text(status), `${lang}/${id}`).not.toMatch(/^authentic text$/i);
      expect(text(box), `${lang}/${id}: how the file was fetched is no fact about the text`).not.toMatch(/snapshot|stored copy/i);
    }
  });
});

describe('wording for the public', () => {
  /** How the project's research was done is no fact for readers: hedges say what a source lacks, not what was read. */
  const RESEARCH_LOG = [
    /\bwe (?:read|have read)\b/i, /\bstored (?:copy|part)\b/i, /\bthe (?:part|page|copy) (?:we )?read\b/i, /\b(?:was|were) not read\b/i,
    /\bcompiler\b/i, /\bsearches made\b/i, /\bcrawler\b/i, /\bnot searched\b/i, /\bas stored\b/i,
    /\ble[ií]mos\b/i, /copia almacenada/i, /\bno se ley[óo]\b/i, /\bse leyeron\b/i, /\bcompilador/i,
    /nous avons lue?s?\b/i, /copie conservée/i, /n['’](?:a|ont) pas été (?:lue?s?|consulté)/i, /\bont été lus\b/i, /\bcompilateur/i,
  ];
  const SOURCE_QUOTED = '.provenance-box, .source-note, .editorial-note, .national-provision, .other-version, [lang="en"][dir="ltr"] small, p.muted[lang="en"], .notice[data-notice="warning"] > span, details > section[lang="en"]';
  it('no page speaks of the research process (“the stored copy we read”, “not read”, “the compiler”) in any language', () => {
    const pages = fs.globSync('**/*.html', { cwd: DIST, exclude: (name) => name === 'pagefind' || name === '_astro' });
    const offenders = pages.flatMap((f) => {
      const main = parse(fs.readFileSync(path.join(DIST, f), 'utf8')).querySelector('main');
      // A national law's metadata and notes are the source's own English, quoted as it has them (marked lang="en").
      for (const quoted of main?.querySelectorAll(SOURCE_QUOTED) ?? []) quoted.remove();
      const body = text(main);
      return RESEARCH_LOG.flatMap((re) => { const m = re.exec(body); return m ? [`${f}: “${body.slice(Math.max(0, m.index - 60), m.index + 60)}”`] : []; });
    });
    expect(offenders).toEqual([]);
  });
});

describe('French typography', () => {
  /**
   * French sets a space before : ; ? ! and inside « », and it must not break: a line never starts with the colon or
   * the closing guillemet. Only text in French is checked (a quotation or a law in another language keeps its own).
   */
  /** Treaty and national texts are shown as their sources print them, spaces included. */
  const VERBATIM = '.treaty-text, .provision, .embedded-provision blockquote, .article-title, .para-menu, .national-provision, .other-version, .provenance-box, .provenance';
  it('no breakable space before : ; ? ! » or after « on any French page', () => {
    const pages = fs.globSync('fr/**/*.html', { cwd: DIST, exclude: (name) => name === 'pagefind' || name === '_astro' });
    const offenders: string[] = [];
    const walk = (el: HTMLElement, f: string) => {
      for (const child of el.childNodes) {
        if (child instanceof HTMLElement) {
          const lang = child.getAttribute('lang');
          if ((lang && lang !== 'fr') || ['script', 'style'].includes(child.tagName.toLowerCase()) || child.matches?.(VERBATIM)) continue;
          walk(child, f);
        } else {
          const t = child.text;
          const m = / [:;?!»]|« /.exec(t);
          if (m) offenders.push(`${f}: “${t.slice(Math.max(0, m.index - 40), m.index + 20)}”`);
        }
      }
    };
    for (const f of pages) walk(parse(fs.readFileSync(path.join(DIST, f), 'utf8')).querySelector('body')!, f);
    expect(offenders.slice(0, 20)).toEqual([]);
  });
});

describe('origins', () => {
  it('a default build writes no localhost origin anywhere (pages, feeds, sitemap, data, headers)', () => {
    const files = fs.globSync('**/*.{html,xml,json,txt}', { cwd: DIST, exclude: (name) => name === 'pagefind' }).concat(fs.existsSync(path.join(DIST, '_headers')) ? ['_headers'] : []);
    const offenders = files.filter((f) => /localhost/i.test(fs.readFileSync(path.join(DIST, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
