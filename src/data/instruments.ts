/** Loads the instruments and their authentic texts from the content collections, once per build. */
import { getCollection } from 'astro:content';
import { localize } from '#src/lib/localize.ts';
import type { Instrument, TreatyArticle, TreatyText } from '#src/schemas/instrument.ts';
import type { Lang } from '#src/registries/locales.ts';
import { LANGUAGES, LOCALES } from '#src/registries/locales.ts';
import { formatPinpoint, paragraphAnchor } from '#src/lib/citation.ts';
import { formatMessage } from '#src/lib/message.ts';
import { instrumentById } from '#src/registries/instruments.ts';
import { dictionaries } from '#src/i18n/index.ts';

export interface InstrumentWithTexts {
  id: string;
  meta: Instrument;
  /** The authentic texts held, by language. */
  texts: Partial<Record<Lang, TreatyText>>;
}

let cache: Promise<InstrumentWithTexts[]> | undefined;

export function loadInstruments(): Promise<InstrumentWithTexts[]> {
  cache ??= (async () => {
    const [metas, texts] = await Promise.all([getCollection('instruments'), getCollection('treatyTexts')]);
    return metas
      .map((m) => {
        const byLang: Partial<Record<Lang, TreatyText>> = {};
        for (const text of texts) {
          if (text.data.instrument === m.id && (LANGUAGES as readonly string[]).includes(text.data.language)) {
            byLang[text.data.language as Lang] = text.data;
          }
        }
        if (!byLang.en) throw new Error(`content/instruments/${m.id}: no English text (en.json); run npm run import:treaties`);
        return { id: m.id, meta: m.data, texts: byLang };
      })
      .sort((a, b) => a.meta.order - b.meta.order);
  })();
  return cache;
}

/** An instrument's article numbers: the same in every language, read from the English text every instrument holds. */
export function articleNumbers(instrument: InstrumentWithTexts): number[] {
  return instrument.texts.en!.articles.map((a) => a.number);
}

/** One instrument by its id (`som-protocol`). */
export async function loadInstrument(id: string): Promise<InstrumentWithTexts> {
  const instrument = (await loadInstruments()).find((i) => i.id === id);
  if (!instrument) throw new Error(`no instrument "${id}" in content/instruments/`);
  return instrument;
}

/** The text shown for a language: the text held in that language, or English as a fallback. */
export function textFor(instrument: InstrumentWithTexts, lang: Lang): { text: TreatyText; fallback: boolean } {
  const shown = localize(instrument.texts, lang)!;
  return { text: shown.value, fallback: shown.fallback };
}

export function articleOf(text: TreatyText, number: number): TreatyArticle | undefined {
  return text.articles.find((a) => a.number === number);
}

/** Long citation form, e.g. "Protocol against the Smuggling of Migrants by Land, Sea and Air, art. 6(1)(a)". */
export function longCitation(instrument: InstrumentWithTexts, lang: Lang, article: number, path: readonly string[] = []): string {
  const title = localize(instrument.meta.title, lang).value;
  return `${title}, ${formatPinpoint({ article, path: [...path] }, dictionaries[lang]['citation.article'])}`;
}

/** The instrument's United Nations Treaty Series reference in `lang` (treaties README, "Key facts"), or undefined where none is given. */
export function treatySeriesReference(instrumentId: string, lang: Lang): string | undefined {
  const unts = instrumentById(instrumentId)?.unts;
  return unts ? formatMessage(dictionaries[lang]['citation.unts'], { volume: String(unts.volume), page: String(unts.page) }, LOCALES[lang].intl) : undefined;
}

/** The numbered paragraphs of a long article (more than five), with the opening words of each, for a "jump to" menu. */
export function paragraphOutline(article: TreatyArticle): { anchor: string; label: string; opening: string }[] {
  const top = article.blocks.filter((b) => b.path?.length === 1);
  if (top.length <= 5) return [];
  return top.map((b) => {
    const words = b.text.split(/\s+/);
    return { anchor: paragraphAnchor(b.path!), label: b.label ?? b.path!.join(''), opening: words.slice(0, 8).join(' ') + (words.length > 8 ? ' …' : '') };
  });
}
