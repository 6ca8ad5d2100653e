import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from './json-schema.js';
import { comparePartialDates, fullYearsBetween, isPartialDate, PartialDate } from './partial-date.js';
import { validate } from './validate.js';

describe('partial dates', () => {
  it('accept a year, a month or a real day only', () => {
    expect(['2021', '2021-03', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2021-13', '2023-02-29', '21', '2021-3', '2021-03-09T00:00Z', ''].some(isPartialDate)).toBe(false);
  });

  it('are refused with one code, in every locale, whether malformed or not a real day', () => {
    for (const value of ['2021-13', '2023-02-30', '21', 2021]) {
      const result = validate(PartialDate, value, 'fr');
      expect(result.success).toBe(false);
      if (typeof value === 'string') expect(result.issues.map((issue) => issue.code)).toEqual(['partial_date_invalid']);
    }
    expect(validate(PartialDate, '2023-02-30', 'es').issues[0]?.message).toBe(
      'Fecha no válida: escriba un año (2021), un mes (2021-03) o un día (2021-03-09)',
    );
  });

  it('agree with the schema on any string', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const candidate = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.tuple(digits(4), digits(2)).map(([y, m]) => `${y}-${m}`),
      digits(4),
    );
    fc.assert(
      fc.property(candidate, (value) => {
        expect(PartialDate.safeParse(value).success).toBe(isPartialDate(value));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same verdict in its JSON Schema', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const check = ajv.compile(toJsonSchema(PartialDate));
    for (const value of [
      '2024',
      '2024-05',
      '2024-02-29',
      '2023-02-29',
      '2023-02-30',
      '2023-04-31',
      '2023-13',
      '20240',
      '',
    ])
      expect([value, check(value)]).toEqual([value, PartialDate.safeParse(value).success]);
    const digits = (length: number) =>
      fc.string({ unit: fc.constantFrom(...'0123459'), minLength: length, maxLength: length });
    const dateLike = fc.oneof(
      digits(4),
      fc.tuple(digits(4), digits(2)).map(([y, m]) => `${y}-${m}`),
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
    );
    fc.assert(
      fc.property(dateLike, (value) => {
        expect(check(value)).toBe(PartialDate.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('compare at the precision they share', () => {
    expect(comparePartialDates('2021', '2021-05')).toBe(0);
    expect(comparePartialDates('2020-12', '2021')).toBeLessThan(0);
    expect(comparePartialDates('2021-05-02', '2021-05-01')).toBeGreaterThan(0);
  });

  it('count whole years only when the precision decides it', () => {
    expect(fullYearsBetween('2000-06-15', '2020-06-14')).toBe(19);
    expect(fullYearsBetween('2000-06-15', '2020-06-15')).toBe(20);
    expect(fullYearsBetween('2000-06', '2020-07')).toBe(20);
    expect(fullYearsBetween('2000', '2020-07-01')).toBeUndefined();
  });
});
