import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssues } from './format-issues.js';
import { subdivisionCodes } from './iso3166.js';
import { toJsonSchema } from './json-schema.js';
import { PostalAddress, PostalAddressShape } from './postal-address.js';
import { validate } from './validate.js';

// The assertions of @iom/contact's address tests, kept as they were when the address moved here.
describe('PostalAddress', () => {
  it('accepts an address with a subdivision of its country', () => {
    expect(PostalAddress.safeParse({ country: 'EC', locality: 'Quito', subdivision: 'EC-P' }).success).toBe(true);
  });

  it('rejects a subdivision of another country, with a localized message', () => {
    const result = PostalAddress.safeParse({ country: 'PE', subdivision: 'EC-P' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(formatIssues(result.error, 'es')).toEqual([
        {
          path: ['subdivision'],
          code: 'address_subdivision_country',
          message: 'La subdivisión EC-P no está en el país PE',
        },
      ]);
    }
  });

  it('rejects a lowercase country code (CountryCode)', () => {
    const result = PostalAddress.safeParse({ country: 'ec' });
    expect(result.success).toBe(false);
    if (!result.success) expect(formatIssues(result.error, 'en')[0]?.code).toBe('country_code_lowercase');
  });

  it('needs a country, and refuses text that is only spaces', () => {
    expect(validate(PostalAddress, { locality: 'Quito' }, 'en').issues.map((issue) => issue.path)).toEqual([
      ['country'],
    ]);
    const blank = validate(PostalAddress, { country: 'EC', streetLines: ['Av. 6 de Diciembre', ' '], poBox: '\t' });
    expect(blank.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['streetLines', 1], 'too_small'],
      [['poBox'], 'too_small'],
    ]);
  });

  it('judges only valid codes, so that its message names codes, never free text', () => {
    const issues = validate(PostalAddress, { country: 'PE', subdivision: 'Pichincha' }, 'fr').issues;
    expect(issues.map((issue) => issue.code)).toEqual(['subdivision_code_format']);
    const written = validate(PostalAddress, { country: 'Calle Falsa 123', subdivision: 'EC-P' }, 'en').issues;
    expect(written.map((issue) => issue.code)).toEqual(['country_code_format']);
    expect(JSON.stringify(written)).not.toContain('Falsa');
  });

  it('has a shape without the rule, for apps that extend it', () => {
    const Extended = PostalAddressShape.extend({ directions: PostalAddressShape.shape.locality });
    expect(Extended.safeParse({ country: 'PE', subdivision: 'EC-P', directions: 'x' }).success).toBe(true);
  });

  it('property: refuses exactly the subdivisions of another country, with one issue', () => {
    const all = [...subdivisionCodes()];
    const countries = [...new Set(all.map((code) => code.slice(0, 2)))];
    fc.assert(
      fc.property(fc.constantFrom(...countries), fc.constantFrom(...all), (country, subdivision) => {
        const result = validate(PostalAddress, { country, subdivision, locality: 'X' }, 'en');
        const own = subdivision.startsWith(`${country}-`);
        expect(result.success).toBe(own);
        if (!own)
          expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
            ['address_subdivision_country', ['subdivision']],
          ]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same verdict in its JSON Schema as its shape (the rule aside)', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const check = ajv.compile(toJsonSchema(PostalAddress));
    const text = fc.oneof(fc.constantFrom('', ' ', '\t', 'Quito', ' Lima '), fc.string({ maxLength: 6 }));
    const address = fc.record(
      {
        country: fc.constantFrom('EC', 'PE', 'ec', 'ECU', 'XX'),
        streetLines: fc.array(text, { maxLength: 3 }),
        poBox: text,
        locality: text,
        region: text,
        subdivision: fc.constantFrom('EC-P', 'PE-LIM', 'ec-p', 'EC-ZZZ', 'Pichincha'),
        postalCode: text,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(address, (input) => {
        expect(check(input)).toBe(PostalAddressShape.safeParse(input).success);
      }),
      { numRuns: 300 },
    );
  });
});
