// Units of measure a developing story may switch between: "1.2 tonnes, up from their earlier estimate of 900
// kilograms" revises a mass, "9 km, up from 6 km" a length. Each unit is held as the term its counted noun gets
// (termOf), with its size in its dimension's base unit, so that figures in different units can be compared.
import { termOf } from './terms.ts';

export type Dimension = 'mass' | 'length' | 'area' | 'volume';

/** A unit of measure: what it measures, and its size in that dimension's base unit (kilograms, metres, square metres, litres). */
export interface Unit {
  dimension: Dimension;
  size: number;
}

const UNIT_SIZES: ReadonlyArray<[Dimension, number, string[]]> = [
  ['mass', 1, ['kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kg', 'kgs', 'kilo', 'kilos']],
  ['mass', 0.001, ['gram', 'grams', 'gramme', 'grammes', 'g']],
  // (A ton of news copy is as often metric as not; the two differ by a tenth, well inside a revision's range.)
  ['mass', 1000, ['tonne', 'tonnes', 'ton', 'tons', 't']],
  ['length', 1, ['metre', 'metres', 'meter', 'meters', 'm']],
  ['length', 0.01, ['centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm']],
  ['length', 1000, ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km']],
  ['length', 1609.344, ['mile', 'miles']],
  ['length', 0.3048, ['foot', 'feet', 'ft']],
  ['area', 10_000, ['hectare', 'hectares', 'ha']],
  ['area', 4046.86, ['acre', 'acres']],
  ['volume', 1, ['litre', 'litres', 'liter', 'liters']],
  ['volume', 158.987, ['barrel', 'barrels']],
  ['volume', 3.785, ['gallon', 'gallons']],
];

const BY_TERM = new Map<string, Unit>(UNIT_SIZES.flatMap(([dimension, size, words]) => words.map((w): [string, Unit] => [termOf(w), { dimension, size }])));

/** The unit of measure a figure's counted noun names, as a term ("tonn", "kilogram"); undefined for anything else ("worker"). */
export function unitOf(term: string): Unit | undefined {
  return BY_TERM.get(term);
}
