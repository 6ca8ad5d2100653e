import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CountryCode } from './country.js';
import { validate } from './validate.js';

describe('validate', () => {
  it('returns the data when valid', () => {
    expect(validate(CountryCode, 'EC')).toEqual({ success: true, data: 'EC', issues: [] });
  });

  it('returns localized issues when invalid, and does not change zod’s global config', () => {
    const result = validate(z.object({ country: CountryCode }), { country: 'ECU' }, 'es');
    expect(result.issues).toEqual([
      {
        path: ['country'],
        code: 'country_code_alpha3',
        message: 'ECU es un código ISO 3166-1 alfa-3: use el código alfa-2 EC',
      },
    ]);
    const plain = z.string().safeParse(1);
    expect(plain.success ? '' : plain.error.issues[0]?.message).toBe('Invalid input: expected string, received number');
  });
});
