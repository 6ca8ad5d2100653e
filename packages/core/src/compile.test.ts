import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { compiledSchema } from './compile.js';
import { CountryCode } from './country.js';
import { IsoDate } from './date.js';
import { definePayloadKind } from './payload-kind.js';

const Visit = z.strictObject({
  country: CountryCode,
  on: IsoDate,
  nights: z.number().int().min(1).optional(),
  tags: z.array(z.string().min(1)).max(3),
});

describe('compiledSchema', () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('gives the same verdicts, issues and output as the schema', () => {
    const fast = compiledSchema(Visit);
    expect(fast).not.toBe(Visit);
    const inputs: unknown[] = [
      { country: 'EC', on: '2024-02-29', tags: ['a'] },
      { country: 'EC', on: '2024-02-29', nights: 2, tags: [] },
      { country: 'ecu', on: '2023-02-30', nights: 0, tags: ['', 'b', 'c', 'd'] },
      { country: 'EC', on: '2024-01-01', tags: [], extra: true },
      null,
      [],
    ];
    for (const input of inputs) {
      const a = fast.safeParse(input);
      const b = Visit.safeParse(input);
      expect(a.success).toBe(b.success);
      expect(a.data).toEqual(b.data);
      expect(a.error?.issues).toEqual(b.error?.issues);
    }
  });

  it('compiles once per schema, and takes a payload kind', () => {
    const kind = definePayloadKind({
      id: 'iom.test-visit',
      version: 1,
      title: { en: 'Visit', fr: 'Visite', es: 'Visita' },
      schema: Visit,
    });
    expect(compiledSchema(kind)).toBe(compiledSchema(Visit));
  });

  it('generates no code in jitless mode (strict-CSP pages), and leaves the schema passed in alone', () => {
    const Other = z.object({ a: z.string() });
    const ownSafeParse = Object.hasOwn(Other, 'safeParse');
    z.config({ jitless: true });
    const copy = compiledSchema(Other);
    expect(copy).not.toBe(Other);
    expect(Object.hasOwn(Other, 'safeParse')).toBe(ownSafeParse);
    expect(copy.safeParse({ a: 1 }).error?.issues).toEqual(Other.safeParse({ a: 1 }).error?.issues);
    expect(copy.safeParse({ a: 'x' })).toEqual(Other.safeParse({ a: 'x' }));
  });

  it('leaves a schema zod cannot compile alone too (a recursive one)', () => {
    const Tree: z.ZodType<{ children: unknown[] }> = z.object({ children: z.array(z.lazy(() => Tree)) });
    const copy = compiledSchema(Tree);
    expect(copy).not.toBe(Tree);
    const input = { children: [{ children: [{ children: 'x' }] }] };
    expect(copy.safeParse(input).error?.issues).toEqual(Tree.safeParse(input).error?.issues);
  });

  it('returns a failing result whose error is built on first read (see safe-parse.ts)', () => {
    const result = compiledSchema(Visit).safeParse({ country: 'ecu' });
    expect(Object.keys(result)).toEqual(['success', 'error']);
    expect(Object.getOwnPropertyDescriptor(result, 'error')?.get).toBeTypeOf('function');
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['country', 'on', 'tags']);
  });
});
