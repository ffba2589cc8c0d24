/**
 * Parses a legislation source file (`legislation/<iso2>.md`): front matter, the compiler's preface,
 * and one section per `## ` heading. Pure; used by the import script and by the verbatim test.
 */
import { splitFrontMatter } from './treaty-parser.ts';

export interface LegislationSection { id: string; heading: string; paragraphs: string[] }

/** Provision id from a heading: the part before " — ", lower case, without accents, non-alphanumerics as `-`. */
export function provisionId(heading: string): string {
  return heading.split(' — ')[0]!.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Sections that are the compiler's remarks, not statutory text. */
export function isEditorialSection(heading: string): boolean {
  return /^notes for comparison$/i.test(heading) || /not read in a primary source/i.test(heading);
}

export function parseLegislation(source: string) {
  const { frontMatter, body } = splitFrontMatter(source);
  const preface: string[] = [];
  const sections: LegislationSection[] = [];
  for (const chunk of body.split(/\n(?=## )/)) {
    const paragraphs = chunk.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    if (paragraphs[0]?.startsWith('## ')) {
      const heading = paragraphs.shift()!.slice(3).trim();
      sections.push({ id: provisionId(heading), heading, paragraphs });
    } else {
      preface.push(...paragraphs);
    }
  }
  return {
    frontMatter: frontMatter as Record<string, string>,
    preface,
    provisions: sections.filter((s) => !isEditorialSection(s.heading)),
    editorial: sections.filter((s) => isEditorialSection(s.heading)),
  };
}
