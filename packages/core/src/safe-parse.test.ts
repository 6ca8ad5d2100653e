import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CountryCode } from './country.js';
import { IsoDate } from './date.js';
import { leanSafeParse } from './safe-parse.js';

const Visit = z.strictObject({
  country: CountryCode,
  on: IsoDate,
  nights: z.number().int().min(1).optional(),
  tags: z.array(z.string().trim().min(1)).max(3),
  guide: z.object({ name: z.string().min(1), phone: z.string().regex(/^\+\d+$/) }).optional(),
});

const visitish = fc.record(
  {
    country: fc.oneof(fc.constantFrom('EC', 'ecu', 'ZZ', 'PE'), fc.anything()),
    on: fc.oneof(fc.constantFrom('2024-02-29', '2023-02-29', '2024-13-01'), fc.anything()),
    nights: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.double(), fc.string()),
    tags: fc.oneof(fc.array(fc.string({ maxLength: 3 }), { maxLength: 5 }), fc.anything()),
    guide: fc.oneof(
      fc.record({ name: fc.string({ maxLength: 2 }), phone: fc.constantFrom('+593', 'x') }),
      fc.anything(),
    ),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('leanSafeParse', () => {
  it('returns what zod’s safeParse returns, on any input', () => {
    fc.assert(
      fc.property(fc.oneof(visitish, fc.anything()), (input) => {
        const lean = leanSafeParse(Visit, input);
        const zod = Visit.safeParse(input);
        expect(lean.success).toBe(zod.success);
        expect(Object.keys(lean)).toEqual(Object.keys(zod));
        if (zod.success) {
          expect(lean.data).toEqual(zod.data);
        } else {
          expect(lean.error).toBeInstanceOf(z.ZodError);
          expect(lean.error).toBeInstanceOf(Error);
          expect(lean.error?.issues).toEqual(zod.error.issues);
          expect(lean.error?.message).toBe(zod.error.message);
          expect(lean.data).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('builds the error once, on first read, and takes a replacement as zod does', () => {
    const result = leanSafeParse(Visit, { country: 'ecu' });
    expect(result.success).toBe(false);
    const first = result.error;
    expect(result.error).toBe(first);
    const replacement = new z.ZodError([]);
    (result as { error: z.ZodError }).error = replacement;
    expect(result.error).toBe(replacement);
  });

  it('spreads and serializes like zod’s result, without its private state', () => {
    const lean = leanSafeParse(Visit, { country: 'ecu' });
    const zod = Visit.safeParse({ country: 'ecu' });
    expect(Object.getOwnPropertySymbols({ ...lean })).toEqual([]);
    expect({ ...lean }).toEqual({ ...zod });
    expect(JSON.stringify(lean)).toBe(JSON.stringify(zod));
  });

  it('passes the parse params on: a per-parse error map and reportInput', () => {
    const params = { error: () => 'nope', reportInput: true } as const;
    const lean = leanSafeParse(z.object({ a: z.number() }), { a: 'x' }, params);
    const zod = z.object({ a: z.number() }).safeParse({ a: 'x' }, params);
    expect(lean.error?.issues).toEqual(zod.error?.issues);
    expect(lean.error?.issues[0]).toMatchObject({ message: 'nope', input: 'x' });
  });

  it('throws zod’s async error for an async check, as safeParse does', () => {
    const Slow = z.string().refine(async () => true);
    expect(() => Slow.safeParse('a')).toThrow(z.core.$ZodAsyncError);
    expect(() => leanSafeParse(Slow, 'a')).toThrow(z.core.$ZodAsyncError);
  });
});
