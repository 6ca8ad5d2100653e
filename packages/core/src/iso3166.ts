import { COUNTRY_CODES, SUBDIVISION_CODES } from './iso3166-codes.generated.js';

// The codes come from the maintained `iso-3166` package, packed at build time without their names
// (scripts/write-iso3166-codes.mjs); they are unpacked on first use, never at import.
let alpha2: ReadonlySet<string> | undefined;
let alpha2To3: ReadonlyMap<string, string> | undefined;
let alpha3To2: ReadonlyMap<string, string> | undefined;
let subdivisions: ReadonlySet<string> | undefined;

function unpackCountries(): void {
  const to3 = new Map<string, string>();
  const to2 = new Map<string, string>();
  for (let at = 0; at < COUNTRY_CODES.length; at += 5) {
    const two = COUNTRY_CODES.slice(at, at + 2);
    const three = COUNTRY_CODES.slice(at + 2, at + 5);
    to3.set(two, three);
    to2.set(three, two);
  }
  alpha2To3 = to3;
  alpha3To2 = to2;
  alpha2 = new Set(to3.keys());
}

/** The assigned ISO 3166-1 alpha-2 codes. */
export function assignedAlpha2(): ReadonlySet<string> {
  if (alpha2 === undefined) unpackCountries();
  return alpha2 as ReadonlySet<string>;
}

/** Maps an assigned alpha-3 code to its alpha-2 code. */
export function alpha3ToAlpha2(code: string): string | undefined {
  if (alpha3To2 === undefined) unpackCountries();
  return alpha3To2?.get(code);
}

/** Maps an assigned alpha-2 code to its alpha-3 code. */
export function alpha2ToAlpha3(code: string): string | undefined {
  if (alpha2To3 === undefined) unpackCountries();
  return alpha2To3?.get(code);
}

// The packing of SUBDIVISION_CODES, written by scripts/write-iso3166-codes.mjs (which says why).
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

/** The part after the hyphen that `number` stands for: 0-35 one character, 36-1331 two, then three. */
function partOf(number: number): string {
  const length = number < 36 ? 1 : number < 36 + 36 ** 2 ? 2 : 3;
  const first = length === 1 ? 0 : length === 2 ? 36 : 36 + 36 ** 2;
  return (number - first).toString(36).toUpperCase().padStart(length, '0');
}

/** The ISO 3166-2 subdivision codes. */
export function subdivisionCodes(): ReadonlySet<string> {
  if (subdivisions === undefined) {
    const codes = new Set<string>();
    for (const group of SUBDIVISION_CODES.split('|')) {
      const country = group.slice(0, 2);
      let number = -1;
      let gap = 0;
      let scale = 1;
      for (let at = 2; at < group.length; at++) {
        const digit = DIGITS.indexOf(group.charAt(at));
        if (digit >= 32) {
          gap += (digit - 32) * scale;
          scale *= 32;
          continue;
        }
        number += gap + digit * scale + 1;
        codes.add(`${country}-${partOf(number)}`);
        gap = 0;
        scale = 1;
      }
    }
    subdivisions = codes;
  }
  return subdivisions;
}
