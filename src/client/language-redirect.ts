/** On `/`: go to the site language the browser prefers; the links on the page stay for everyone else. */
import { preferredLanguage } from '#src/lib/routing.ts';

const lang = preferredLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
const link = document.querySelector<HTMLAnchorElement>(`a[data-lang-link="${lang}"]`);
if (link) location.replace(link.href);
