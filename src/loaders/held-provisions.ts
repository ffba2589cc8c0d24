/**
 * The content folder, and the provisions it holds: read straight from the imported English treaty texts when the
 * content config loads (before any collection exists), so schemas and the Markdown checks can refuse a citation of a
 * provision that is not held. All languages share the same paragraph paths (a test proves it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { articlePaths, buildProvisionIndex, checkCitation, type CitationCheck, type ProvisionIndex } from '#src/lib/provision-index.ts';

/** Folder the content collections load from; tests point it at fixtures. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');

let index: ProvisionIndex | undefined;
function heldProvisions(): ProvisionIndex {
  if (!index) {
    const files = fs.globSync('instruments/*/en.json', { cwd: CONTENT_DIR });
    index = buildProvisionIndex(files.map((file) => {
      const text = JSON.parse(fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8')) as { instrument: string; articles: { number: number; blocks: { path: string[] | null }[] }[] };
      return { instrument: text.instrument, articles: articlePaths(text.articles) };
    }));
  }
  return index;
}

/** Parses a citation written in content and checks that it names a provision held. */
export function checkHeldCitation(text: string, options: { wholeInstrument?: boolean } = {}): CitationCheck {
  return checkCitation(heldProvisions(), text, options);
}

/** Why a citation does not name a provision held (the author-facing message), or null when it does. */
export function citationProblem(text: string): string | null {
  const check = checkHeldCitation(text);
  return check.ok ? null : check.message;
}
