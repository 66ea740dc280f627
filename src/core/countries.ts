// Whether a name is a country's. WordNet (2006) knows the older names ("Burma", "Swaziland", "East Timor") and the
// countries of its day; the ISO 3166 names i18n-iso-countries ships, with their common short forms, add those
// named or recognised since ("Eswatini", "North Macedonia", "Serbia", "Timor-Leste", "Kosovo").
import englishNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { sharedLexicon } from './lexicon.ts';

let isoNames: Set<string> | undefined;

/** "Iraq", "the United Arab Emirates", "Côte d'Ivoire", "Eswatini": a country; "Basra", "Accra", "Tuesday": not. */
export function isCountryName(name: string): boolean {
  const key = comparable(name);
  if (key === '') return false;
  isoNames ??= new Set(Object.values(englishNames.countries as Record<string, string | string[]>).flat().map(comparable));
  return isoNames.has(key) || sharedLexicon().isCountry(key);
}

/** The name as both lists are looked up: lower case, without accents, a leading "the" or doubled spaces. */
function comparable(name: string): string {
  return name
    .trim()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ');
}
