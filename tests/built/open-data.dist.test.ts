import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { CONTENT, DIST, readJson } from '#tests/support/dist.ts';
import {
  casesFileSchema, instrumentsFileSchema, legislationFileSchema, provisionsFileSchema,
  type CasesFile, type InstrumentsFile, type LegislationFile, type ProvisionsFile,
} from '#src/schemas/open-data.ts';
import type { TreatyText } from '#src/schemas/instrument.ts';
import { LANGUAGES } from '#src/registries/locales.ts';

const LANGS = LANGUAGES;
const DATA = path.join(DIST, 'data');

/** Reads a file from dist/data/, checks it is valid JSON and matches its schema, and returns the parsed data. */
function load<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const full = path.join(DATA, file);
  expect(fs.existsSync(full), `dist/data/${file} exists`).toBe(true);
  const json: unknown = JSON.parse(fs.readFileSync(full, 'utf8'));
  const result = schema.safeParse(json);
  expect(result.success, `${file}: ${result.error?.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
  return result.data as z.infer<S>;
}

function envelopeOk(data: { schemaVersion: number; generated: string }) {
  expect(data.schemaVersion).toBe(1);
  expect(Number.isNaN(Date.parse(data.generated))).toBe(false);
}

const contentDirs = (folder: string) => fs.readdirSync(path.join(CONTENT, folder), { withFileTypes: true }).filter((d: fs.Dirent) => d.isDirectory()).map((d: fs.Dirent) => d.name).sort();

describe('/data/instruments.{lang}.json', () => {
  it.each(LANGS)('instruments.%s.json exists, validates and holds the four instruments', (lang) => {
    const data: InstrumentsFile = load(`instruments.${lang}.json`, instrumentsFileSchema);
    envelopeOk(data);
    expect(data.language).toBe(lang);
    expect(data.instruments.map((i) => i.code)).toEqual(['UNTOC', 'SOM', 'TIP', 'FIREARMS']);
    for (const instrument of data.instruments) {
      expect(instrument.textLanguage).toBe(instrument.fallback ? 'en' : lang);
      expect(instrument.url).toBe(`/${lang}/instruments/${instrument.id}/`);
      for (const article of instrument.articles) {
        expect(article.url).toBe(`/${lang}/instruments/${instrument.id}/article-${article.number}/`);
        for (const p of article.paragraphs) expect(p.url).toBe(p.anchor ? `${article.url}#${p.anchor}` : article.url);
      }
    }
  });

  it.each(LANGS)('instruments.%s.json carries every paragraph of the authentic text verbatim', (lang) => {
    const data: InstrumentsFile = load(`instruments.${lang}.json`, instrumentsFileSchema);
    for (const instrument of data.instruments) {
      const source = readJson<TreatyText>(path.join(CONTENT, 'instruments', instrument.id, `${instrument.textLanguage}.json`));
      expect(instrument.source).toBe(source.source);
      expect(instrument.completeness).toBe(source.completeness);
      expect(instrument.status).toBe(source.status);
      expect(instrument.articles.map((a) => a.number)).toEqual(source.articles.map((a) => a.number));
      instrument.articles.forEach((article, i) => {
        const blocks = source.articles[i]!.blocks;
        expect(article.paragraphs.map((p) => p.text), `${instrument.id} ${lang} art. ${article.number}`).toEqual(blocks.map((b) => b.text));
        expect(article.paragraphs.map((p) => p.path)).toEqual(blocks.map((b) => b.path?.join('-') ?? null));
      });
    }
  });

  it('SOM 6(1)(b)(ii) in English: text, anchor, citation and permalink', () => {
    const data: InstrumentsFile = load('instruments.en.json', instrumentsFileSchema);
    const som = data.instruments.find((i) => i.code === 'SOM')!;
    expect(som.id).toBe('som-protocol');
    expect(som.fallback).toBe(false);
    const article = som.articles.find((a) => a.number === 6)!;
    expect(article.title).toBe('Criminalization');
    expect(article.chapter).toBe('I');
    const p = article.paragraphs.find((x) => x.path === '1-b-ii')!;
    expect(p).toMatchObject({
      label: '(ii)',
      text: 'Procuring, providing or possessing such a document;',
      anchor: 'para-1-b-ii',
      citation: 'SOM 6(1)(b)(ii)',
      url: '/en/instruments/som-protocol/article-6/#para-1-b-ii',
    });
  });

  it('UNTOC 2(a) in Spanish points at the Spanish page', () => {
    const data: InstrumentsFile = load('instruments.es.json', instrumentsFileSchema);
    const p = data.instruments.find((i) => i.code === 'UNTOC')!.articles.find((a) => a.number === 2)!.paragraphs.find((x) => x.path === 'a')!;
    expect(p.text).toContain('grupo delictivo organizado');
    expect(p.url).toBe('/es/instruments/untoc/article-2/#para-a');
  });
});

describe('/data/provisions.{lang}.json', () => {
  it.each(LANGS)('provisions.%s.json exists, validates, is small and matches the full text', (lang) => {
    const data: ProvisionsFile = load(`provisions.${lang}.json`, provisionsFileSchema);
    envelopeOk(data);
    expect(data.language).toBe(lang);
    expect(Object.keys(data.instruments)).toEqual(['UNTOC', 'SOM', 'TIP', 'FIREARMS']);
    expect(fs.statSync(path.join(DATA, `provisions.${lang}.json`)).size).toBeLessThan(30 * 1024);
    const full: InstrumentsFile = load(`instruments.${lang}.json`, instrumentsFileSchema);
    for (const instrument of full.instruments) {
      const entry = data.instruments[instrument.code];
      expect(entry.id).toBe(instrument.id);
      expect(entry.articles).toEqual(instrument.articles.map((a) => ({
        number: a.number,
        title: a.title,
        paths: a.paragraphs.flatMap((p) => (p.path ? [p.path] : [])),
      })));
    }
  });

  it('provisions.en.json lists SOM article 6 with path "1-b-ii"', () => {
    const data: ProvisionsFile = load('provisions.en.json', provisionsFileSchema);
    const article = data.instruments.SOM.articles.find((a) => a.number === 6)!;
    expect(article.title).toBe('Criminalization');
    expect(article.paths).toContain('1-b-ii');
    expect(article.paths.slice(0, 5)).toEqual(['1', '1-a', '1-b', '1-b-i', '1-b-ii']);
    expect(data.instruments.SOM.url).toBe('/en/instruments/som-protocol/');
  });
});

describe('/data/legislation.json', () => {
  it('exists, validates and holds every country with its analysis', () => {
    const data: LegislationFile = load('legislation.json', legislationFileSchema);
    envelopeOk(data);
    expect(data.countries.map((c) => c.country).sort()).toEqual(contentDirs('legislation'));
    for (const c of data.countries) {
      expect(c.urls).toEqual(Object.fromEntries(LANGS.map((l) => [l, `/${l}/legislation/${c.country}/`])));
      expect(c.provisions.length, c.country).toBeGreaterThan(0);
      const ids = new Set(c.provisions.map((p) => p.id));
      for (const [key, cell] of Object.entries(c.analysis)) {
        for (const id of cell.provisions) expect(ids.has(id), `${c.country} ${key} → ${id}`).toBe(true);
      }
      expect(Object.keys(c.analysis)).toEqual(data.elements.map((e) => e.key));
    }
  });

  it('Peru: verbatim provision, provenance, status and an analysis cell', () => {
    const data: LegislationFile = load('legislation.json', legislationFileSchema);
    const pe = data.countries.find((c) => c.country === 'pe')!;
    const text = readJson<{ provisions: { id: string; paragraphs: string[] }[]; source: string; language: string }>(path.join(CONTENT, 'legislation', 'pe', 'text.json'));
    const art = pe.provisions.find((p) => p.id === 'art-303-a')!;
    expect(art.paragraphs).toEqual(text.provisions.find((p) => p.id === 'art-303-a')!.paragraphs);
    expect(art.language).toBe('es');
    expect(pe.provenance).toMatchObject({ source: text.source, sourceKind: 'unofficial', partial: false, unofficial: true });
    expect(pe.status.some((s) => s.instrument === 'untoc')).toBe(true);
    expect(pe.analysis['financial-benefit']).toMatchObject({ value: 'yes', provisions: ['art-303-a'], pinpoint: 'art. 303-A' });
    expect(pe.analysis['financial-benefit'].note.es).toContain('cualquier beneficio');
    expect(pe.name).toEqual({ en: 'Peru', es: 'Perú', fr: 'Pérou' });
  });
});

describe('/data/cases.json', () => {
  it('exists, validates and holds every case with a page in each language', () => {
    const data: CasesFile = load('cases.json', casesFileSchema);
    envelopeOk(data);
    expect(data.cases.map((c) => c.slug).sort()).toEqual(contentDirs('cases'));
    for (const c of data.cases) {
      expect(c.languages).toContain('en');
      for (const lang of LANGS) {
        const v = c.versions[lang];
        expect(v.url).toBe(`/${lang}/cases/${c.slug}/`);
        expect(fs.existsSync(path.join(DIST, lang, 'cases', c.slug, 'index.html')), v.url).toBe(true);
        expect(v.fallback).toBe(!c.languages.includes(lang));
        expect(v.contentLanguage).toBe(v.fallback ? 'en' : lang);
      }
    }
  });

  it('one case in detail: facts, citations and the titles per language', () => {
    const data: CasesFile = load('cases.json', casesFileSchema);
    const c = data.cases.find((x) => x.slug === 'ae-2020-federal-supreme-court-harbouring-infiltrators')!;
    expect(c).toMatchObject({
      citation: null, court: 'Federal Supreme Court', courtLevel: 'supreme', country: 'ae', region: 'gulf',
      decisionDate: '2020-03', year: 2020, outcome: 'convicted',
      provisionsEngaged: ['SOM 5', 'SOM 6(1)(a)', 'SOM 6(1)(c)'], provisionsCitedByCourt: [],
      issues: ['enabling-stay', 'financial-benefit'],
    });
    expect(c.sources[0]).toEqual({ url: 'https://gulftoday.ae/News/2020/03/07/Man-jailed-fined-over-Dhs2m-for-housing-infiltrators', title: null });
    expect(c.versions.en.title).toContain('UAE Federal Supreme Court');
    expect(c.versions.en.translation).toBe('original');
    expect(c.versions.es.title).toContain('Tribunal Supremo Federal');
    expect(c.versions.es.translation).toBe('project');
    // cases are listed most recent first
    const years = data.cases.map((x) => x.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});

describe('open data: one build date', () => {
  it('every file carries the same "generated" date', () => {
    const files = fs.readdirSync(DATA).filter((f: string) => f.endsWith('.json'));
    expect(files.sort()).toEqual(
      ['cases.json', 'legislation.json', ...LANGS.flatMap((l) => [`instruments.${l}.json`, `provisions.${l}.json`])].sort(),
    );
    const dates = new Set(files.map((f: string) => readJson<{ generated: string }>(path.join(DATA, f)).generated));
    expect(dates.size).toBe(1);
  });
});
