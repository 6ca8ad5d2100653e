import { formatIssues, toJsonSchema } from '@iom/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartialDate, Source } from './source.js';

describe('PartialDate', () => {
  it('takes a year, a month or a real day', () => {
    for (const value of ['2024', '2024-05', '2024-02-29', '2023-12-31'])
      expect(PartialDate.safeParse(value).success).toBe(true);
  });

  it('rejects a day its month does not have, in the caller’s language', () => {
    const { error } = PartialDate.safeParse('2023-02-30');
    if (error === undefined) throw new Error('2023-02-30 should fail');
    expect(formatIssues(error, 'es')).toEqual([
      { path: [], code: 'org_date_not_real', message: 'Fecha de calendario inexistente: el mes no tiene ese día' },
    ]);
    expect(PartialDate.safeParse('2023-04-31').success).toBe(false);
    expect(PartialDate.safeParse('2023-13').success).toBe(false);
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
});

describe('Source', () => {
  it('takes only absolute http and https links, with http_url_invalid in the caller’s language', () => {
    expect(Source.safeParse({ url: 'https://www.iom.int/iom-organizational-structure' }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'CO:', 'x:', ' https://www.iom.int']) {
      const { error } = Source.safeParse({ url });
      if (error === undefined) throw new Error(`${url} should fail`);
      expect(formatIssues(error, 'fr').map((issue) => [issue.code, issue.path])).toEqual([
        ['http_url_invalid', ['url']],
      ]);
    }
  });
});
