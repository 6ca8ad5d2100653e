import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
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

  it('generates no code in jitless mode (strict-CSP pages)', () => {
    const Other = z.object({ a: z.string() });
    z.config({ jitless: true });
    expect(compiledSchema(Other)).toBe(Other);
  });
});
