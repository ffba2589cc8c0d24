/** `/data/legislation.json`: every country's verbatim provisions, provenance, treaty status and analysis (shape: src/schemas/open-data.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '#src/data/site.ts';
import { ELEMENT_VALUES, LEGISLATION_ELEMENTS, type LegislationElement } from '#src/lib/vocabulary.ts';
import { legislationFileSchema, type LegislationFile } from '#src/schemas/open-data.ts';
import { envelope, jsonResponse, perLanguage, url } from './_open-data.ts';

const elementKeys = Object.keys(LEGISLATION_ELEMENTS) as LegislationElement[];

export const GET: APIRoute = async () => {
  const { countries } = await loadSite();
  const data: LegislationFile = {
    ...envelope(),
    elements: elementKeys.map((key) => ({ key, provision: LEGISLATION_ELEMENTS[key].text })),
    values: [...ELEMENT_VALUES],
    countries: countries.map(({ iso2, analysis, text }) => ({
      country: iso2,
      name: analysis.name,
      region: analysis.region,
      summary: analysis.summary,
      urls: perLanguage((lang) => url(lang, { kind: 'legislation', country: iso2 })),
      law: text.instrument,
      provisionsHeld: text.provisionsHeld,
      provenance: {
        source: text.source,
        sourceKind: text.sourceKind,
        version: text.version,
        completeness: text.completeness,
        partial: text.partial,
        unofficial: text.unofficial,
        officialTranslation: text.officialTranslation,
      },
      provisions: text.provisions.map((p) => ({ id: p.id, heading: p.heading, paragraphs: p.paragraphs, language: text.language })),
      editorial: text.editorial.map((p) => ({ id: p.id, heading: p.heading, paragraphs: p.paragraphs })),
      status: text.status,
      analysis: Object.fromEntries(
        elementKeys.map((key) => {
          const cell = analysis.elements[key];
          return [key, { value: cell.value, provisions: cell.provisions, pinpoint: cell.pinpoint ?? null, note: cell.note }];
        }),
      ) as LegislationFile['countries'][number]['analysis'],
    })),
  };
  return jsonResponse(legislationFileSchema, data, 'legislation.json');
};
