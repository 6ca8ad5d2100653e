import { iso31661 } from 'iso-3166/1.js';
import { iso31662 } from 'iso-3166/2.js';
import { describe, expect, it } from 'vitest';
import { alpha2ToAlpha3, alpha3ToAlpha2, assignedAlpha2, subdivisionCodes } from './iso3166.js';

// The packed codes are generated from the `iso-3166` package at build time; these tests hold them
// equal to the package's full tables, so a new release of the package cannot be half taken in.
describe('the packed ISO 3166 codes', () => {
  it('hold every ISO 3166-2 code of the package, and no other', () => {
    const expected = iso31662.map((entry) => entry.code).sort();
    expect(expected.length).toBeGreaterThan(5000);
    expect([...subdivisionCodes()].sort()).toEqual(expected);
  });

  it('hold every assigned ISO 3166-1 country with its alpha-3 code, and no other', () => {
    expect([...assignedAlpha2()].sort()).toEqual(iso31661.map((entry) => entry.alpha2).sort());
    for (const entry of iso31661) {
      expect(alpha2ToAlpha3(entry.alpha2)).toBe(entry.alpha3);
      expect(alpha3ToAlpha2(entry.alpha3)).toBe(entry.alpha2);
    }
  });

  it('answer undefined for codes that are not assigned', () => {
    expect(alpha2ToAlpha3('XK')).toBeUndefined();
    expect(alpha3ToAlpha2('XKX')).toBeUndefined();
    expect(alpha3ToAlpha2('constructor')).toBeUndefined();
  });
});
