/**
 * Imports the verbatim national provisions from the primary sources into content/legislation/<iso2>/text.json,
 * with the source's provenance and the country's treaty participation (status/parties.csv).
 * New countries added to the sources are picked up; the project's analysis lives beside it in analysis.yaml.
 * Re-run:  npm run import:legislation
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from '#scripts/lib/csv.ts';
import { parseLegislation } from '#src/lib/legislation-parser.ts';
import { sourcesDir } from '#scripts/lib/sources-dir.ts';

/**
 * Kind of source each country's text was read from, as the legislation README and each file's `source` line state it:
 * official (government publication or database), secondary (an official or UN document quoting the law, or a
 * government database other than the gazette), unofficial (private site or third-party mirror).
 */
const SOURCE_KIND: Record<string, 'official' | 'secondary' | 'unofficial'> = {
  ca: 'official', cr: 'official', lk: 'official',
  au: 'secondary', eu: 'secondary', hn: 'secondary',
  ar: 'unofficial', br: 'unofficial', cl: 'unofficial', co: 'unofficial', de: 'unofficial', ec: 'unofficial', es: 'unofficial',
  fr: 'unofficial', gb: 'unofficial', gh: 'unofficial', it: 'unofficial', mx: 'unofficial', pa: 'unofficial', pe: 'unofficial',
  us: 'unofficial', uy: 'unofficial',
  // Third-party repositories: a Gazette scan on a regional FIA site (pk), a saved MoJ page (ae), India Code seeds (in),
  // a translation taken from a third-party mirror (bd). The copies may be faithful, but none is the publisher's own.
  ae: 'unofficial', bd: 'unofficial', in: 'unofficial', pk: 'unofficial',
};

/** A BCP 47 primary language subtag (`en`, `fr`, `ar`), which `lang` attributes on the page need. */
const LANGUAGE_TAG = /^[a-z]{2,3}$/;

const root = sourcesDir();
const legislationDir = path.join(root, 'legislation');
const parties = parseCsv(fs.readFileSync(path.join(root, 'status', 'parties.csv'), 'utf8'));
const outDir = path.resolve('content/legislation');
const problems: string[] = [];

for (const file of fs.readdirSync(legislationDir).filter((f) => /^[a-z]{2}\.md$/.test(f)).sort()) {
  const iso2 = file.slice(0, 2);
  const parsed = parseLegislation(fs.readFileSync(path.join(legislationDir, file), 'utf8'));
  const fm = parsed.frontMatter;
  const kind = SOURCE_KIND[iso2];
  if (!kind) { problems.push(`legislation/${file}: new country; add its source kind (official, secondary or unofficial) to SOURCE_KIND in scripts/import-legislation.ts`); continue; }
  for (const field of ['country', 'instrument', 'provisions', 'language', 'source', 'version', 'completeness']) {
    if (!fm[field]) problems.push(`legislation/${file}: front matter lacks "${field}"`);
  }
  problems.push(...parsed.problems.map((p) => `legislation/${file}: ${p}`));
  const [first] = parsed.versions;
  for (const version of parsed.versions) {
    if (!LANGUAGE_TAG.test(version.language)) problems.push(`legislation/${file}: language: "${version.language}" is not a language code; expected e.g. "en", or "en, fr" for equally authoritative versions`);
    const ids = version.provisions.map((p) => p.id);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate) problems.push(`legislation/${file}: two sections give the provision id "${duplicate}"${parsed.versions.length > 1 ? ` (${version.language} version)` : ''}`);
    const empty = version.provisions.find((p) => !p.id);
    if (empty) problems.push(`legislation/${file}: the heading "${empty.heading}" gives no provision id; start it with the provision's number, e.g. "## Art. 12 — Title"`);
    if (first && version !== first && ids.join() !== first.provisions.map((p) => p.id).join()) {
      problems.push(`legislation/${file}: the ${version.language} version holds ${ids.join(', ')}, the ${first.language} version ${first.provisions.map((p) => p.id).join(', ')}; equally authoritative versions must hold the same provisions`);
    }
  }
  const entry = {
    country: iso2,
    countryName: fm.country,
    instrument: fm.instrument,
    provisionsHeld: fm.provisions,
    language: parsed.language,
    translation: parsed.translation,
    source: fm.source,
    sourceKind: kind,
    version: fm.version,
    officialTranslation: String(fm.official_translation ?? 'no'),
    completeness: fm.completeness,
    partial: /\bpartial\b/i.test(fm.completeness ?? ''),
    unofficial: kind !== 'official',
    sourceFile: `legislation/${file}`,
    preface: parsed.preface,
    provisions: parsed.provisions,
    otherVersions: parsed.versions.slice(1),
    editorial: parsed.editorial,
    status: parties
      .filter((row) => row.iso2?.toLowerCase() === iso2)
      .map((row) => ({
        instrument: row.instrument!, signature: row.signature || null, consent: row.consent || null,
        consentType: row.consent_type || null, asOf: row.as_of!, sourceUrl: row.source_url!,
      })),
  };
  fs.mkdirSync(path.join(outDir, iso2), { recursive: true });
  fs.writeFileSync(path.join(outDir, iso2, 'text.json'), JSON.stringify(entry, null, 1) + '\n');
  const counts = parsed.versions.map((v) => `${v.provisions.length} provisions${parsed.versions.length > 1 ? ` (${v.language})` : ''}`).join(', ');
  console.log(`${file}: ${counts}, ${entry.status.length} treaty rows${entry.partial ? ', partial' : ''}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
