import { createRequire } from 'node:module';
import type { LibPhoneNumberApi } from './libphonenumber.js';

// The Node build's libphonenumber-js: loaded on the first phone number read, not at import. It is some
// ninety modules, which Node loads one file at a time (about 50 ms); a bundler reads libphonenumber.ts.
let api: LibPhoneNumberApi | undefined;

/** libphonenumber-js with its `max` metadata, loaded on first use. */
export function libphonenumber(): LibPhoneNumberApi {
  if (api === undefined) {
    const { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength } =
      createRequire(import.meta.url)('libphonenumber-js/max');
    api = { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength };
  }
  return api;
}
