/**
 * What the article pages show, worked out from the route table and the instruments so the pages only render it: the
 * text in the page's language (or English), previous and next articles, the side-by-side pages that exist, and, on a
 * Protocol's article 1, the Convention's articles that apply mutatis mutandis.
 */
import { loadInstrument, articleOf, textFor } from './instruments.ts';
import { pagesOf, type PageOf } from './routes.ts';
import { formatCitation } from '#src/lib/citation.ts';
import { localize } from '#src/lib/localize.ts';
import { CONVENTION_ID, instrumentById } from '#src/registries/instruments.ts';
import { LANGUAGES, type Lang } from '#src/registries/locales.ts';

export async function articleView(page: PageOf<'article'> | PageOf<'compare'>) {
  const { lang } = page;
  const { id, article: number } = page.route;
  const instrument = await loadInstrument(id);
  const { text, fallback } = textFor(instrument, lang);
  const textLang = text.language;
  const article = articleOf(text, number)!;
  const numbers = text.articles.map((a) => a.number);
  const supplementsConvention = instrumentById(id)?.supplementsConvention ?? false;
  /** The side-by-side pages of this article that exist, by the language beside the text, for a page in `inLang`. */
  const comparisons = async (inLang: Lang) => {
    const found = await Promise.all(LANGUAGES.map(async (other) => ((await pagesOf({ kind: 'compare', id, article: number, other })).some((p) => p.lang === inLang) ? [other] : [])));
    return found.flat();
  };
  // Art. 1(2) of each Protocol: the Convention applies mutatis mutandis; its articles are listed on the Protocol's art. 1 page.
  const conventionArticles = supplementsConvention && number === 1 ? textFor(await loadInstrument(CONVENTION_ID), lang).text.articles : [];
  return {
    instrument, text, textLang, fallback, article, number,
    prev: numbers[numbers.indexOf(number) - 1],
    next: numbers[numbers.indexOf(number) + 1],
    shortName: localize(instrument.meta.shortName, lang).value,
    citation: formatCitation({ code: instrument.meta.code, article: number, path: [] }),
    publication: localize(instrument.meta.publication, textLang).value,
    supplementsConvention,
    conventionId: CONVENTION_ID,
    conventionArticles,
    comparisons,
  };
}
