import { formatIssues } from '@iom/core';
import { describe, expect, it } from 'vitest';
import { Source } from './source.js';

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
