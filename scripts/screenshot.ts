/**
 * Screenshots of built pages for review:  node scripts/screenshot.ts <out-dir> <width> <path> [<path> …]
 * Add `--dark` for the dark colour scheme, `--pdf` to print each page to PDF instead, `--dist=<dir>` to serve a build
 * other than ./dist (e.g. one made with `astro build --outDir`).
 */
import path from 'node:path';
import fs from 'node:fs';
import { serveDist } from '#scripts/lib/server.ts';
import { parseArgs } from 'node:util';
import { launchBrowser } from '#scripts/lib/browser.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { dark: { type: 'boolean' }, pdf: { type: 'boolean' }, viewport: { type: 'boolean' }, dist: { type: 'string', default: 'dist' } },
});
const [outDir, width, ...paths] = positionals;
if (!outDir || !width || !paths.length) throw new Error('usage: node scripts/screenshot.ts <out-dir> <width> [--dark] [--pdf] [--viewport] [--dist=<dir>] <path> [<path> …]');
fs.mkdirSync(outDir, { recursive: true });
const server = await serveDist(path.resolve(options.dist));
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: options.dark ? 'dark' : 'light' });
for (const p of paths) {
  await page.goto(server.url + p);
  const name = p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root';
  if (options.pdf) await page.pdf({ path: path.join(outDir, `${name}.pdf`), format: 'A4', printBackground: true });
  else await page.screenshot({ path: path.join(outDir, `${name}-${width}.png`), fullPage: !options.viewport });
  console.log(name, page.url());
}
await browser.close();
await server.close();
