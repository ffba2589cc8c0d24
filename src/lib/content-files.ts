/**
 * Which files may stand in the content folders. A file that matches no expected name (`es.markdown`, `pt.md`, `es.md`
 * where `es.mdx` is expected) or a folder whose name is not a lower-case slug would otherwise be ignored by the loaders
 * and its page would silently fall back to English; here it fails, naming the file and the names expected. Pure.
 */
import { LANGUAGES } from '#src/registries/locales.ts';

const LANG_FILES = (ext: string) => LANGUAGES.map((l) => `${l}.${ext}`);

/** Per content folder: the names allowed in each entry's folder, and loose files allowed at the folder's top. */
export const CONTENT_LAYOUT: Record<string, { entry: readonly string[]; top?: readonly string[] }> = {
  cases: { entry: ['case.yaml', ...LANG_FILES('md')] },
  guides: { entry: LANG_FILES('mdx') },
  news: { entry: LANG_FILES('md') },
  pages: { entry: LANG_FILES('mdx') },
  instruments: { entry: ['meta.yaml', ...LANG_FILES('json')], top: ['editorial-notes.yaml'] },
  legislation: { entry: ['analysis.yaml', 'text.json'] },
  /** The note on a jurisdiction whose law is not held: content/jurisdictions/<code>/notes.yaml. */
  jurisdictions: { entry: ['notes.yaml'] },
  /** Treaty participation, imported from the status sources by `npm run import:status`: one file, no entry folders. */
  status: { entry: [], top: ['parties.json'] },
};
/** Files allowed at the top of content/. */
export const CONTENT_TOP = ['search-terms.yaml'];

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Problems in a list of paths relative to the content folder (`cases/pe-2024-x/en.md`). */
export function checkContentFiles(paths: readonly string[]): string[] {
  const problems: string[] = [];
  for (const p of paths) {
    const parts = p.split('/');
    const [section, entry, file, ...deeper] = parts;
    const layout = section ? CONTENT_LAYOUT[section] : undefined;
    if (parts.length === 1) {
      if (!CONTENT_TOP.includes(p) && !CONTENT_LAYOUT[p]) problems.push(`content/${p}: unexpected file; content/ holds the folders ${Object.keys(CONTENT_LAYOUT).join(', ')} and ${CONTENT_TOP.join(', ')}`);
      continue;
    }
    if (!layout) { problems.push(`content/${p}: "${section}" is not a content folder (expected one of ${Object.keys(CONTENT_LAYOUT).join(', ')})`); continue; }
    if (parts.length === 2) {
      if (!layout.top?.includes(entry!)) problems.push(`content/${p}: unexpected file; put each entry in its own folder, content/${section}/<slug>/`);
      continue;
    }
    if (!SLUG.test(entry!)) {
      problems.push(`content/${section}/${entry}/: folder names are lower-case slugs (letters a–z, digits and single hyphens, e.g. "pe-2024-ruteros-del-norte"), because the folder name is the page's URL`);
      continue;
    }
    if (deeper.length || !layout.entry.includes(file!)) {
      problems.push(`content/${p}: unexpected file name; a ${section} folder holds ${layout.entry.join(', ')}`);
    }
  }
  return problems;
}
