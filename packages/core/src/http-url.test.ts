import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatIssues } from './format-issues.js';
import { HTTP_URL_PATTERN, HttpUrl, isHttpUrl } from './http-url.js';
import { toJsonSchema } from './json-schema.js';

// As an app not written in TypeScript would run the JSON Schema: strict mode, standard formats.
const ajv = new Ajv2020({ strict: true });
addFormats.default(ajv);
const checkJson = ajv.compile(toJsonSchema(HttpUrl));
const zodSays = (value: unknown) => HttpUrl.safeParse(value).success;

/** Whether the WHATWG URL parser (browsers, Node's `URL`) reads `text` as an http or https URL. */
function whatwgReadsHttp(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol } = new URL(text);
  return protocol === 'http:' || protocol === 'https:';
}

/** Odd links and what HttpUrl says of each: the issue's 19 strings and more. */
const TABLE: ReadonlyArray<readonly [string, boolean]> = [
  ['https://www.iom.int', true],
  ['https://www.iom.int/', true],
  ['http://example.org/a/b?c=d&e=f#g', true],
  ['HTTPS://WWW.IOM.INT/NEWS', true],
  ['Http://x.org', true],
  ['https://www.oim.org.ec/drupal/es/OIM%20en%20Ecuador', true],
  ['https://x.org/r%C3%A9union', true],
  ['https://[2001:db8::1]/', true],
  ['https://[::1]:8443/x', true],
  ['https://[::ffff:192.0.2.1]/', true],
  ['https://[2001:DB8:0:0:8:800:200C:417A]', true],
  ['http://192.0.2.1:8080/', true],
  ['https://x.org:65535/', true],
  ['https://x.org:0/', true],
  ['https://localhost/', true],
  ['https://x.org/#', true],
  ['https://x.org?', true],
  ['https://x.org?q=1/2?3#frag/ment?', true],
  ['https://xn--bcher-kva.example/', true],
  ["https://x.org/a(b)!$&'*+,;=:@~_.-", true],
  ['https://a-b.c-d.org/', true],
  [`https://${'a'.repeat(63)}.org/`, true],
  // Scripts and other schemes.
  ['javascript:alert(1)', false],
  ['JavaScript://x.org/%0Aalert(1)', false],
  ['data:text/html,<script>alert(1)</script>', false],
  ['vbscript:msgbox(1)', false],
  ['CO:', false],
  ['x:', false],
  ['ftp://x.org/', false],
  ['mailto:a@b.org', false],
  ['httpx://x.org/', false],
  // Not absolute, or no host.
  ['https://', false],
  ['https:///x.org', false],
  ['https:x.org', false],
  ['//x.org/a', false],
  ['/a/b', false],
  ['', false],
  // Spaces and characters RFC 3986 does not allow.
  [' https://x.org', false],
  ['https://x.org ', false],
  ['http://x.org\n', false],
  ['https://x.org/a b', false],
  ['https://x.org/<script>', false],
  ['https://x.org/a"b', false],
  ['https://x.org\\@evil.example', false],
  ['https://x.org/a#b#c', false],
  ['https://x.org/\u0000', false],
  // Percent-encoding.
  ['https://x.org/%zz', false],
  ['https://x.org/%2', false],
  ['https://x%2Eorg/', false],
  // Ports.
  ['https://x.org:99999/', false],
  ['https://x.org:65536/', false],
  ['https://x.org:/', false],
  ['https://x.org:080/', false],
  ['https://x.org:8a/', false],
  // User names and passwords.
  ['https://user:pass@x.org/', false],
  ['https://www.iom.int@evil.example/', false],
  // Non-ASCII (IRIs): refused, written percent-encoded or in xn-- form instead.
  ['https://iom.int/réunion', false],
  ['https://bücher.example/', false],
  ['https://x.org/?q=ñ', false],
  ['https://x.org/#é', false],
  // Hosts.
  ['https://[2001:db8::1', false],
  ['https://2001:db8::1/', false],
  ['https://[fe80::1%25eth0]/', false],
  ['https://[v1.x]/', false],
  ['https://[1:2:3:4:5:6:7:8:9]/', false],
  ['https://1.2.3.999/', false],
  ['https://01.2.3.4/', false],
  ['https://1.2.3.4a/', false],
  ['https://-x.org/', false],
  ['https://x-.org/', false],
  ['https://x..org/', false],
  ['https://x.org./', false],
  ['https://x_y.org/', false],
  [`https://${'a'.repeat(64)}.org/`, false],
];

describe('HttpUrl', () => {
  it('gives the expected verdict on each odd link, in zod and in ajv (strict, draft 2020-12)', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(25);
    for (const [text, expected] of TABLE) {
      expect([text, zodSays(text)]).toEqual([text, expected]);
      expect([text, checkJson(text)]).toEqual([text, expected]);
      expect([text, isHttpUrl(text)]).toEqual([text, expected]);
    }
  });

  it('takes only links that browsers read as http or https', () => {
    for (const [text, expected] of TABLE) if (expected) expect([text, whatwgReadsHttp(text)]).toEqual([text, true]);
  });

  it('refuses with http_url_invalid and a message in each locale that does not repeat the link', () => {
    const input = 'javascript:alert(document.cookie)';
    const result = HttpUrl.safeParse(input);
    if (result.success) throw new Error('expected a failure');
    for (const locale of ['en', 'fr', 'es'] as const) {
      const [issue, ...rest] = formatIssues(result.error, locale, { input });
      expect(rest).toEqual([]);
      expect(issue).toMatchObject({ path: [], code: 'http_url_invalid' });
      expect(issue?.message).toContain('http://');
      expect(issue?.message).not.toContain('cookie');
    }
    expect(formatIssues(HttpUrl.safeParse(42).error as z.ZodError, 'en')[0]?.code).toBe('invalid_type');
  });

  it('never changes the value it accepts', () => {
    expect(HttpUrl.parse('HTTPS://WWW.IOM.INT/a/../b')).toBe('HTTPS://WWW.IOM.INT/a/../b');
  });

  it('says the same in zod and in JSON Schema where it is nested and optional', () => {
    const Page = z.object({ url: HttpUrl.optional() });
    const check = ajv.compile(toJsonSchema(Page));
    for (const [text, expected] of TABLE) expect([text, check({ url: text })]).toEqual([text, expected]);
    expect(check({})).toBe(true);
  });

  it('is one regular expression shared by zod and the JSON Schema', () => {
    expect(toJsonSchema(HttpUrl)).toMatchObject({ type: 'string', format: 'uri', pattern: HTTP_URL_PATTERN });
    expect(isHttpUrl(undefined)).toBe(false);
    expect(isHttpUrl(['https://x.org'])).toBe(false);
  });
});

// Links built from parts, each part right most of the time and wrong in one of the ways links go
// wrong otherwise, so that generated strings are valid links and near-misses rather than noise.
const rightOrWrong = <T>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: right }, { weight: 1, arbitrary: wrong });
const hex = fc.constantFrom(...'0123456789abcdefABCDEF');
const h16 = fc.string({ unit: hex, minLength: 1, maxLength: 4 });
const octet = rightOrWrong(
  fc.nat(255).map(String),
  fc.oneof(
    fc.nat(999).map(String),
    fc.nat(99).map((n) => `0${n}`),
  ),
);
const ipv4 = rightOrWrong(
  fc.array(octet, { minLength: 4, maxLength: 4 }),
  fc.array(octet, { minLength: 1, maxLength: 6 }),
).map((parts) => parts.join('.'));
const ipv6 = fc
  .tuple(fc.array(h16, { maxLength: 8 }), fc.array(h16, { maxLength: 8 }), fc.boolean(), fc.option(ipv4))
  .map(([head, tail, compressed, v4]) => {
    const pieces = compressed ? `${head.join(':')}::${tail.join(':')}` : [...head, ...tail].join(':');
    return v4 === null ? pieces : `${pieces}:${v4}`;
  });
const labelChar = fc.constantFrom(...'abcxyzAZ0129');
const label = rightOrWrong(
  fc
    .tuple(
      fc.string({ unit: labelChar, minLength: 1, maxLength: 6 }),
      fc.option(fc.string({ unit: labelChar, minLength: 1, maxLength: 4 })),
    )
    .map(([head, tail]) => (tail === null ? head : `${head}-${tail}`)),
  fc.oneof(
    fc.string({ unit: fc.oneof(labelChar, fc.constantFrom('_', 'é', 'ü', '%', '%2E', ' ', '-', '*')), maxLength: 8 }),
    fc.constantFrom('xn--bcher-kva', 'a'.repeat(63), 'a'.repeat(64), '0x1f', '123', '1a', 'localhost', '-a', 'a-'),
  ),
);
const dnsName = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
const host = fc.oneof(
  { weight: 6, arbitrary: dnsName },
  { weight: 2, arbitrary: ipv4 },
  { weight: 2, arbitrary: ipv6.map((pieces) => `[${pieces}]`) },
  { weight: 1, arbitrary: fc.constantFrom('', '[', '[v1.x]', '[::1%25eth0]', 'iom.int@evil.example', '2001:db8::1') },
);
const port = rightOrWrong(
  fc.nat(65_535).map(String),
  fc.oneof(
    fc.integer({ min: 65_536, max: 999_999 }).map(String),
    fc.nat(999).map((n) => `0${n}`),
    fc.constantFrom('', '8a', '-1', ' 80', '٨٠'),
  ),
);
const pathChar = fc.constantFrom(..."azAZ09-._~!$&'()*+,;=:@", '%20', '%C3%A9', '%2f');
const oddChar = fc.constantFrom(
  ...'%\\<>"`{}|^[]#? ',
  '%z',
  '%zz',
  '%2',
  '\t',
  '\n',
  'é',
  '😀',
  '\u0000',
  '\u00a0',
  '\u2028',
  '\ud800',
);
const text = rightOrWrong(
  fc.string({ unit: pathChar, maxLength: 10 }),
  fc.string({ unit: fc.oneof(pathChar, oddChar), minLength: 1, maxLength: 10 }),
);
const scheme = rightOrWrong(
  fc.constantFrom('http', 'https', 'HTTP', 'HtTpS'),
  fc.constantFrom('ftp', 'javascript', 'JavaScript', 'data', 'vbscript', 'x', 'CO', '', 'http ', 'https+x', 'httpss'),
);
const separator = rightOrWrong(fc.constant('://'), fc.constantFrom(':', ':/', ':///', '//', ':\\\\', ': //'));
const userinfo = fc.constantFrom('user@', 'u:p@', '@', 'a%20b@', 'www.iom.int@');
const space = rightOrWrong(fc.constant(''), fc.constantFrom(' ', '\n', '\t', '\u00a0', '\ufeff', '\u3000'));

const linkLike = fc
  .record({
    lead: space,
    scheme,
    separator,
    userinfo: rightOrWrong(fc.constant(''), userinfo),
    host,
    port: fc.option(port, { freq: 3 }),
    path: fc.array(text, { maxLength: 3 }),
    query: fc.option(text, { freq: 3 }),
    fragment: fc.option(text, { freq: 3 }),
    trail: space,
  })
  .map(
    (link) =>
      `${link.lead}${link.scheme}${link.separator}${link.userinfo}${link.host}` +
      `${link.port === null ? '' : `:${link.port}`}${link.path.map((segment) => `/${segment}`).join('')}` +
      `${link.query === null ? '' : `?${link.query}`}${link.fragment === null ? '' : `#${link.fragment}`}${link.trail}`,
  );

describe('HttpUrl on generated links', () => {
  it('gives the same verdict in zod and in ajv on links built from parts', () => {
    fc.assert(
      fc.property(linkLike, (link) => {
        expect(checkJson(link)).toBe(zodSays(link));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same verdict in zod and in ajv on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.webUrl()), (value) => {
        expect(checkJson(value)).toBe(zodSays(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('takes only links that browsers read as http or https', () => {
    fc.assert(
      fc.property(linkLike, (link) => {
        if (zodSays(link)) expect(whatwgReadsHttp(link)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes every well-formed link built from right parts', () => {
    const name = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
    const top = fc.stringMatching(/^[a-z](?:[a-z0-9-]{0,6}[a-z0-9])?$/);
    const segment = fc.stringMatching(/^(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-F]{2}){0,8}$/);
    const wellFormed = fc
      .record({
        scheme: fc.constantFrom('http', 'https', 'HTTPS'),
        names: fc.array(name, { maxLength: 3 }),
        top,
        port: fc.option(fc.nat(65_535)),
        path: fc.array(segment, { maxLength: 4 }),
        query: fc.option(segment),
      })
      .map(
        (link) =>
          `${link.scheme}://${[...link.names, link.top].join('.')}${link.port === null ? '' : `:${link.port}`}` +
          `${link.path.map((part) => `/${part}`).join('')}${link.query === null ? '' : `?${link.query}`}`,
      );
    fc.assert(
      fc.property(wellFormed, (link) => {
        expect(zodSays(link)).toBe(true);
        expect(checkJson(link)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
