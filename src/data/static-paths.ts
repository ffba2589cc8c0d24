/** getStaticPaths helpers shared by the routes. */
import { LANGUAGES } from '../lib/vocabulary.ts';

/** One page per site language. */
export function languagePaths() {
  return LANGUAGES.map((lang) => ({ params: { lang } }));
}
