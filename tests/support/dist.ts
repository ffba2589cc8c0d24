/** Reading the built site in tests. */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built site; DIST_DIR points the tests at a build elsewhere (e.g. `astro build --outDir`). */
export const DIST = path.resolve(process.env.DIST_DIR ?? path.resolve(import.meta.dirname, '../../dist'));
export const CONTENT = path.resolve(import.meta.dirname, '../../content');
export const SOURCES = path.resolve(process.env.SOURCES_DIR ?? path.resolve(import.meta.dirname, '../../../shared/sources'));

if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` before the dist tests (npm test does both)');

/** Parsed HTML of a built page, by its URL path (`/en/instruments/`). */
export function page(urlPath: string): HTMLElement {
  const file = path.join(DIST, urlPath, urlPath.endsWith('.html') ? '' : 'index.html');
  if (!fs.existsSync(file)) throw new Error(`no page at ${urlPath} (${file})`);
  return parse(fs.readFileSync(file, 'utf8'));
}

export function pageExists(urlPath: string): boolean {
  return fs.existsSync(path.join(DIST, urlPath, 'index.html'));
}

/** Every HTML file under dist/, as URL paths. */
export function allPages(): string[] {
  return fs
    .globSync('**/*.html', { cwd: DIST, exclude: (name) => name === 'pagefind' || name === '_astro' })
    .map((file) => '/' + file.split(path.sep).join('/').replace(/index\.html$/, ''))
    .sort();
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export const text = (el: HTMLElement | null | undefined) => words(el?.textContent ?? '');

/** A string with its white space as `text()` leaves it (French sets narrow no-break spaces before : ; ? !). */
export const words = (s: string) => s.replace(/\s+/g, ' ').trim();
