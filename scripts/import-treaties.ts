/**
 * Imports the authentic treaty texts from the primary sources into content/instruments/<id>/<lang>.json.
 * Re-run after the sources change:  npm run import:treaties  (SOURCES_DIR defaults to ../shared/sources).
 * Only the site languages are imported; the Dutch files are supporting data, not authentic texts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseTreaty } from '../src/lib/treaty-parser.ts';
import { sourcesDir } from './sources-dir.ts';

const LANGUAGES = ['en', 'es', 'fr'];
const treatiesDir = path.join(sourcesDir(), 'treaties');
const outDir = path.resolve('content/instruments');

let written = 0;
for (const file of fs.readdirSync(treatiesDir).sort()) {
  const match = /^([a-z-]+)\.([a-z]{2})\.md$/.exec(file);
  if (!match || !LANGUAGES.includes(match[2]!)) continue;
  const [, id, lang] = match;
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
