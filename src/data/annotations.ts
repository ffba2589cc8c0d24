/**
 * What the treaty text is annotated with when shown: defined terms linked to their definition
 * (a Protocol's own definitions and, since the Convention applies to it mutatis mutandis, the Convention's),
 * and the editorial notes on suspected slips. Every editorial note must be found where it says, or the build fails.
 */
import { getCollection } from 'astro:content';
import { loadInstruments } from './instruments.ts';
import { annotate, definedTerm, findPhrase, type Mark, type Segment } from '#src/lib/annotate.ts';
import type { EditorialNote, TreatyBlock } from '#src/schemas/instrument.ts';
import type { Lang } from '#src/registries/locales.ts';
import { CONVENTION_ID, instrumentById } from '#src/registries/instruments.ts';


interface Definition { instrument: string; article: number; path: string[]; term: string }

async function load() {
  const [instruments, notes] = await Promise.all([loadInstruments(), getCollection('editorialNotes')]);
  const definitions = new Map<string, Definition[]>(); // `${instrument}:${lang}`
  for (const i of instruments) {
    for (const [lang, text] of Object.entries(i.texts)) {
      const article = text.articles.find((a) => a.number === instrumentById(i.id)?.definitionsArticle);
      const found = (article?.blocks ?? [])
        .filter((b) => b.path?.length === 1)
        .map((b) => ({ instrument: i.id, article: article!.number, path: b.path!, term: definedTerm(b.text) }))
        .filter((d): d is Definition => Boolean(d.term));
      definitions.set(`${i.id}:${lang}`, found);
    }
  }
  const editorial = notes.map((n) => ({ ...n.data, id: n.id }) as EditorialNote);
  // Every note must be found exactly where it says.
  for (const [index, note] of editorial.entries()) {
    const text = instruments.find((i) => i.id === note.instrument)?.texts[note.language];
    const where = `content/instruments/editorial-notes.yaml, entry ${index + 1} (${note.id})`;
    if (!text) throw new Error(`${where}: no ${note.language} text of ${note.instrument} is held`);
    const haystacks =
      note.article === 'preamble' ? text.preamble
      : note.article === 'title' ? [text.articles.find((a) => a.number === note.at)?.title ?? '']
      : (text.articles.find((a) => a.number === note.article)?.blocks ?? []).filter((b) => !note.path || b.path?.join('-') === note.path).map((b) => b.text);
    if (!haystacks.some((h) => findPhrase(h, note.text) !== -1)) {
      throw new Error(`${where}: "${note.text}" is not in ${note.instrument} (${note.language}) ${note.article}${note.at ? ` ${note.at}` : ''}${note.path ? ` para. ${note.path}` : ''}; the text is shown verbatim, so the note must quote it exactly`);
    }
  }
  // Every suspected error a source lists in its front matter is shown with a note: none is dropped in silence.
  for (const i of instruments) {
    for (const [lang, text] of Object.entries(i.texts)) {
      const listed = text.suspectedSourceErrors.length;
      const noted = editorial.filter((n) => n.instrument === i.id && n.language === lang).length;
      if (noted < listed) {
        throw new Error(`${text.sourceFile} lists ${listed} suspected source errors but content/instruments/editorial-notes.yaml has ${noted} notes for ${i.id} (${lang}); add a note for each: ${text.suspectedSourceErrors.join(' | ')}`);
      }
    }
  }
  return { definitions, editorial };
}

let cache: ReturnType<typeof load> | undefined;

export interface TextAnnotations {
  /** Segments of a block's text: defined terms linked (first use in the article), slips marked. */
  block(article: number, block: TreatyBlock, linked: Set<string>): Segment[];
  preamble(text: string): Segment[];
  title(article: number, title: string): Segment[];
  /** Editorial notes by id. */
  notes: Map<string, EditorialNote>;
}

/**
 * Annotations for one instrument's text in one language. `href(instrument, article, path)` builds links
 * in the page's language.
 */
export async function annotationsFor(instrument: string, lang: Lang, href: (instrument: string, article: number, path: string[]) => string): Promise<TextAnnotations> {
  cache ??= load();
  const { definitions, editorial } = await cache;
  const own = definitions.get(`${instrument}:${lang}`) ?? [];
  const convention = instrument === CONVENTION_ID ? [] : (definitions.get(`${CONVENTION_ID}:${lang}`) ?? []);
  // Longer terms first, so "proceeds of crime" wins over a shorter term inside it.
  const terms = [...own, ...convention].sort((a, b) => b.term.length - a.term.length);
  const notes = editorial.filter((n) => n.instrument === instrument && n.language === lang);
  const slipMarks = (text: string, applies: (n: EditorialNote) => boolean): Mark[] =>
    notes.filter(applies).flatMap((n) => {
      const start = findPhrase(text, n.text);
      return start === -1 ? [] : [{ start, end: start + n.text.length, note: n.id }];
    });
  return {
    notes: new Map(notes.map((n) => [n.id, n])),
    block(article, block, linked) {
      const slips = slipMarks(block.text, (n) => n.article === article && (!n.path || n.path === block.path?.join('-')));
      const links: Mark[] = [];
      for (const d of terms) {
        const key = `${d.instrument}:${d.term.toLowerCase()}`;
        if (linked.has(key)) continue;
        if (d.instrument === instrument && d.article === article) continue; // no self-links inside the definitions
        const start = findPhrase(block.text, d.term, true);
        if (start === -1) continue;
        linked.add(key);
        links.push({ start, end: start + d.term.length, href: `${href(d.instrument, d.article, d.path)}` });
      }
      return annotate(block.text, [...slips, ...links]);
    },
    preamble: (text) => annotate(text, slipMarks(text, (n) => n.article === 'preamble')),
    title: (article, title) => annotate(title, slipMarks(title, (n) => n.article === 'title' && n.at === article)),
  };
}

