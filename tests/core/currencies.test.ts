import { describe, expect, it } from 'vitest';
import { isCurrencyCode, isCurrencyName } from '../../src/core/currencies.ts';

describe('currency names from the runtime’s ICU data', () => {
  it.each(['somoni', 'somonis', 'vatu', 'denar', 'denars', 'denari', 'leva', 'lari', 'kwacha', 'paʻanga', 'colones', 'Nakfa'])('knows "%s", which WordNet lacks or spells otherwise', (word) => {
    expect(isCurrencyName(word)).toBe(true);
  });

  it.each(['mark', 'gold', 'rights', 'people', 'at', 'per'])('does not take "%s" for a currency: "passed the 1,000 mark" is no sum', (word) => {
    expect(isCurrencyName(word)).toBe(false);
  });
});

describe('currency letters', () => {
  it.each(['CHF', 'PLN', 'Rs', 'zł', 'VT'])('reads "%s" as a currency', (code) => {
    expect(isCurrencyCode(code)).toBe(true);
  });

  it('does not read a road kilometre "KM" as one', () => {
    expect(isCurrencyCode('KM')).toBe(false);
  });
});
