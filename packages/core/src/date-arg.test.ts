import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateArg } from './date-arg.js';
import { formatDate } from './format-date.js';

describe('dateArg', () => {
  it('writes a date out in every locale, as formatDate’s long style does', () => {
    expect(dateArg('2024-01-01')).toEqual({ en: '1 January 2024', fr: '1 janvier 2024', es: '1 de enero de 2024' });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
        (when) => {
          const date = when.toISOString().slice(0, 10);
          const arg = dateArg(date);
          for (const locale of ['en', 'fr', 'es'] as const) expect(arg[locale]).toBe(formatDate(date, locale, 'long'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives a value that is not a real day as written, never a throw', () => {
    expect(dateArg('2023-02-30')).toEqual({ en: '2023-02-30', fr: '2023-02-30', es: '2023-02-30' });
    expect(dateArg('x').es).toBe('x');
  });
});
