// The schemas whose rule is one regular expression shared with their JSON Schema (`pattern`): HttpUrl
// (core), Email and LanguageTag (contact). Regular expressions can backtrack; on 1 MB of adversarial
// text each must stay linear, in zod (V8) as ajv would run the same pattern.

import { Email, LanguageTag } from '@iom/contact';
import { HttpUrl } from '@iom/core';
import { expectLinearTime } from '@iom/test-kit';
import { describe, it } from 'vitest';
import type * as z from 'zod';

/** Text of `size` characters: `head`, then `unit` repeated, then `tail`, which makes the match fail at the very end. */
const text = (head: string, unit: string, tail: string) => (size: number) =>
  head + unit.repeat(Math.max(1, Math.floor((size - head.length - tail.length) / unit.length))) + tail;

const CASES: ReadonlyArray<readonly [string, z.ZodType, (size: number) => string]> = [
  ['HttpUrl: many host labels', HttpUrl, text('https://', 'a.', '!')],
  ['HttpUrl: labels of hyphens', HttpUrl, text('https://', 'a-', '-.org')],
  ['HttpUrl: one long label', HttpUrl, text('https://', 'a', '!')],
  ['HttpUrl: many path segments', HttpUrl, text('https://iom.int', '/a', ' ')],
  ['HttpUrl: percent runs', HttpUrl, text('https://iom.int/', '%2', 'z')],
  ['HttpUrl: query of slashes and question marks', HttpUrl, text('https://iom.int?', '/?', '#a#')],
  ['HttpUrl: IPv6 pieces', HttpUrl, text('https://[', '1:', ']')],
  ['HttpUrl: digits after a host', HttpUrl, text('https://1.2.3.4', '4', '/')],
  ['Email: dotted local part', Email, text('', 'a.', '@iom.int!')],
  ['Email: hyphens in the domain', Email, text('a@', 'a-', '.int!')],
  ['Email: labels', Email, text('a@', 'a.', '1')],
  ['LanguageTag: subtags', LanguageTag, text('en', '-abcde', '-')],
];

describe('single-pattern schemas stay linear', () => {
  for (const [name, schema, make] of CASES) {
    it(name, async () => {
      await expectLinearTime(name, { make, run: (input: string) => schema.safeParse(input) });
    });
  }
});
