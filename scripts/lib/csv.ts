import { parse as parseCsv } from 'csv-parse/sync';

/** CSV text (RFC 4180, header row first) into objects keyed by the header; blank lines skipped. */
export function parse(text: string): Record<string, string>[] {
  return parseCsv(text, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
}
