/**
 * Broken content must fail the build with a message naming the file, the field and what is expected.
 * Each fixture is a copy of the real content with one broken file added; `astro sync` loads and validates it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-fixtures-'));

const validCase = {
  sourceFile: 'cases/fixture.md', name: 'Fixture', citation: null, courtLevel: 'appeal', country: 'pe',
  decisionDate: '2024-08-16', outcome: 'other',
  provisionsEngaged: ['SOM 6(1)(a)'], nationalProvisions: [], issues: [], sources: [{ url: 'https://example.org/case' }],
};
const digest = (body = 'The facts, in the project’s words.', extra = '') =>
  `---\ntitle: Fixture\nsummary: S\ncourt: Court\ntranslation: original\n${extra}---\n${body}\n`;
const yaml = (o: object) => JSON.stringify(o, null, 1); // JSON is valid YAML
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** Copies the real content, applies `files`, runs `astro sync` against it and returns its output. */
async function syncWith(name: string, files: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  const dir = path.join(work, name);
  fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      // No colour codes in the messages (CI sets CI=true, which turns them on).
      cwd: root, env: { ...process.env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    }, (error, stdout, stderr) => resolve({ ok: !error, output: stripAnsi(stdout + stderr) }));
  });
}

describe('bad content fails with a message naming file and field', () => {
  beforeAll(() => fs.mkdirSync(work, { recursive: true }));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('accepts the valid fixture (so the failures below are caused by the breakage alone)', async () => {
    const r = await syncWith('valid', { 'cases/fixture/case.yaml': yaml(validCase) });
    expect(r.output).not.toMatch(/error/i);
    expect(r.ok).toBe(true);
  });

  it('missing field', async () => {
    const { courtLevel: _omitted, ...noLevel } = validCase;
    const r = await syncWith('missing-field', { 'cases/fixture/case.yaml': yaml(noLevel) });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('cases → fixture data does not match collection schema');
    expect(r.output).toMatch(/courtLevel: .*(Required|expected one of)/i);
    expect(r.output).toContain('cases/fixture/case.yaml');
  });

  it('a misspelt key fails with the nearest known key instead of vanishing', async () => {
    const r = await syncWith('unknown-key', { 'cases/fixture/case.yaml': yaml({ ...validCase, provisionsCitedByCourts: ['SOM 6'] }) });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('unknown key "provisionsCitedByCourts": did you mean "provisionsCitedByCourt"? Known keys: sourceFile, name, citation');
    expect(r.output).toContain('cases/fixture/case.yaml');
  });

  it('an impossible calendar date and an unquoted YAML date are read as written, never shifted', async () => {
    const { decisionDate: _date, ...rest } = validCase;
    // Unquoted, as an author would type it: a YAML timestamp that js-yaml would turn into 2 March.
    const r = await syncWith('impossible-date', { 'cases/fixture/case.yaml': `decisionDate: 2023-02-30\n${YAML.stringify(rest)}` });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('decisionDate: "2023-02-30" is not a real date; expected YYYY-MM-DD');
  });

  it('a javascript: URL in a source field', async () => {
    const r = await syncWith('js-url', { 'cases/fixture/case.yaml': yaml({ ...validCase, sources: [{ url: 'javascript:alert(1)' }] }) });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('sources.0.url: "javascript:alert(1)" is not a web address; expected a full URL beginning with https:// or http://');
  });

  it('a file the loaders would ignore, and a folder name that is not a slug', async () => {
    const misnamed = await syncWith('misnamed', { 'cases/fixture/case.yaml': yaml(validCase), 'cases/fixture/en.md': digest(), 'cases/fixture/es.markdown': digest() });
    expect(misnamed.ok).toBe(false);
    expect(misnamed.output).toContain('content/cases/fixture/es.markdown: unexpected file name; a cases folder holds case.yaml, en.md, es.md, fr.md, ru.md, ar.md');
    const capitals = await syncWith('capitals', { 'cases/Fixture Case/case.yaml': yaml(validCase) });
    expect(capitals.ok).toBe(false);
    expect(capitals.output).toContain('content/cases/Fixture Case/: folder names are lower-case slugs');
  });

  it('MDX text that MDX would misread gets a hint, with file and line', async () => {
    const guide = fs.readFileSync(path.join(root, 'content/guides/glossary/en.mdx'), 'utf8');
    const r = await syncWith('mdx-pitfall', { 'guides/glossary/en.mdx': `${guide}\nA penalty of <5 years.\n` });
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/content\/guides\/glossary\/en\.mdx:\d+: "<5" would be read as the start of a tag; write &lt;/);
  });

  it('an empty digest body', async () => {
    const r = await syncWith('empty-body', { 'cases/fixture/case.yaml': yaml(validCase), 'cases/fixture/en.md': digest('') });
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/cases\/fixture\/en\.md: the text below the front matter is empty/);
  });

  it('unknown citation', async () => {
    const r = await syncWith('unknown-citation', { 'cases/fixture/case.yaml': yaml({ ...validCase, provisionsEngaged: ['SOM 6(1)(a)', 'SOM 6(9)'] }) });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('provisionsEngaged.1: Unknown provision "SOM 6(9)": SOM art. 6 has SOM 6(1), SOM 6(1)(a)');
    expect(r.output).toContain('cases/fixture/case.yaml');
  });

  it('malformed date and a digest without a source URL', async () => {
    const r = await syncWith('bad-date', { 'cases/fixture/case.yaml': yaml({ ...validCase, decisionDate: '09/10/2023', sources: [] }) });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('decisionDate: "09/10/2023" is not a real date; expected YYYY-MM-DD');
    expect(r.output).toContain('sources: a digest needs at least one source URL');
  });

  it('unknown country code and unknown issue tag', async () => {
    const r = await syncWith('bad-country', { 'cases/fixture/case.yaml': yaml({ ...validCase, country: 'xx', issues: ['smuggling'] }) });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('country: "xx" is neither an ISO 3166-1 alpha-2 country code (two lower-case letters, e.g. "pe") nor a declared supranational code (eu, cjeu, ecthr)');
    expect(r.output).toMatch(/issues\.0: .*(financial-benefit)/);
  });

  it('an id forced by a `slug` field (the only way two files could share one) is refused', async () => {
    const r = await syncWith('duplicate', {
      'cases/fixture/case.yaml': yaml(validCase),
      'cases/fixture/en.md': digest('One', 'slug: fixture/en\n'),
      'cases/fixture/es.md': digest('Two', 'slug: fixture/en\n'),
    });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('unknown key "slug" Known keys: title, summary, court, translation');
    expect(r.output).toMatch(/cases\/fixture\/(en|es)\.md/);
  });
});
