/** Wires each content folder to its loader and schema; the schemas live in src/schemas. */
import { defineCollection } from 'astro:content';
import { strictGlob as glob } from './loaders/strict-glob.ts';
import { CONTENT_DIR } from './loaders/held-provisions.ts';
import { LANGUAGE_GLOB } from './registries/locales.ts';
import { assertContentFiles } from './loaders/content-files.ts';
import { editorialNoteSchema, instrumentSchema, treatyTextSchema } from './schemas/instrument.ts';
import { caseDigestSchema, caseSchema } from './schemas/case.ts';
import { legislationAnalysisSchema, legislationTextSchema } from './schemas/legislation.ts';
import { guideSchema } from './schemas/guide.ts';
import { newsSchema } from './schemas/news.ts';
import { pageSchema } from './schemas/page.ts';
import { searchTermSchema } from './schemas/search-terms.ts';
import { participationSchema } from './schemas/status.ts';
import { jurisdictionNotesSchema } from './schemas/jurisdiction.ts';
import { file } from 'astro/loaders';

// A file the loaders would ignore (a misspelt name, a language that is not a site language) fails here, before loading.
assertContentFiles(CONTENT_DIR);

const base = (folder: string) => `${CONTENT_DIR}/${folder}`;
/** One entry per folder: the id is the folder name (instrument id, case slug, country code). */
const folderId = ({ entry }: { entry: string }) => entry.split('/')[0]!;
/** Per-language files `<slug>/<lang>.md(x)`: the id is `<slug>/<lang>`. */
const perLanguage = (folder: string, ext: string) => glob({ base: base(folder), pattern: `*/${LANGUAGE_GLOB}.${ext}` });

export const collections = {
  instruments: defineCollection({ loader: glob({ base: base('instruments'), pattern: '*/meta.yaml', generateId: folderId }), schema: instrumentSchema }),
  editorialNotes: defineCollection({ loader: file(`${CONTENT_DIR}/instruments/editorial-notes.yaml`), schema: editorialNoteSchema }),
  treatyTexts: defineCollection({ loader: glob({ base: base('instruments'), pattern: `*/${LANGUAGE_GLOB}.json` }), schema: treatyTextSchema }),
  cases: defineCollection({ loader: glob({ base: base('cases'), pattern: '*/case.yaml', generateId: folderId }), schema: caseSchema }),
  caseDigests: defineCollection({ loader: perLanguage('cases', 'md'), schema: caseDigestSchema }),
  legislation: defineCollection({ loader: glob({ base: base('legislation'), pattern: '*/analysis.yaml', generateId: folderId }), schema: legislationAnalysisSchema }),
  legislationTexts: defineCollection({ loader: glob({ base: base('legislation'), pattern: '*/text.json', generateId: folderId }), schema: legislationTextSchema }),
  guides: defineCollection({ loader: perLanguage('guides', 'mdx'), schema: guideSchema }),
  news: defineCollection({ loader: perLanguage('news', 'md'), schema: newsSchema }),
  pages: defineCollection({ loader: perLanguage('pages', 'mdx'), schema: pageSchema }),
  searchTerms: defineCollection({ loader: file(`${CONTENT_DIR}/search-terms.yaml`), schema: searchTermSchema }),
  participation: defineCollection({ loader: file(`${CONTENT_DIR}/status/parties.json`), schema: participationSchema }),
  jurisdictionNotes: defineCollection({ loader: glob({ base: base('jurisdictions'), pattern: '*/notes.yaml', generateId: folderId }), schema: jurisdictionNotesSchema }),
};
