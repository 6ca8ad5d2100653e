import { formatIssues } from '@iom/core';
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
