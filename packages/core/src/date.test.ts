import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIsoDates, datePart, IsoDate, IsoDateTime, isIsoDate } from './date.js';
import { formatIssues } from './format-issues.js';

describe('IsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2023-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2023-02-30').success).toBe(false);
    expect(IsoDate.safeParse('2023-13-01').success).toBe(false);
    expect(IsoDate.safeParse('2023-2-1').success).toBe(false);
  });

  it('explains the failure in the caller’s locale', () => {
    const result = IsoDate.safeParse('2023-02-30');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(formatIssues(result.error, 'fr')).toEqual([
        {
          path: [],
          code: 'invalid_format',
          message: 'Date non valide\u00a0: une date réelle écrite AAAA-MM-JJ est attendue',
        },
      ]);
    }
  });

  it('agrees with the calendar on every generated date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const date = new Date(Date.UTC(y, m - 1, d));
          const real = date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          expect(isIsoDate(text)).toBe(real);
        },
      ),
    );
  });
});

describe('isIsoDate', () => {
  it('gives the same answer as IsoDate.safeParse, on date-like and on any text', () => {
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9'), minLength: n, maxLength: n });
    const dateLike = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
    fc.assert(
      fc.property(
        fc.oneof(dateLike, fc.string(), fc.constantFrom('0000-02-29', '1900-02-29', '2000-02-29', '2024-13-01')),
        (text) => {
          expect(isIsoDate(text)).toBe(IsoDate.safeParse(text).success);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('IsoDateTime', () => {
  it('requires an offset and a real date', () => {
    expect(IsoDateTime.safeParse('2024-05-14T09:30:00Z').success).toBe(true);
    expect(IsoDateTime.safeParse('2024-05-14T09:30:00-05:00').success).toBe(true);
    expect(IsoDateTime.safeParse('2024-05-14T09:30:00').success).toBe(false);
    expect(IsoDateTime.safeParse('2023-02-30T09:30:00Z').success).toBe(false);
  });
});

describe('date helpers', () => {
  it('reads the date part as written', () => {
    expect(datePart('2024-05-14T23:30:00-05:00')).toBe('2024-05-14');
    expect(compareIsoDates('2024-01-02', '2024-01-10')).toBeLessThan(0);
    expect(compareIsoDates('2024-01-10', '2024-01-10')).toBe(0);
  });
});
