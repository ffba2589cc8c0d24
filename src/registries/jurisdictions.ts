/**
 * Jurisdictions: States by ISO 3166-1 alpha-2 code (lower case), plus the project's declared codes for the European
 * Union and the supranational courts (DESIGN.md, "URLs": "a declared code for each supranational court").
 * The region of every jurisdiction is derived here, never typed into content.
 */
import isoCountries from 'i18n-iso-countries';
import type { Region } from '#src/lib/vocabulary.ts';

/** Codes that are not States. Chosen so they cannot collide with an ISO 3166-1 alpha-2 code (those have two letters). */
export const SUPRANATIONAL = {
  /** The European Union, the code ISO 3166 reserves for it; its legislation is compared like a State's. */
  eu: { region: 'europe', kind: 'union' },
  /** Court of Justice of the European Union. */
  cjeu: { region: 'europe', kind: 'court' },
  /** European Court of Human Rights (Council of Europe). */
  ecthr: { region: 'europe', kind: 'court' },
} as const satisfies Record<string, { region: Region; kind: 'union' | 'court' }>;
export type SupranationalCode = keyof typeof SUPRANATIONAL;

/**
 * The route (project sources, "facts.md", "Route" and "Countries"): the States named in connection with the initiative,
 * in route order by region. Every one of them has a country page, whether or not its law is held.
 */
export const ROUTE_STATES: Readonly<Record<Region, readonly string[]>> = {
  'south-asia': ['pk', 'in', 'np', 'bd', 'lk', 'mv'],
  gulf: ['ae'],
  'west-africa': ['ng', 'gh', 'sn'],
  'latin-america-caribbean': ['br', 'pe', 'ec', 'co', 'pa', 'cr', 'ni', 'hn', 'sv', 'gt', 'mx', 'do', 'tc', 'bb'],
  'north-america': ['us', 'ca'],
  europe: [],
  oceania: [],
  other: [],
};

/** Regions of States that are not on the route but appear in cases or legislation. */
const OTHER_STATES: Readonly<Partial<Record<Region, readonly string[]>>> = {
  'south-asia': ['af'],
  gulf: ['qa', 'sa', 'kw', 'bh', 'om'],
  'west-africa': ['gm', 'ml', 'ne', 'bf', 'ci', 'gn', 'sl', 'lr', 'tg', 'bj', 'mr', 'cv', 'gw'],
  'latin-america-caribbean': ['ar', 'cl', 'uy', 'py', 'bo', 've', 'cu', 'ht', 'jm', 'tt', 'bs', 'gy', 'sr', 'bz'],
  europe: ['at', 'be', 'de', 'es', 'fr', 'gb', 'gr', 'hu', 'it', 'mt', 'nl', 'pt', 'ie', 'pl', 'se', 'dk', 'fi', 'cz', 'sk', 'si', 'hr', 'ro', 'bg', 'cy', 'lu', 'ee', 'lv', 'lt', 'ch', 'no'],
  oceania: ['au', 'nz'],
};

const REGION_BY_STATE = new Map<string, Region>(
  [...Object.entries(ROUTE_STATES), ...Object.entries(OTHER_STATES)].flatMap(([region, states]) =>
    (states ?? []).map((s) => [s, region as Region] as const),
  ),
);

/** Whether `code` is an ISO 3166-1 alpha-2 State code (lower case). */
export function isState(code: string): boolean {
  return /^[a-z]{2}$/.test(code) && code !== 'eu' && isoCountries.isValid(code.toUpperCase());
}

export function isJurisdiction(code: string): boolean {
  return isState(code) || Object.hasOwn(SUPRANATIONAL, code);
}

/** The region a jurisdiction belongs to; States off the route and outside Europe and Oceania are `other`. */
export function regionOf(code: string): Region {
  if (Object.hasOwn(SUPRANATIONAL, code)) return SUPRANATIONAL[code as SupranationalCode].region;
  return REGION_BY_STATE.get(code) ?? 'other';
}

/** Every State on the route, in route order. */
export const ROUTE_STATE_LIST: readonly string[] = Object.values(ROUTE_STATES).flat();
