/** The UI dictionaries, one per site language of the locale registry (src/registries/locales.ts); English defines the keys. */
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { ar } from './ar.ts';
import type { Lang } from '#src/registries/locales.ts';
import type { Dictionary } from './en.ts';

export const dictionaries: Record<Lang, Dictionary> = { en, es, fr, ru, ar };
export type { UIKey, Dictionary } from './en.ts';
