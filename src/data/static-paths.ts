/** getStaticPaths helpers shared by the routes. */
import { LANGUAGES } from '../registries/locales.ts';

/** One page per site language. */
export function languagePaths() {
  return LANGUAGES.map((lang) => ({ params: { lang } }));
}
