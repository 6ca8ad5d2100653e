import { formatIssues, toJsonSchema } from '@iom/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Email, emailKey } from './email.js';
import { extractEmails } from './email-extract.js';

describe('Email', () => {
  it.each(['nzelisko@iom.org.ec', 'user+tag@iom.int', 'A.B@IOM.INT', "o'neil@iom.int"])('accepts %s', (address) => {
    expect(Email.safeParse(address).success).toBe(true);
  });

  it.each([
    'a@b',
    'a..b@iom.int',
    'ñ@iom.int',
    '"quoted"@iom.int',
    'mailto:a@iom.int',
    ' a@iom.int',
    'a@iom.int.',
    'nzelisko5@io--.int',
    'a@-iom.int',
    `a@${'b'.repeat(64)}.int`,
  ])('rejects %s', (address) => {
    expect(Email.safeParse(address).success).toBe(false);
  });

  it('gives a localized message', () => {
    const result = Email.safeParse('a@b');
    expect(result.success).toBe(false);
    if (!result.success) expect(formatIssues(result.error, 'fr')[0]?.code).toBe('invalid_format');
  });

  it('gives the same verdict in its JSON Schema (format email and the pattern), as ajv runs it', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const check = ajv.compile(toJsonSchema(Email));
    expect(toJsonSchema(Email)).toMatchObject({ format: 'email' });
    const odd = fc.constantFrom('é', ' ', '@', '_', '.', "'", '+');
    const local = fc.string({
      unit: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...'aZ09-._+') }, odd),
      minLength: 1,
      maxLength: 8,
    });
    const label = fc.string({
      unit: fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...'aZ09-') }, odd),
      maxLength: 8,
    });
    const addressLike = fc
      .tuple(
        local,
        fc.array(label, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('int', 'org', 'a', 'xn--p1ai', 'i-t', '1t'),
      )
      .map(([name, labels, top]) => `${name}@${[...labels, top].join('.')}`);
    fc.assert(
      fc.property(fc.oneof(addressLike, fc.emailAddress(), fc.string()), (address) => {
        expect(check(address)).toBe(Email.safeParse(address).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('compares addresses without case', () => {
    expect(emailKey('NZelisko@IOM.org.ec')).toBe(emailKey('nzelisko@iom.org.ec'));
  });
});

describe('extractEmails', () => {
  it('reads the broken mailto markup of the Ecuador release once', () => {
    expect(extractEmails('E-mail :\n"mailto:nzelisko@iom.org.ec">nzelisko@iom.org.ec')).toEqual([
      'nzelisko@iom.org.ec',
    ]);
  });

  it.each([
    ['jdupont@iom.int">jdupont@iom.int', ['jdupont@iom.int']],
    ['Write to jdupont@iom.int.', ['jdupont@iom.int']],
    ['<a href="mailto:jdupont@iom.int?subject=Press">', ['jdupont@iom.int']],
    ['&lt;a href=&quot;mailto:jdupont&#64;iom.int&quot;&gt;jdupont&#x40;iom.int&lt;/a&gt;', ['jdupont@iom.int']],
    ['jdupont&commat;iom&period;int', ['jdupont@iom.int']],
    ['jdupont [at] iom.int', ['jdupont@iom.int']],
    ['jdupont(at)iom(dot)int', ['jdupont@iom.int']],
    ['prensa (arroba) oim.org.pe', ['prensa@oim.org.pe']],
    ['presse [arobase] iom.int', ['presse@iom.int']],
    ['JDupont@IOM.int, jdupont@iom.int and mmartin@iom.int', ['JDupont@IOM.int', 'mmartin@iom.int']],
    ['a@b, @iom.int, x@, user@localhost, 1@2.3', []],
    ['"mailto:a..b@iom.int">', []],
  ])('%s', (text, expected) => {
    expect(extractEmails(text)).toEqual(expected);
  });

  it('keeps every address found valid for the Email schema in common cases', () => {
    for (const address of extractEmails(
      'Contact: nzelisko@iom.org.ec; J.Dupont@iom.int; "mailto:x-y@un.org">x-y@un.org',
    )) {
      expect(Email.safeParse(address).success).toBe(true);
    }
  });
});
