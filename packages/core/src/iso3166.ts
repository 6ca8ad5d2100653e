import { iso31661 } from 'iso-3166/1.js';
import { iso31661Alpha2ToAlpha3 } from 'iso-3166/1-a2-to-1-a3.js';
import { iso31661Alpha3ToAlpha2 } from 'iso-3166/1-a3-to-1-a2.js';
import { iso31662 } from 'iso-3166/2.js';

// The data comes from the maintained `iso-3166` package; the sets are built on first use, never at import.
let alpha2: ReadonlySet<string> | undefined;
let subdivisions: ReadonlyMap<string, { readonly name: string; readonly parent: string }> | undefined;

/** The assigned ISO 3166-1 alpha-2 codes. */
export function assignedAlpha2(): ReadonlySet<string> {
  alpha2 ??= new Set(iso31661.map((entry) => entry.alpha2));
  return alpha2;
}

/** Maps an assigned alpha-3 code to its alpha-2 code. */
export function alpha3ToAlpha2(code: string): string | undefined {
  return Object.hasOwn(iso31661Alpha3ToAlpha2, code) ? iso31661Alpha3ToAlpha2[code] : undefined;
}

/** Maps an assigned alpha-2 code to its alpha-3 code. */
export function alpha2ToAlpha3(code: string): string | undefined {
  return Object.hasOwn(iso31661Alpha2ToAlpha3, code) ? iso31661Alpha2ToAlpha3[code] : undefined;
}

/** The ISO 3166-2 subdivisions by code. */
export function subdivisionIndex(): ReadonlyMap<string, { readonly name: string; readonly parent: string }> {
  subdivisions ??= new Map(iso31662.map((entry) => [entry.code, { name: entry.name, parent: entry.parent }]));
  return subdivisions;
}
