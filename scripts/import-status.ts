/**
 * Imports treaty participation from the status sources (status/parties.csv) into content/status/parties.json, one
 * entry per participant keyed by its code, every row as the CSV gives it. Names every row and file it does not import,
 * with the reason, and the jurisdictions with a page on the site for which the sources hold no row.
 * Re-run:  npm run import:status
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from '#scripts/lib/csv.ts';
import { sourcesDir } from '#scripts/lib/sources-dir.ts';
import { INSTRUMENT_IDS } from '#src/registries/instruments.ts';
import { isJurisdiction, ROUTE_STATE_LIST } from '#src/registries/jurisdictions.ts';
import { CONSENT_TYPES } from '#src/schemas/status.ts';

const root = sourcesDir();
const statusDir = path.join(root, 'status');
const csvFile = 'status/parties.csv';
const outFile = path.resolve('content/status/parties.json');
const COLUMNS = ['iso2', 'state', 'instrument', 'signature', 'consent', 'consent_type', 'reservations_declarations', 'source_url', 'as_of'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const rows = parseCsv(fs.readFileSync(path.join(root, csvFile), 'utf8'));
const notImported: string[] = [];
const header = Object.keys(rows[0] ?? {});
for (const column of header.filter((c) => !COLUMNS.includes(c))) notImported.push(`${csvFile}: column "${column}" (not a known column; add it to the schema in src/schemas/status.ts and to this script)`);
for (const column of COLUMNS.filter((c) => !header.includes(c))) notImported.push(`${csvFile}: column "${column}" is missing`);

type Row = { instrument: string; signature: string | null; consent: string | null; consentType: string | null; reservations: string | null; sourceUrl: string; asOf: string | null };
const byCode = new Map<string, { name: string; rows: Row[] }>();

rows.forEach((r, i) => {
  const line = i + 2; // the header is line 1
  const where = `${csvFile}, line ${line} (${r.iso2} ${r.instrument})`;
  const code = (r.iso2 ?? '').toLowerCase();
  const why: string[] = [];
  if (!isJurisdiction(code)) why.push(`"${r.iso2}" is not an ISO 3166-1 alpha-2 code or EU`);
  if (!(INSTRUMENT_IDS as readonly string[]).includes(r.instrument ?? '')) why.push(`instrument "${r.instrument}" is not one of ${INSTRUMENT_IDS.join(', ')}`);
  for (const field of ['signature', 'consent'] as const) if (r[field] && !DATE.test(r[field]!)) why.push(`${field} "${r[field]}" is not a date YYYY-MM-DD`);
  if (r.consent_type && !(CONSENT_TYPES as readonly string[]).includes(r.consent_type)) why.push(`consent_type "${r.consent_type}" is not one of ${CONSENT_TYPES.join(', ')}`);
  if (r.as_of !== 'unknown' && !DATE.test(r.as_of ?? '')) why.push(`as_of "${r.as_of}" is neither a date YYYY-MM-DD nor "unknown"`);
  if (!/^https?:\/\//.test(r.source_url ?? '')) why.push(`source_url "${r.source_url}" is not a web address`);
  const entry = byCode.get(code) ?? { name: r.state ?? '', rows: [] };
  if (entry.rows.some((x) => x.instrument === r.instrument)) why.push(`a second row for ${code} and ${r.instrument}`);
  if (why.length) { notImported.push(`${where}: ${why.join('; ')}`); return; }
  entry.rows.push({
    instrument: r.instrument!, signature: r.signature || null, consent: r.consent || null, consentType: r.consent_type || null,
    reservations: r.reservations_declarations || null, sourceUrl: r.source_url!, asOf: r.as_of === 'unknown' ? null : r.as_of!,
  });
  byCode.set(code, entry);
});

const order = (id: string) => (INSTRUMENT_IDS as readonly string[]).indexOf(id);
const data = Object.fromEntries(
  [...byCode.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, e]) => [code, { name: e.name, rows: e.rows.sort((a, b) => order(a.instrument) - order(b.instrument)) }]),
);
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, JSON.stringify(data, null, 1) + '\n');
const imported = Object.values(data).reduce((n, e) => n + e.rows.length, 0);
console.log(`${csvFile}: ${imported} rows of ${rows.length} for ${byCode.size} participants → ${path.relative(process.cwd(), outFile)}`);

// The rest of the status folder is prose, read by people: say so rather than pass over it.
for (const file of fs.readdirSync(statusDir).filter((f) => `status/${f}` !== csvFile).sort()) {
  notImported.push(file === 'README.md'
    ? `status/README.md: not imported (prose: how the table was made, its sources, and later changes known without an exact date, which the table leaves out)`
    : `status/${file}: not imported (not a file this script reads)`);
}
const withoutRows = ROUTE_STATE_LIST.filter((code) => !byCode.has(code));
if (withoutRows.length) console.log(`States on the route with no row in ${csvFile} (their pages say the sources hold none): ${withoutRows.join(', ')}`);
if (notImported.length) console.log(`Not imported:\n- ${notImported.join('\n- ')}`);
// A row that could not be read is a problem in the sources or in this script: fail so it is not missed.
if (notImported.some((p) => p.startsWith(`${csvFile},`) || p.startsWith(`${csvFile}: column`))) process.exit(1);
