/**
 * Shared by the open-data endpoints (`/data/…`, see src/schemas/open-data.ts): the build date, URLs with the
 * deployment base, and the JSON response. Files starting with `_` are not routes.
 */
import type { z } from 'astro/zod';
import { routePath, withBase, type Route } from '#src/lib/routing.ts';
import { LANGUAGES, type Lang } from '#src/registries/locales.ts';
import { OPEN_DATA_SCHEMA_VERSION } from '#src/schemas/open-data.ts';

/** Build date: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; otherwise now. Same for every file of a build. */
const GENERATED = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).toISOString();

/** The fields every file starts with. */
export const envelope = () => ({ schemaVersion: OPEN_DATA_SCHEMA_VERSION, generated: GENERATED });

/** Site URL of a route, with the deployment base. */
export const url = (lang: Lang, route: Route) => withBase(import.meta.env.BASE_URL, routePath(lang, route));

/** One value per site language. */
export const perLanguage = <T>(make: (lang: Lang) => T) =>
  Object.fromEntries(LANGUAGES.map((l) => [l, make(l)])) as Record<Lang, T>;

/** getStaticPaths for the per-language files. */
export const languagePaths = () => LANGUAGES.map((lang) => ({ params: { lang } }));

/** Validates the data against the file's schema (a wrong shape fails the build) and returns it as JSON. */
export function jsonResponse<S extends z.ZodType>(schema: S, data: z.input<S>, file: string): Response {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 20).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new Error(`open data ${file} does not match its schema (src/schemas/open-data.ts):\n${issues}`);
  }
  return new Response(JSON.stringify(result.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
