import fs from 'node:fs';
import path from 'node:path';

/** The primary-sources folder (read-only, beside the checkout); SOURCES_DIR overrides it. */
export function sourcesDir(): string {
  const dir = path.resolve(process.env.SOURCES_DIR ?? '../shared/sources');
  if (!fs.existsSync(dir)) {
    throw new Error(`Primary sources not found at ${dir}. Set SOURCES_DIR to the folder holding treaties/, legislation/ and cases/.`);
  }
  return dir;
}
