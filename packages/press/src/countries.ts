import { type CountryCode, countryName, foldText, isCountryCode, LOCALES } from '@iom/core';
import { PhraseIndex } from './phrase-index.js';

// Country names that are also common words or first names in English, French or Spanish ("réunion" is
// a meeting in French): read only
// as ISO codes, never from free text ("Chad", "Jordan", "Maurice", "Granada" is also a Spanish city).
const AMBIGUOUS = new Set([
  'reunion',
  'la reunion',
  'chad',
  'jordan',
  'georgia',
  'jersey',
  'guernsey',
  'turkey',
  'maurice',
  'granada',
  'man',
]);

let index: PhraseIndex<CountryCode> | undefined;
let byName: Map<string, CountryCode> | undefined;

function build(): void {
  index = new PhraseIndex<CountryCode>();
  byName = new Map();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const code = `${a}${b}`;
      if (!isCountryCode(code)) continue;
      for (const locale of LOCALES) {
        for (const names of ['un', 'cldr'] as const) {
          const name = countryName(code, locale, { names });
          if (name === undefined) continue;
          const folded = foldName(name);
          if (!byName.has(folded)) byName.set(folded, code);
          if (!AMBIGUOUS.has(folded)) index.add(name, code, { capitalized: true });
        }
      }
    }
  }
}

/** A country name folded for lookup: lowercase, without diacritics or punctuation. */
function foldName(name: string): string {
  return (name.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(foldText).join(' ');
}

/** The index of country names in English, French and Spanish (UN and CLDR names), built on first use. */
export function countryIndex(): PhraseIndex<CountryCode> {
  if (index === undefined) build();
  return index as PhraseIndex<CountryCode>;
}

/**
 * The country a name stands for, in any of the three languages, accents and case ignored
 * ("Equateur", "Perú", "Bolivia (Plurinational State of)"); `undefined` when none does.
 */
export function countryByName(name: string): CountryCode | undefined {
  if (byName === undefined) build();
  return byName?.get(foldName(name));
}
