/**
 * Broken content must fail the build with a message naming the file, the field and what is expected.
 * Each fixture is a copy of the real content with one broken file added; `astro sync` loads and validates it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-fixtures-'));

const validCase = {
  sourceFile: 'cases/fixture.md', name: 'Fixture', citation: null, court: 'Court', courtLevel: 'appeal', country: 'pe',
  region: 'latin-america-caribbean', decisionDate: '2024-08-16', year: 2024, outcome: 'other',
  provisionsEngaged: ['SOM 6(1)(a)'], nationalProvisions: [], issues: [], sources: [{ url: 'https://example.org/case' }],
};
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
    const { court: _omitted, ...noCourt } = validCase;
    const r = await syncWith('missing-field', { 'cases/fixture/case.yaml': yaml(noCourt) });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('cases → fixture data does not match collection schema');
    expect(r.output).toMatch(/court: .*(Required|expected string)/i);
    expect(r.output).toContain('cases/fixture/case.yaml');
  });

  it('unknown citation', async () => {
    const r = await syncWith('unknown-citation', { 'cases/fixture/case.yaml': yaml({ ...validCase, provisionsEngaged: ['SOM 6(1)(a)', 'SOM 6(9)'] }) });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('provisionsEngaged.1: Unknown provision "SOM 6(9)": SOM art. 6 has SOM 6(1), SOM 6(1)(a)');
    expect(r.output).toContain('cases/fixture/case.yaml');
  });

  it('malformed date and a digest without a source URL', async () => {
    const r = await syncWith('bad-date', { 'cases/fixture/case.yaml': yaml({ ...validCase, decisionDate: '16/08/2024', sources: [] }) });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('decisionDate: expected a date as YYYY-MM-DD');
    expect(r.output).toContain('sources: a digest needs at least one source URL');
  });

  it('unknown country code and unknown issue tag', async () => {
    const r = await syncWith('bad-country', { 'cases/fixture/case.yaml': yaml({ ...validCase, country: 'Peru', issues: ['smuggling'] }) });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('country: expected a two-letter lower-case country code');
    expect(r.output).toMatch(/issues\.0: .*(financial-benefit)/);
  });

  it('duplicate id', async () => {
    const digest = (title: string) => `---\ntitle: ${title}\nsummary: S\ntranslation: original\nslug: fixture/en\n---\nText\n`;
    const r = await syncWith('duplicate', {
      'cases/fixture/case.yaml': yaml(validCase),
      'cases/fixture/en.md': digest('One'),
      'cases/fixture/es.md': digest('Two'),
    });
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/Duplicate id "fixture\/en" in collection "caseDigests": .*cases\/fixture\/(en|es).md and .*cases\/fixture\/(en|es).md/);
    expect(r.output).toContain('fixture/en');
  });
});
