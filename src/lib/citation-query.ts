/**
 * Reads a citation out of what a visitor types in the search box: the strict grammar (`SOM 6(1)(a)`)
 * and the ways practitioners write it in every site language ("art 6 smuggling protocol", "Protocolo art. 6",
 * "ст. 6 Протокола", "статья 18 Конвенции", "المادة 6 من البروتوكول"). The instrument words come from the
 * instrument registry; uses the same parser as the content; returns null when no provision is named.
 */
import { formatCitation, parseCitation, type Citation } from './citation.ts';
import { INSTRUMENTS, type CitationCode } from '#src/registries/instruments.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A registry word as a pattern: whole word, or a stem where it has `*` at that end. */
function wordPattern(word: string): string {
  const openStart = word.startsWith('*');
  const openEnd = word.endsWith('*');
  const core = fold(word.replace(/^\*|\*$/g, '')).split(/\s+/).map(escape).join('\\s+');
  return `${openStart ? '' : '(?<![\\p{L}\\p{N}])'}${core}${openEnd ? '' : '(?![\\p{L}\\p{N}])'}`;
}

/** Instrument words of every language; the Protocols are checked before the Convention, the most specific first. */
const INSTRUMENT_WORDS: [CitationCode, RegExp][] = [...INSTRUMENTS].reverse().map((i) => [
  i.code,
  new RegExp(Object.values(i.queryWords).flat().map(wordPattern).join('|'), 'u'),
]);

const CODED = new RegExp(`(?<![\\p{L}\\p{N}])(${INSTRUMENTS.map((i) => i.code.toLowerCase()).join('|')})\\s*(?:art(?:icle|\\.)?\\s*\\.?\\s*)?(\\d{1,3})\\s*((?:\\(\\s*[0-9a-z]{1,5}\\s*\\)\\s*)*)`, 'u');
/** "art. 6", "article 6", "artículo 6", "ст. 6", "статья 6", "статьи 6", "المادة 6", "مادة 6". */
const ARTICLE = /(?<![\p{L}\p{N}])(?:art(?:icle|iculo)?s?\.?|a\.|ст\.?|стать[яиеюй]|ال?ماد[ةه])\s*(\d{1,3})\s*((?:\(\s*[0-9a-z]{1,5}\s*\)\s*)*)/u;

export function citationFromQuery(query: string): Citation | null {
  const strict = parseCitation(query);
  if (strict) return strict;
  // Arabic-Indic digits read as Latin ones.
  const text = fold(query).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const coded = CODED.exec(text);
  if (coded) return parseCitation(`${coded[1]} ${coded[2]}${coded[3]}`);
  const article = ARTICLE.exec(text);
  if (!article) return null;
  const rest = text.replace(article[0], ' ');
  const code = INSTRUMENT_WORDS.find(([, words]) => words.test(rest))?.[0];
  if (!code) return null;
  const path = [...(article[2] ?? '').matchAll(/\(\s*([0-9a-z]+)\s*\)/g)].map((m) => m[1]!);
  const number = Number(article[1]);
  return { text: formatCitation({ code, article: number, path }), code, instrument: INSTRUMENTS.find((i) => i.code === code)!.id, article: number, path };
}
