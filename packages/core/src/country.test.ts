import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountryCode, countryAlpha3, isCountryCode, normalizeCountryCode } from './country.js';
import { countryName } from './country-name.js';
import { formatIssues } from './format-issues.js';

function issuesOf(input: unknown, locale: 'en' | 'fr' | 'es' = 'en') {
  const result = CountryCode.safeParse(input);
  return result.success ? [] : formatIssues(result.error, locale, { input });
}

describe('CountryCode', () => {
  it('accepts assigned alpha-2 codes in capitals', () => {
    for (const code of ['EC', 'PE', 'CO', 'CH', 'US']) expect(CountryCode.parse(code)).toBe(code);
  });

  it('names the capitalised code for a lowercase one', () => {
    expect(issuesOf('ec')).toEqual([
      { path: [], code: 'country_code_lowercase', message: 'Country codes are written in capitals: ec should be EC' },
    ]);
  });

  it('names the alpha-2 code for an alpha-3 one, in each locale', () => {
    expect(issuesOf('ECU', 'en')[0]?.message).toBe('ECU is an ISO 3166-1 alpha-3 code: use the alpha-2 code EC');
    expect(issuesOf('ECU', 'fr')[0]?.message).toBe(
      'ECU est un code ISO 3166-1 alpha-3\u00a0: utilisez le code alpha-2 EC',
    );
    expect(issuesOf('per', 'es')[0]).toMatchObject({
      code: 'country_code_alpha3',
      message: expect.stringContaining('PE'),
    });
  });

  it('rejects unassigned and malformed codes with distinct codes', () => {
    expect(issuesOf('ZZ')[0]?.code).toBe('country_code_unknown');
    expect(issuesOf('XK')[0]?.code).toBe('country_code_unknown');
    expect(issuesOf('Ecuador')[0]?.code).toBe('country_code_format');
    expect(issuesOf(42)[0]).toMatchObject({ code: 'invalid_type', message: 'Expected text, received a number' });
  });

  it('never echoes free text in a message', () => {
    const secret = 'Maria Perez, Quito';
    for (const issue of issuesOf(secret)) expect(issue.message).not.toContain('Maria');
  });

  it('agrees with isCountryCode on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), (value) => {
        expect(CountryCode.safeParse(value).success).toBe(isCountryCode(value));
      }),
    );
  });
});

describe('normalizeCountryCode', () => {
  it('reports every change it makes', () => {
    expect(normalizeCountryCode(' ecu ')).toEqual({
      value: 'EC',
      issues: [{ path: [], code: 'country_code_normalized', message: 'Read the country code ecu as EC' }],
    });
    expect(normalizeCountryCode('EC')).toEqual({ value: 'EC', issues: [] });
  });

  it('gives no value and the schema issue for what it cannot read', () => {
    const reading = normalizeCountryCode('Atlantis', { locale: 'fr' });
    expect(reading.value).toBeUndefined();
    expect(reading.issues[0]?.code).toBe('country_code_format');
  });

  it('never throws and returns either a valid code or issues', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const reading = normalizeCountryCode(input);
        if (reading.value === undefined) expect(reading.issues.length).toBeGreaterThan(0);
        else expect(isCountryCode(reading.value)).toBe(true);
      }),
    );
  });
});

describe('countryName', () => {
  it('gives CLDR names in each locale', () => {
    expect(countryName('EC', 'fr')).toBe('Équateur');
    expect(countryName('PE', 'es')).toBe('Perú');
    expect(countryName('CO', 'fr')).toBe('Colombie');
    expect(countryName('CH', 'en')).toBe('Switzerland');
  });

  it('prefers UN short names where they differ, unless asked for CLDR', () => {
    expect(countryName('BO', 'en')).toBe('Bolivia (Plurinational State of)');
    expect(countryName('VE', 'es')).toBe('Venezuela (República Bolivariana de)');
    expect(countryName('VN', 'fr')).toBe('Viet Nam');
    expect(countryName('VN', 'en', { names: 'cldr' })).toBe('Vietnam');
  });

  it('reads lowercase and alpha-3 codes and never echoes an unknown one', () => {
    expect(countryName('ec', 'en')).toBe('Ecuador');
    expect(countryName('ECU', 'fr')).toBe('Équateur');
    expect(countryName('QQ', 'en')).toBeUndefined();
    expect(countryName('ZZZ', 'en')).toBeUndefined();
  });
});

describe('countryAlpha3', () => {
  it('maps assigned alpha-2 codes and refuses anything else', () => {
    expect(countryAlpha3('EC')).toBe('ECU');
    expect(countryAlpha3('PE')).toBe('PER');
    expect(countryAlpha3('ec')).toBeUndefined();
    expect(countryAlpha3('XK')).toBeUndefined();
  });
});
