// The world's currencies as the runtime's ICU data (CLDR) names them: codes, the letters written for some, and
// their English names, singular and plural. WordNet, older than many of them, misses the somoni, the vatu and
// the denar; a list kept here would miss the next one.
import { withoutAccents } from './terms.ts';

/** ISO 4217 codes, as the runtime knows them ("CHF", "SEK", "ZAR"). */
const CURRENCY_CODES = new Set(Intl.supportedValuesOf('currency'));

/**
 * Letters that stand for a currency before a sum: rupees, taka, koruna, kronor, zloty, forint, shillings (Kenyan,
 * Tanzanian, Ugandan), dirham, dinars (Tunisian, Bahraini, Jordanian, Kuwaiti), lira, bolivars, CFA francs, leones,
 * Qatari riyals, ringgit, rupiah, ngultrum, vatu. (Not one letter, "K 50", nor "KM" or "SR", which also mark a road's
 * kilometre and a state route.)
 */
const LOCAL_CURRENCY = /^(?:Rs|Tk|Kč|kr|zł|Ft|KSh|TSh|USh|Sh|Dh|DT|BD|JD|KD|TL|Bs|CFA|NLe|Le|QR|RM|Rp|Nu|VT)\.?$/;

/** Whether letters before or after a sum name its currency: an ISO code ("CHF") or a country's own letters ("Rs", "zł"). */
export function isCurrencyCode(code: string): boolean {
  return CURRENCY_CODES.has(code) || LOCAL_CURRENCY.test(code);
}

/**
 * Last words of currency names that are also common words after a figure: "passed the 1,000 mark" is no sum.
 * (The funds and metals ICU lists beside currencies, "gold" and "special drawing rights", are none.)
 */
const NOT_A_SUM = new Set(['mark', 'gold', 'silver', 'platinum', 'palladium', 'rights', 'unit', 'units', 'code', 'codes']);

let names: Set<string> | undefined;

/** The currencies' names, lower case and without accents: "somoni", "somonis", "denar", "denars", "denari", "vatu". */
function currencyNames(): Set<string> {
  if (names) return names;
  names = new Set();
  const display = new Intl.DisplayNames(['en'], { type: 'currency' });
  const lastWord = (name: string | undefined): string | undefined => /([\p{L}ʻ’']+)\W*$/u.exec(name ?? '')?.[1]?.toLowerCase();
  for (const code of CURRENCY_CODES) {
    // ICU's "one" and "other" forms ("Tajikistani somonis", "Bulgarian leva"), and English's own plural of the
    // singular, which news writes as often ("denars" beside CLDR's "denari").
    const named = (count: number): string | undefined => new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name', maximumFractionDigits: 0 }).formatToParts(count).find((p) => p.type === 'currency')?.value;
    const singular = lastWord(display.of(code));
    for (const word of [singular, lastWord(named(1)), lastWord(named(2)), singular && !singular.endsWith('s') ? `${singular}s` : undefined]) {
      const plain = word === undefined ? undefined : plainName(word);
      if (plain && plain.length >= 2 && !NOT_A_SUM.has(plain)) names.add(plain);
    }
  }
  return names;
}

/** Whether a word names a currency, in either number ("som", "soms", "lari", "leva", "paanga"). */
export function isCurrencyName(word: string): boolean {
  return currencyNames().has(plainName(word));
}

/** A name as the set keeps it: lower case, without accents or the okina and apostrophes of "paʻanga". */
function plainName(word: string): string {
  return withoutAccents(word.toLowerCase()).replace(/[ʻ’']/g, '');
}
