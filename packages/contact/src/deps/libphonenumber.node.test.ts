import { describe, expect, it } from 'vitest';
import { libphonenumber as imported } from './libphonenumber.js';
import { libphonenumber as required } from './libphonenumber.node.js';

// The Node build loads libphonenumber-js with require() on first use: same metadata (max), same verdicts.
describe("the Node build's libphonenumber-js", () => {
  it('reads, validates and types numbers as the imported libphonenumber-js does', () => {
    for (const text of ['+593 2 244 4928', '+593 99 123 4567', '+593 2 444 928', '+41 22 717 91 11', '+999 1234']) {
      const a = imported().parsePhoneNumberFromString(text);
      const b = required().parsePhoneNumberFromString(text);
      expect(b?.number).toBe(a?.number);
      expect(b?.isValid()).toBe(a?.isValid());
      expect(b?.getType()).toBe(a?.getType());
      expect(required().validatePhoneNumberLength(text)).toBe(imported().validatePhoneNumberLength(text));
    }
    expect(required().getCountryCallingCode('EC')).toBe('593');
    expect(required().isSupportedCountry('EC')).toBe(true);
    expect(required()).toBe(required());
  });
});
