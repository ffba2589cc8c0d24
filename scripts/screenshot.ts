/**
 * Screenshots of built pages for review:  node scripts/screenshot.ts <out-dir> <width> <path> [<path> …]
 * Add `--dark` for the dark colour scheme, `--pdf` to print each page to PDF instead, `--dist=<dir>` to serve a build
 * other than ./dist (e.g. one made with `astro build --outDir`).
 */
import path from 'node:path';
import fs from 'node:fs';
import { serveDist } from '../tests/support/server.ts';
import { launchBrowser } from '../tests/support/browser.ts';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [outDir, width, ...paths] = args.filter((a) => !a.startsWith('--'));
fs.mkdirSync(outDir!, { recursive: true });
const distFlag = [...flags].find((f) => f.startsWith('--dist='));
const server = await serveDist(path.resolve(distFlag ? distFlag.slice('--dist='.length) : 'dist'));
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: flags.has('--dark') ? 'dark' : 'light' });
for (const p of paths) {
  await page.goto(server.url + p);
  const name = p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root';
  if (flags.has('--pdf')) await page.pdf({ path: path.join(outDir!, `${name}.pdf`), format: 'A4', printBackground: true });
  else await page.screenshot({ path: path.join(outDir!, `${name}-${width}.png`), fullPage: !flags.has('--viewport') });
  console.log(name, page.url());
}
await browser.close();
await server.close();
