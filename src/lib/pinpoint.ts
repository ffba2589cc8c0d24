/**
 * Pinpoints in the project's analysis ("art. 159, fractions I–III and penultimate paragraph", "s. 117(1); s. 131")
 * are written in English by the project, around the law's own numbering. This splits one into the project's words,
 * which each page says in its own language, and the law's numbering and words (`§ 96(1) Satz 1 Nr. 2`, `commi 1–2`,
 * `caput`, an Act's title), which stay as the law writes them. Pure: the words come from the UI dictionary.
 */
import type { UIKey } from '#src/i18n/index.ts';

/** A word of the project's vocabulary, to be said in the page's language. */
export type PinpointWord =
  | { kind: 'word'; word: 'article' | 'articles' | 'section' | 'sections' | 'fraction' | 'fractions' | 'and' | 'with' | 'comma' | 'semicolon' }
  /** "first paragraph", "second to fourth paragraphs", "first sentence", "first principle". */
  | { kind: 'ordinals'; noun: 'paragraph' | 'sentence' | 'principle'; ordinals: Ordinal[]; joiner: 'and' | 'to' };

/** The law's own numbering or words, kept as written. */
export interface PinpointCite { kind: 'cite'; text: string }

export type PinpointPart = PinpointWord | PinpointCite;

/**
 * Ordinals the project's pinpoints use, by their place in the dictionaries' lists
 * (`pinpoint.ordinals.paragraph`: "first|second|third|fourth|fifth|penultimate|last").
 */
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'penultimate', 'last'] as const;
export type Ordinal = number;
const ORDINALS: Record<string, Ordinal> = Object.fromEntries(ORDINAL_WORDS.map((w, i) => [w, i]));
const ORDINAL = Object.keys(ORDINALS).join('|');

/**
 * One alternative per kind of token, tried left to right at each position. An Act's title comes first, so the words
 * inside it ("Immigration and Foreigners Act, 2025") are never taken for the project's own.
 */
const TITLE = String.raw`[A-Z][a-z]+ (?:(?:and|of) )?(?:[A-Z][a-z]+ )*(?:Act|Ordinance), \d{4}`;
const TOKEN = new RegExp(
  [
    `(?<title>${TITLE})`,
    String.raw`(?<ordinals>\b(?:${ORDINAL})(?:(?: and | to )(?:${ORDINAL}))* (?:paragraph|sentence|principle)s?\b)`,
    String.raw`(?<fraction>\bfractions?\b)`,
    String.raw`(?<abbr>\b(?:arts?|ss?)\.(?= ))`,
    String.raw`(?<sep>; |, )`,
    String.raw`(?<conj> (?:and|with) )`,
  ].join('|'),
  'g',
);

const ABBR: Record<string, PinpointWord & { kind: 'word' }> = {
  'art.': { kind: 'word', word: 'article' }, 'arts.': { kind: 'word', word: 'articles' },
  's.': { kind: 'word', word: 'section' }, 'ss.': { kind: 'word', word: 'sections' },
};

/** Splits a pinpoint into the project's words and the law's own text. Concatenating the English of the parts gives the input back. */
export function parsePinpoint(pinpoint: string): PinpointPart[] {
  const parts: PinpointPart[] = [];
  const cite = (text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'cite') last.text += text;
    else parts.push({ kind: 'cite', text });
  };
  let at = 0;
  for (const m of pinpoint.matchAll(TOKEN)) {
    cite(pinpoint.slice(at, m.index));
    at = m.index + m[0].length;
    const g = m.groups!;
    if (g.title) cite(g.title);
    else if (g.ordinals) {
      const words = g.ordinals.split(' ');
      const noun = words[words.length - 1]!.replace(/s$/, '') as 'paragraph' | 'sentence' | 'principle';
      const ordinals = words.filter((w) => w in ORDINALS).map((w) => ORDINALS[w]!);
      parts.push({ kind: 'ordinals', noun, ordinals, joiner: words.includes('to') ? 'to' : 'and' });
    } else if (g.fraction) parts.push({ kind: 'word', word: g.fraction === 'fractions' ? 'fractions' : 'fraction' });
    else if (g.abbr) parts.push(ABBR[g.abbr]!);
    else if (g.sep) parts.push({ kind: 'word', word: g.sep === '; ' ? 'semicolon' : 'comma' });
    else if (g.conj) parts.push({ kind: 'word', word: g.conj.trim() as 'and' | 'with' });
  }
  cite(pinpoint.slice(at));
  return parts;
}

/**
 * The words of one language for pinpoints. `ordinal` gives the ordinal agreeing with a noun ("primer" párrafo,
 * "primera" oración); `phrase` puts the ordinals and the noun together in the language's order and number
 * ("segundo y tercer párrafos", "الفقرة الأولى").
 */
export interface PinpointVocabulary {
  word: (word: (PinpointWord & { kind: 'word' })['word']) => string;
  ordinal: (noun: 'paragraph' | 'sentence' | 'principle', n: Ordinal) => string;
  phrase: (noun: 'paragraph' | 'sentence' | 'principle', ordinals: string, plural: boolean) => string;
  joiner: (joiner: 'and' | 'to') => string;
}

/** The text of a word part in a language. */
export function sayWord(part: PinpointWord, vocabulary: PinpointVocabulary): string {
  if (part.kind === 'word') return vocabulary.word(part.word);
  const ordinals = part.ordinals.map((n) => vocabulary.ordinal(part.noun, n)).join(vocabulary.joiner(part.joiner));
  return vocabulary.phrase(part.noun, ordinals, part.ordinals.length > 1);
}

/** Splits a dictionary's ordinal list ("first|second|…|last") and checks it has one word per ordinal. */
export function ordinalList(value: string, key: string): string[] {
  const words = value.split('|').map((w) => w.trim());
  if (words.length !== ORDINAL_WORDS.length || words.some((w) => !w)) {
    throw new Error(`UI message ${key} must list ${ORDINAL_WORDS.length} ordinals separated by "|" (${ORDINAL_WORDS.join('|')}), found "${value}"`);
  }
  return words;
}

/** English words of the project's vocabulary left in the law's own text: none, once every pinpoint parses (a test checks it). */
export function untranslatedWords(parts: readonly PinpointPart[]): string[] {
  const vocabulary = new RegExp(String.raw`\b(?:${ORDINAL}|paragraphs?|sentences?|principles?|fractions?|and|with|arts?\.|ss?\.)(?=\W|$)`, 'g');
  return parts
    .filter((p): p is PinpointCite => p.kind === 'cite')
    .flatMap((p) => p.text.replace(new RegExp(TITLE, 'g'), '').match(vocabulary) ?? []);
}

/** The pinpoint vocabulary of a language, from its UI dictionary (`t` as `useTranslations(lang)` returns it). */
export function pinpointVocabulary(t: (key: UIKey, vars?: Record<string, string>) => string): PinpointVocabulary {
  return {
    word: (w) => t(w === 'comma' || w === 'semicolon' ? `punct.${w}` : `pinpoint.${w}`),
    ordinal: (noun, n) => ordinalList(t(`pinpoint.ordinals.${noun}`), `pinpoint.ordinals.${noun}`)[n]!,
    phrase: (noun, ordinals, plural) => t(plural ? `pinpoint.${noun}s` : `pinpoint.${noun}`, { ordinals }),
    joiner: (j) => t(`pinpoint.${j}`),
  };
}

/** A pinpoint as plain text in a language (the law's own parts unmarked). */
export function sayPinpoint(pinpoint: string, vocabulary: PinpointVocabulary): string {
  return parsePinpoint(pinpoint).map((p) => (p.kind === 'cite' ? p.text : sayWord(p, vocabulary))).join('');
}
