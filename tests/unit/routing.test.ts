import { LANGUAGES } from '#src/registries/locales.ts';
import { describe, expect, it } from 'vitest';
import { reference } from '#src/lib/citation.ts';
import { citationRoute, preferredLanguage, routePath, switchLanguagePath, withBase } from '#src/lib/routing.ts';
import { localizedVersions } from '#src/lib/localize.ts';

describe('routePath (DESIGN.md URL scheme)', () => {
  it.each([
    [{ kind: 'home' }, '/en/'],
    [{ kind: 'instruments' }, '/en/instruments/'],
    [{ kind: 'instrument', id: 'untoc' }, '/en/instruments/untoc/'],
    [{ kind: 'article', id: 'som-protocol', article: 6, path: ['1', 'b', 'ii'] }, '/en/instruments/som-protocol/article-6/#para-1-b-ii'],
    [{ kind: 'legislation' }, '/en/legislation/'],
    [{ kind: 'legislation', country: 'pe', provision: 'art-303-a' }, '/en/legislation/pe/#art-303-a'],
    [{ kind: 'cases', slug: 'x' }, '/en/cases/x/'],
    [{ kind: 'news' }, '/en/news/'],
    [{ kind: 'rss' }, '/en/news/rss.xml'],
    [{ kind: 'search', query: 'SOM 6(1)(a)' }, '/en/search/?q=SOM%206(1)(a)'],
  ] as const)('%j → %s', (route, path) => {
    expect(routePath('en', route)).toBe(path);
  });
  it('turns a citation into its article and paragraph anchor', () => {
    expect(routePath('fr', citationRoute(reference('UNTOC 2(a)')))).toBe('/fr/instruments/untoc/article-2/#para-a');
  });
});

describe('language switching', () => {
  it('keeps the visitor on the same page, under a base path too', () => {
    expect(switchLanguagePath('/', '/en/instruments/som-protocol/article-6/', 'es')).toBe('/es/instruments/som-protocol/article-6/');
    expect(switchLanguagePath('/sub/', '/sub/fr/cases/', 'en')).toBe('/sub/en/cases/');
    expect(switchLanguagePath('/', '/', 'fr')).toBe('/fr/');
    expect(withBase('/sub/', '/en/')).toBe('/sub/en/');
  });
  it('falls back to English for content missing in a language', () => {
    const versions = localizedVersions({ en: 'E', es: 'S' });
    // One version per site language of the registry: its own text, or English flagged as a fallback.
    expect(versions).toEqual(
      LANGUAGES.map((lang) =>
        lang === 'en' ? { lang, entry: 'E', contentLang: 'en', fallback: false }
        : lang === 'es' ? { lang, entry: 'S', contentLang: 'es', fallback: false }
        : { lang, entry: 'E', contentLang: 'en', fallback: true },
      ),
    );
    expect(versions.find((v) => v.lang === 'ar')).toEqual({ lang: 'ar', entry: 'E', contentLang: 'en', fallback: true });
  });
  it('picks the browser language, English by default', () => {
    expect(preferredLanguage(['fr-CA', 'en'])).toBe('fr');
    expect(preferredLanguage(['de-DE', 'es-419'])).toBe('es');
    expect(preferredLanguage(['de'])).toBe('en');
  });
});
