/**
 * Reads a citation out of what a visitor types in the search box: the strict grammar (`SOM 6(1)(a)`)
 * and the ways practitioners write it ("art 6 smuggling protocol", "Protocolo art. 6", "article 2(a) convention").
 * Uses the same parser as the content; returns null when no provision is named.
 */
import { INSTRUMENT_CODES, parseCitation, type Citation, type CitationCode } from './citation.ts';

/** Words that name an instrument, accents removed, lower case; checked in this order. */
const INSTRUMENT_WORDS: [CitationCode, RegExp][] = [
  ['TIP', /\b(tip|trafficking in persons|trata de personas|trata|traite)\b/],
  ['FIREARMS', /\b(firearms?|armas de fuego|armes a feu|armas|armes)\b/],
  ['SOM', /\b(som|smuggling|migrants?|migrantes|trafico ilicito|trafic illicite|protocol|protocolo|protocole)\b/],
  ['UNTOC', /\b(untoc|convention|convencion|palermo|organi[sz]ed crime|delincuencia organizada|criminalite)\b/],
];

const ARTICLE = /\b(?:art(?:icle|iculo|ículo)?s?\.?|a\.)\s*(\d{1,3})\s*((?:\(\s*[0-9a-z]{1,5}\s*\)\s*)*)/;

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

export function citationFromQuery(query: string): Citation | null {
  const strict = parseCitation(query);
  if (strict) return strict;
  const text = fold(query);
  // "SOM 6" inside a longer query
  const coded = /\b(untoc|som|tip|firearms)\s*(?:art(?:icle|\.)?\s*\.?\s*)?(\d{1,3})\s*((?:\(\s*[0-9a-z]{1,5}\s*\)\s*)*)/.exec(text);
  if (coded) return parseCitation(`${coded[1]} ${coded[2]}${coded[3]}`);
  const article = ARTICLE.exec(text);
  if (!article) return null;
  const rest = text.replace(article[0], ' ');
  const code = INSTRUMENT_WORDS.find(([, words]) => words.test(rest))?.[0];
  if (!code) return null;
  const path = [...(article[2] ?? '').matchAll(/\(\s*([0-9a-z]+)\s*\)/g)].map((m) => m[1]!);
  return { code, instrument: INSTRUMENT_CODES[code], article: Number(article[1]), path };
}
