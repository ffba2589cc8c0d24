/** Reads the content folder's file list and fails on any file the loaders would silently ignore (see lib/content-files.ts), or MDX text MDX would misread. */
import fs from 'node:fs';
import path from 'node:path';
import { checkContentFiles } from '#src/lib/content-files.ts';
import { mdxPitfalls } from '#src/lib/markup-policy.ts';

export function assertContentFiles(contentDir: string): void {
  if (!fs.existsSync(contentDir)) return;
  const files = fs.globSync('**/*', { cwd: contentDir }).filter((p) => fs.statSync(path.join(contentDir, p)).isFile());
  const problems = checkContentFiles(files.map((p) => p.split(path.sep).join('/')));
  for (const file of files.filter((p) => p.endsWith('.mdx'))) {
    problems.push(...mdxPitfalls(fs.readFileSync(path.join(contentDir, file), 'utf8')).map((p) => `content/${file}:${p}`));
  }
  if (problems.length) throw new Error(`Content files the site cannot use (${problems.length}):\n- ${problems.join('\n- ')}`);
}
