import { kindField, toJsonSchema } from '@iom/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { contractBreaks } from './compatibility.js';

const shape = { $kind: kindField('iom.test', 1), name: z.string(), note: z.string().optional() };
const frozen = toJsonSchema(z.object(shape));
const { note: _note, ...withoutNote } = shape;

describe('contractBreaks', () => {
  it('passes an unchanged schema in every mode', () => {
    for (const mode of ['backward', 'forward', 'full'] as const)
      expect(contractBreaks(frozen, frozen, mode)).toEqual([]);
  });

  it('checks old payloads against the new schema in backward mode, and new payloads against the old in forward', () => {
    // A new required field: old payloads lack it (backward breaks); the old schema reads new payloads.
    const required = toJsonSchema(z.object({ ...shape, rank: z.number() }));
    expect(contractBreaks(frozen, required, 'backward').map((b) => b.direction)).toContain('backward');
    expect(contractBreaks(frozen, required, 'forward')).toEqual([]);
    expect(contractBreaks(frozen, required, 'full').map((b) => b.direction)).toEqual(
      expect.arrayContaining(['backward']),
    );
    // A required field dropped: the old schema refuses new payloads (forward breaks); old payloads pass.
    const { name: _name, ...rest } = shape;
    const dropped = toJsonSchema(z.object(rest));
    expect(contractBreaks(frozen, dropped, 'backward')).toEqual([]);
    expect(contractBreaks(frozen, dropped, 'forward').map((b) => b.direction)).toContain('forward');
  });

  it('lets an optional field come and go on an open object in full mode', () => {
    expect(contractBreaks(frozen, toJsonSchema(z.object(withoutNote)), 'full')).toEqual([]);
    expect(contractBreaks(frozen, toJsonSchema(z.object({ ...shape, extra: z.boolean().optional() })), 'full')).toEqual(
      [],
    );
  });
});
