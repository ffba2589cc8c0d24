/** `/data/cases.json`: the facts of every case digest and its page in each language (shape: src/schemas/open-data.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '#src/data/site.ts';
import { localize, localizedVersions } from '#src/lib/localize.ts';
import { LANGUAGES, type Lang } from '#src/registries/locales.ts';
import { casesFileSchema, type CasesFile } from '#src/schemas/open-data.ts';
import { envelope, jsonResponse, url } from './_open-data.ts';

type Version = CasesFile['cases'][number]['versions']['en'];

export const GET: APIRoute = async () => {
  const { cases } = await loadSite();
  const data: CasesFile = {
    ...envelope(),
    cases: cases.map(({ slug, data: d, digests }) => {
      const versions = Object.fromEntries(
        localizedVersions(digests).map((v): [Lang, Version] => [v.lang, {
          url: url(v.lang, { kind: 'cases', slug }),
          contentLanguage: v.contentLang,
          fallback: v.fallback,
          translation: v.entry.data.translation,
          title: v.entry.data.title,
          court: v.entry.data.court,
          summary: v.entry.data.summary,
        }]),
      ) as CasesFile['cases'][number]['versions'];
      return {
        slug,
        name: d.name,
        citation: d.citation,
        court: localize(digests, 'en')!.value.data.court,
        courtLevel: d.courtLevel,
        country: d.country,
        otherStates: d.otherStates,
        region: d.region,
        decisionDate: d.decisionDate,
        year: d.year,
        outcome: d.outcome,
        provisionsEngaged: d.provisionsEngaged.map((p) => p.text),
        provisionsCitedByCourt: d.provisionsCitedByCourt.map((p) => p.text),
        nationalProvisions: d.nationalProvisions.map((n) => ({ label: n.label, country: n.country, provision: n.provision ?? null })),
        issues: d.issues,
        sources: d.sources.map((s) => ({ url: s.url, title: s.title ?? null })),
        languages: LANGUAGES.filter((l) => digests[l] !== undefined),
        versions,
      };
    }),
  };
  return jsonResponse(casesFileSchema, data, 'cases.json');
};
