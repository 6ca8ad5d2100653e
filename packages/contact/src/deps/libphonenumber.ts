import {
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';

/*
 * Metadata: libphonenumber-js "max". It is the only set with which isValid() checks a number against
 * the patterns of each kind of line and getType() tells fixed from mobile; with "min", "+593 2 444 928"
 * style mistakes that still have a possible length pass as valid and every type is unknown. It costs
 * about 20 kB more (min+gzip) than "min": the README gives the measured figures.
 */

/** What this package takes from libphonenumber-js, however it is loaded. */
export interface LibPhoneNumberApi {
  readonly getCountryCallingCode: typeof getCountryCallingCode;
  readonly isSupportedCountry: typeof isSupportedCountry;
  readonly parsePhoneNumberFromString: typeof parsePhoneNumberFromString;
  readonly validatePhoneNumberLength: typeof validatePhoneNumberLength;
}

// Imported with the module: what bundlers (the `module` build) and the sources use. The Node build
// takes libphonenumber.node.ts instead (package.json `imports`, tsup.base.ts).
const api: LibPhoneNumberApi = {
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
};

/** libphonenumber-js with its `max` metadata. */
export function libphonenumber(): LibPhoneNumberApi {
  return api;
}
