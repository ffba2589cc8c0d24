/**
 * Imports the authentic treaty texts from the primary sources into content/instruments/<id>/<lang>.json.
 * Re-run after the sources change:  npm run import:treaties  (SOURCES_DIR defaults to ../shared/sources).
 * Every file in treaties/ is either imported or named with the reason it is not: nothing is skipped in silence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseTreaty } from '#src/lib/treaty-parser.ts';
import { INSTRUMENTS } from '#src/registries/instruments.ts';
import { isLang, LOCALES } from '#src/registries/locales.ts';
import { sourcesDir } from '#scripts/lib/sources-dir.ts';

const treatiesDir = path.join(sourcesDir(), 'treaties');
const outDir = path.resolve('content/instruments');
const instrumentIds = new Set(INSTRUMENTS.map((i) => i.id));

/** Why a file in treaties/ is not imported, or null when it is a text to import. */
function skipReason(file: string): string | null {
  if (file === 'README.md') return 'the folder README (provenance and checks), read by people, not imported';
  const match = /^([a-z-]+)\.([a-z]{2})\.md$/.exec(file);
  if (!match) return 'not named <instrument>.<language>.md';
  const [, id, lang] = match;
  if (!instrumentIds.has(id as never)) return `"${id}" is not an instrument of the registry (src/registries/instruments.ts)`;
  if (lang === 'nl') return 'Dutch is not a UN authentic language: the Dutch text is supporting data (DESIGN.md shows only the six authentic languages)';
  if (!isLang(lang)) return `"${lang}" is not a site language (src/registries/locales.ts): add it there to import this text`;
  if (!LOCALES[lang].unAuthentic) return `the treaty is not authentic in ${LOCALES[lang].englishName}`;
  return null;
}

/** The front matter's `suspected_source_errors`: a list of slips, or a statement that none was noticed (kept out of the list). */
function suspectedErrors(value: unknown): string[] {
  const list = Array.isArray(value) ? value.map(String) : value ? [String(value)] : [];
  return list.filter((entry) => !/^none\b/i.test(entry.trim()));
}

let written = 0;
const skipped: string[] = [];
for (const file of fs.readdirSync(treatiesDir).sort()) {
  const reason = skipReason(file);
  if (reason) {
    skipped.push(`${file}: ${reason}`);
    continue;
  }
  const [, id, lang] = /^([a-z-]+)\.([a-z]{2})\.md$/.exec(file)!;
  const parsed = parseTreaty(fs.readFileSync(path.join(treatiesDir, file), 'utf8'));
  const fm = parsed.frontMatter;
  const entry = {
    instrument: id,
    language: lang,
    title: fm.instrument,
    status: fm.status,
    source: fm.source,
    completeness: fm.completeness,
    normalisations: fm.normalisations ?? [],
    suspectedSourceErrors: suspectedErrors(fm.suspected_source_errors),
    sourceFile: `treaties/${file}`,
    preamble: parsed.preamble,
    chapters: parsed.chapters,
    articles: parsed.articles,
    testimonium: parsed.testimonium,
  };
  fs.mkdirSync(path.join(outDir, id!), { recursive: true });
  fs.writeFileSync(path.join(outDir, id!, `${lang}.json`), JSON.stringify(entry, null, 1) + '\n');
  written++;
  console.log(`${file}: ${parsed.articles.length} articles, ${parsed.preamble.length} preamble paragraphs`);
}
console.log(`wrote ${written} treaty texts to ${path.relative(process.cwd(), outDir)}`);
console.log(`not imported (${skipped.length}):\n  ${skipped.join('\n  ')}`);
