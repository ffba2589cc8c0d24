/** getStaticPaths helpers shared by the routes. */
import { LANGUAGES } from '#src/registries/locales.ts';

/** One page per site language. */
export function languagePaths() {
  return LANGUAGES.map((lang) => ({ params: { lang } }));
}
