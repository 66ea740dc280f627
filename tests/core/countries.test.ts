import { describe, expect, it } from 'vitest';
import { isCountryName } from '../../src/core/countries.ts';

describe('a country’s name', () => {
  it.each(['Iraq', 'Germany', 'the United Arab Emirates', 'South Africa', "Côte d'Ivoire", 'Ivory Coast', 'Georgia', 'Chad', 'Burma', 'Swaziland'])('knows %s from WordNet', (name) => {
    expect(isCountryName(name)).toBe(true);
  });

  it.each(['Eswatini', 'North Macedonia', 'Serbia', 'Timor-Leste', 'Kosovo', 'Czechia'])('knows %s, named or recognised since WordNet, from the ISO list', (name) => {
    expect(isCountryName(name)).toBe(true);
  });

  it.each(['Basra', 'Accra', 'Dar es Salaam', 'Tuesday', 'Port', 'Innerbrandl', ''])('does not take %j for a country', (name) => {
    expect(isCountryName(name)).toBe(false);
  });
});
