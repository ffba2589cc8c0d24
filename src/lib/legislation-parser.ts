/**
 * Parses a legislation source file (`legislation/<iso2>.md`): front matter, the compiler's preface, and one section
 * per `## ` heading. `# ` headings group sections: into equally authoritative language versions when the front matter
 * names several languages (Canada: `language: en, fr`, `# English version`, `# Version française`), otherwise into the
 * Acts a file quotes (India: `# Immigration and Foreigners Act, 2025 …`, `# Emigration Act, 1983 …`). A `# ` group
 * without sections of its own is one provision (Brazil: one heading per copy of art. 232-A).
 * Pure; used by the import script and by the verbatim tests.
 */
import { splitFrontMatter } from './treaty-parser.ts';

export interface LegislationSection {
  /** Fragment id on the country page, derived from the heading (see {@link provisionId}). */
  id: string;
  heading: string;
  /** The `# ` heading of the Act the section belongs to, where a file quotes several Acts. */
  group?: string;
  /** The compiler's remarks on this copy, printed before the statute's own words; never law. */
  note?: string[];
  /** The statute's words, verbatim, one entry per paragraph of the source. */
  paragraphs: string[];
}

/** One authoritative language version of the provisions held. */
export interface LegislationVersion { language: string; provisions: LegislationSection[] }

/** Arabic ordinal words used in article headings ("المادة الأولى"), as numbers. */
const ARABIC_ORDINALS: Record<string, number> = {
  'الأولى': 1, 'الثانية': 2, 'الثالثة': 3, 'الرابعة': 4, 'الخامسة': 5, 'السادسة': 6, 'السابعة': 7, 'الثامنة': 8, 'التاسعة': 9, 'العاشرة': 10,
};
/** "المادة 22 – عقوبة …", "المادة الأولى- التعريفات": the article word, its number, then a dash before the title. */
const ARABIC_ARTICLE = /^المادة\s+(\S+?)\s*[-–—]\s/u;
/** Gazette style "3. Punishment of smuggling of migrants": the section number, a full stop, the title. */
const GAZETTE_SECTION = /^(\d+[A-Z]?)\.\s/;

const slug = (s: string) =>
  s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function arabicArticleNumber(word: string): string | null {
  const digits = word.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  if (/^\d+$/.test(digits)) return digits;
  return ARABIC_ORDINALS[word] !== undefined ? String(ARABIC_ORDINALS[word]) : null;
}

/**
 * Provision id from a heading, lower case, without accents, non-alphanumerics as `-`:
 * - the part before " — " ("Art. 303-A — Tráfico…" → `art-303-a`, "117 — Organizing…" → `117`);
 * - an Arabic article heading gives `art-<n>` ("المادة 22 – …" → `art-22`, "المادة الأولى- …" → `art-1`);
 * - a Gazette-style heading gives its number ("3. Punishment of…" → `3`);
 * - a heading "Label: Title (details)" gives its title ("Related law (…): Emigration Ordinance, 1979 (…)" → `emigration-ordinance-1979`).
 * An id that comes out empty is reported by the import script.
 */
export function provisionId(heading: string): string {
  const arabic = ARABIC_ARTICLE.exec(heading);
  const number = arabic ? arabicArticleNumber(arabic[1]!) : null;
  if (number) return `art-${number}`;
  if (heading.includes(' — ')) return slug(heading.split(' — ')[0]!);
  const gazette = GAZETTE_SECTION.exec(heading);
  if (gazette) return slug(gazette[1]!);
  const colon = heading.indexOf(': ');
  if (colon > 0) return slug(heading.slice(colon + 2).split(' (')[0]!);
  return slug(heading);
}

/**
 * The provision's number as its heading prints it, for links to it: "117", "s. 21", "Art. 303-A", "المادة 22", "3".
 * Falls back to the whole heading.
 */
export function provisionLabel(heading: string): string {
  const arabic = ARABIC_ARTICLE.exec(heading);
  if (arabic) return `المادة ${arabic[1]}`;
  if (heading.includes(' — ')) return heading.split(' — ')[0]!;
  const gazette = GAZETTE_SECTION.exec(heading);
  if (gazette) return gazette[1]!;
  const colon = heading.indexOf(': ');
  if (colon > 0) return heading.slice(colon + 2).split(' (')[0]!;
  return heading;
}

/** Sections that are the compiler's remarks, not statutory text. */
export function isEditorialSection(heading: string): boolean {
  return /^notes for comparison$/i.test(heading) || /not read in a primary source/i.test(heading);
}

/** A paragraph that is the compiler's bracketed note inside a provision: `*[Editorial note: …]*`. */
export function isEditorialParagraph(paragraph: string): boolean {
  return /^\*\[Editorial note:[\s\S]*\]\*$/.test(paragraph);
}

/** Where a statute's own words begin in a copy: its article or section label ("Art. 115 -", "§ 1:", "s. 3", "12."). */
const STATUTE_LABEL = /^(?:art(?:\.|igo|ículo|icle)\s*\d|§|s\.\s*\d|section\s+\d|\d)/i;

/**
 * Language codes from the front matter's `language`: "en, fr" → [en, fr]; "en (translation; the Bangla text is
 * authoritative)" → [en]. Codes that are not language tags are returned as found, for the import script to report.
 */
export function languageCodes(statement: string): string[] {
  return statement.split(' (')[0]!.split(/,|\band\b/).map((s) => s.trim()).filter(Boolean);
}

/** Whether the front matter's `language` says the text held is a translation rather than an authoritative version. */
export function isTranslation(statement: string): boolean {
  return /\btranslation\b/i.test(statement);
}

interface Group { heading: string | null; intro: string[]; sections: LegislationSection[] }

export function parseLegislation(source: string) {
  const { frontMatter: raw, body } = splitFrontMatter(source);
  const frontMatter = raw as Record<string, string>;
  const languages = languageCodes(String(frontMatter.language ?? ''));
  const problems: string[] = [];
  const preface: string[] = [];
  const editorial: LegislationSection[] = [];
  const groups: Group[] = [];
  let group: Group = { heading: null, intro: [], sections: [] };
  groups.push(group);

  for (const chunk of body.split(/\n(?=#{1,2} )/)) {
    const paragraphs = chunk.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const first = paragraphs[0] ?? '';
    if (first.startsWith('# ')) {
      group = { heading: paragraphs.shift()!.slice(2).trim(), intro: paragraphs, sections: [] };
      groups.push(group);
    } else if (first.startsWith('## ')) {
      const heading = paragraphs.shift()!.slice(3).trim();
      const section = { id: provisionId(heading), heading, paragraphs };
      if (isEditorialSection(heading)) editorial.push(section);
      else group.sections.push(section);
    } else {
      preface.push(...paragraphs);
    }
  }

  const [ungrouped, ...headed] = groups as [Group, ...Group[]];
  preface.push(...ungrouped.intro);
  let versions: LegislationVersion[];
  if (languages.length > 1) {
    // Each `# ` group is one language version, in the order the front matter names the languages.
    if (headed.length !== languages.length || ungrouped.sections.length) {
      problems.push(`language names ${languages.length} versions (${languages.join(', ')}), but the file has ${headed.length} "# " headings${ungrouped.sections.length ? ' and provisions before the first one' : ''}; put each version under its own "# " heading, in the order of the front matter`);
    }
    versions = headed.map((g, i) => {
      preface.push(...g.intro);
      return { language: languages[i] ?? languages[0]!, provisions: g.sections };
    });
  } else {
    const provisions = [...ungrouped.sections];
    for (const g of headed) {
      if (g.sections.length) {
        // Several Acts in one file: the Act's name keeps the ids apart (India's two "s. 1").
        const act = slug(g.heading!.split(' (')[0]!);
        preface.push(...g.intro);
        provisions.push(...g.sections.map((s) => ({ ...s, id: `${act}-${s.id}`, group: g.heading! })));
      } else if (g.intro.length) {
        const start = g.intro.findIndex((p) => STATUTE_LABEL.test(p));
        const note = start > 0 ? g.intro.slice(0, start) : [];
        provisions.push({ id: provisionId(g.heading!), heading: g.heading!, ...(note.length ? { note } : {}), paragraphs: g.intro.slice(note.length) });
      }
    }
    versions = [{ language: languages[0] ?? '', provisions }];
  }

  return {
    frontMatter,
    /** Code of the first language version (the one in `provisions`). */
    language: versions[0]?.language ?? '',
    /** True when the text held is a translation, not an authoritative version. */
    translation: isTranslation(String(frontMatter.language ?? '')),
    preface,
    /** The provisions of the first language version. */
    provisions: versions[0]?.provisions ?? [],
    /** Every authoritative language version held, the first being `provisions`. */
    versions,
    editorial,
    problems,
  };
}
