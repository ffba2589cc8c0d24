/**
 * Parses the primary-source treaty files (`<id>.<lang>.md`, layout described in the
 * sources' README) into articles and labelled blocks with their paragraph paths.
 * Pure: used by the import script and by the verbatim tests.
 */
import { parse as parseYaml } from 'yaml';

export interface TreatyBlock {
  /** Paragraph path (`['1','a','ii']`), or null for an unlabelled line (chapeau, closing words, single-paragraph article). */
  path: string[] | null;
  /** The label as the text prints it: `1.`, `(a)`, `(ii)`, `a.`; null when unlabelled. */
  label: string | null;
  /** 0 for unlabelled lines, 1 = numbered paragraph, 2 = letter, 3 = roman, 4 = `a.` items. */
  level: number;
  /** The text after the label, verbatim. */
  text: string;
}

export interface TreatyArticle {
  number: number;
  title: string;
  /** Roman numeral of the chapter, or null where the text held has no chapter headings. */
  chapter: string | null;
  blocks: TreatyBlock[];
}

export interface ParsedTreaty {
  frontMatter: Record<string, unknown>;
  preamble: string[];
  chapters: { number: string; title: string }[];
  articles: TreatyArticle[];
  testimonium: string[];
}

// The heading word is the text's own ("Article", "Artículo", "Статья", "المادة" …): any one word before the number.
const ARTICLE_HEADING = /^### \S+ (\d+) — (.*)$/;
const CHAPTER_HEADING = /^## Chapter ([IVX]+) — (.*)$/;
const NUMBERED = /^(\d+)\.(?:\s+(.*))?$/;
const BRACKETED = /^\(([a-z]+)\)(?:\s+(.*))?$/;
const LEVEL4 = /^([a-z])\.\s+(.*)$/;
const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)$/;

/** Splits YAML front matter from the body. */
export function splitFrontMatter(source: string): { frontMatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) return { frontMatter: {}, body: source };
  return { frontMatter: parseYaml(match[1]!) as Record<string, unknown>, body: source.slice(match[0].length) };
}

/**
 * Assigns paths to the labelled lines of one article.
 * `(i)` is a roman item except right after the letter `(h)` (UNTOC art. 2 lists definitions up to `(j)`).
 */
export function labelBlocks(lines: string[]): TreatyBlock[] {
  const stack: string[] = []; // current path, index = level - 1
  let previousLabel: { level: number; value: string } | null = null;
  return lines.map((line) => {
    let level = 0;
    let value = '';
    let label: string | null = null;
    let text = line;
    const numbered = NUMBERED.exec(line);
    const bracketed = BRACKETED.exec(line);
    const level4 = LEVEL4.exec(line);
    if (numbered) {
      level = 1;
      value = numbered[1]!;
      label = `${value}.`;
      text = numbered[2] ?? '';
    } else if (bracketed) {
      value = bracketed[1]!;
      const letterAfterH = value === 'i' && previousLabel?.level === 2 && previousLabel.value === 'h';
      level = ROMAN.test(value) && !letterAfterH ? 3 : 2;
      label = `(${value})`;
      text = bracketed[2] ?? '';
    } else if (level4 && stack.length >= 3) {
      level = 4;
      value = level4[1]!;
      label = `${value}.`;
      text = level4[2]!;
    }
    if (level === 0) return { path: null, label: null, level: 0, text };
    // A level below the current one may skip levels (e.g. a roman item directly under a numbered paragraph).
    stack.length = Math.min(stack.length, level - 1);
    while (stack.length < level - 1) stack.push('');
    stack.push(value);
    previousLabel = { level, value };
    return { path: stack.filter((p) => p !== ''), label, level, text };
  });
}

/** Parses one treaty source file. Throws with the line number on a layout it does not know. */
export function parseTreaty(source: string): ParsedTreaty {
  const { frontMatter, body } = splitFrontMatter(source);
  const result: ParsedTreaty = { frontMatter, preamble: [], chapters: [], articles: [], testimonium: [] };
  let section: 'start' | 'preamble' | 'article' | 'testimonium' = 'start';
  let chapter: string | null = null;
  let article: { number: number; title: string; chapter: string | null; lines: string[] } | null = null;
  const finishArticle = () => {
    if (article) result.articles.push({ number: article.number, title: article.title, chapter: article.chapter, blocks: labelBlocks(article.lines) });
    article = null;
  };
  body.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    let m: RegExpExecArray | null;
    if (line === '# Preamble') {
      section = 'preamble';
    } else if (line === '# Testimonium') {
      finishArticle();
      section = 'testimonium';
    } else if ((m = CHAPTER_HEADING.exec(line))) {
      finishArticle();
      chapter = m[1]!;
      result.chapters.push({ number: m[1]!, title: m[2]! });
    } else if ((m = ARTICLE_HEADING.exec(line))) {
      finishArticle();
      section = 'article';
      article = { number: Number(m[1]), title: m[2]!, chapter, lines: [] };
    } else if (line.startsWith('#')) {
      throw new Error(`line ${index + 1}: unknown heading "${line}"`);
    } else if (section === 'preamble') {
      result.preamble.push(line);
    } else if (section === 'testimonium') {
      result.testimonium.push(line);
    } else if (article) {
      (article as { lines: string[] }).lines.push(line);
    } else {
      throw new Error(`line ${index + 1}: text outside any article: "${line.slice(0, 60)}"`);
    }
  });
  finishArticle();
  return result;
}
