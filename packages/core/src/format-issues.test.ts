import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatIssues } from './format-issues.js';
import { LOCALES } from './locale.js';

const Person = z.strictObject({
  name: z.string().min(1),
  email: z.email(),
  age: z.int().min(0).max(130),
  tags: z.array(z.string()).max(2),
  role: z.enum(['staff', 'consultant']),
});

describe('formatIssues', () => {
  it('keeps zod’s codes and paths and writes its own messages', () => {
    const input = { name: '', email: 'nope', age: 200, tags: ['a', 'b', 'c'], role: 'boss', extra: 1 };
    const result = Person.safeParse(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(formatIssues(result.error, 'en', { input })).toEqual([
      { path: ['name'], code: 'too_small', message: 'Must not be empty' },
      { path: ['email'], code: 'invalid_format', message: 'Not a valid email address' },
      { path: ['age'], code: 'too_big', message: 'Must be at most 130' },
      { path: ['tags'], code: 'too_big', message: 'Must have at most 2 items' },
      { path: ['role'], code: 'invalid_value', message: 'Must be one of "staff" or "consultant"' },
      { path: [], code: 'unrecognized_keys', message: 'Unknown field: extra' },
    ]);
  });

  it('tells a missing value from a wrong one when given the input', () => {
    const input = { email: 3 };
    const result = Person.pick({ name: true, email: true }).safeParse(input);
    if (result.success) throw new Error('expected failure');
    expect(formatIssues(result.error, 'fr', { input })).toEqual([
      { path: ['name'], code: 'invalid_type', message: 'Obligatoire' },
      { path: ['email'], code: 'invalid_type', message: 'Attendu\u00a0: un texte, reçu\u00a0: un nombre' },
    ]);
    expect(formatIssues(result.error, 'es')[0]?.message).toBe('Se esperaba un texto');
  });

  it('never puts the value of a field in a message', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 12 }).filter((s) => /^[a-z]+$/i.test(s)),
        (secret) => {
          const input = { name: 5, email: `${secret}@`, age: secret, tags: [secret, secret, secret], role: secret };
          const result = Person.safeParse(input);
          if (result.success) return;
          for (const locale of LOCALES) {
            for (const issue of formatIssues(result.error, locale, { input }))
              expect(issue.message).not.toContain(secret);
          }
        },
      ),
    );
  });

  it('names unknown keys only when they look like field names', () => {
    const input = {
      name: 'a',
      email: 'a@b.org',
      age: 1,
      tags: [],
      role: 'staff',
      'Maria Perez lives in Quito': 1,
      extra: 2,
    };
    const result = Person.safeParse(input);
    if (result.success) throw new Error('expected failure');
    expect(formatIssues(result.error, 'en')).toEqual([
      { path: [], code: 'unrecognized_keys', message: 'Unknown fields: …, extra' },
    ]);
  });

  it('gives a message in every locale for every issue zod can raise here', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = Person.safeParse(input);
        if (result.success) return;
        for (const locale of LOCALES) {
          for (const issue of formatIssues(result.error, locale, { input })) {
            expect(issue.message.length).toBeGreaterThan(0);
            expect(issue.code.length).toBeGreaterThan(0);
          }
        }
      }),
    );
  });
});
