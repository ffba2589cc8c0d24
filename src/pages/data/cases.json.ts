/** `/data/cases.json`: the facts of every case digest and its page in each language (shape: src/schemas/open-data.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '#src/data/site.ts';
import { localize } from '#src/lib/localize.ts';
import { pagesOf } from '#src/data/routes.ts';
import { LANGUAGES, type Lang } from '#src/registries/locales.ts';
import { casesFileSchema, type CasesFile } from '#src/schemas/open-data.ts';
import { envelope, jsonResponse, url } from './_open-data.ts';

type Version = CasesFile['cases'][number]['versions']['en'];

export const GET: APIRoute = async () => {
  const { cases } = await loadSite();
  const data: CasesFile = {
    ...envelope(),
    cases: await Promise.all(cases.map(async ({ slug, data: d, digests }) => {
      // The case's pages as the route table has them: one per site language, in its own language or falling back.
      const versions = Object.fromEntries(
        (await pagesOf({ kind: 'cases', slug })).map((page): [Lang, Version] => {
          const { data: digest } = digests[page.contentLang]!;
          return [page.lang, {
            url: url(page.lang, page.route),
            contentLanguage: page.contentLang,
            fallback: page.fallback,
            translation: digest.translation,
            title: digest.title,
            court: digest.court,
            summary: digest.summary,
          }];
        }),
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
    })),
  };
  return jsonResponse(casesFileSchema, data, 'cases.json');
};
