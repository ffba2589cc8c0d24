/** The UI dictionaries, one per site language; English defines the keys. */
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import type { Lang } from '../lib/vocabulary.ts';
import type { Dictionary } from './en.ts';

export const dictionaries: Record<Lang, Dictionary> = { en, es, fr };
export type { UIKey, Dictionary } from './en.ts';
