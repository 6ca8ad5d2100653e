import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { applyMutation, judge, type Mutation, mutation, payloads, strictAjv } from './differential.js';

const seed = { $kind: 'iom.x@1', name: 'Quito', tags: ['a', 'b'], place: { country: 'EC' } };

describe('applyMutation', () => {
  it('edits a text character by character and leaves the seed alone', () => {
    const edit: Mutation = { op: 'edit', pick: 1, edits: [{ how: 'insert', at: 0, text: ' ' }] };
    expect(applyMutation(seed, edit)).toEqual({ ...seed, name: ' Quito' });
    expect(seed.name).toBe('Quito');
  });

  it('deletes, replaces, copies and adds at the value picked', () => {
    expect(applyMutation(seed, { op: 'delete', pick: 3 })).toEqual({ ...seed, tags: ['b'] });
    expect(applyMutation(seed, { op: 'replace', pick: 1, value: 42 })).toEqual({ ...seed, name: 42 });
    expect(applyMutation(seed, { op: 'swap', pick: 1, other: 6 })).toEqual({ ...seed, name: 'EC' });
    expect(applyMutation(seed, { op: 'add', pick: 5, key: 'x', value: null })).toEqual({
      ...seed,
      place: { country: 'EC', x: null },
    });
  });

  it('never changes the seeds or the values fast-check made', () => {
    const frozen = structuredClone(seed);
    fc.assert(
      fc.property(payloads([seed], 'iom.x@1'), fc.array(mutation, { maxLength: 3 }), (payload, more) => {
        for (const m of more) applyMutation(payload, m);
        expect(seed).toEqual(frozen);
      }),
      { numRuns: 300 },
    );
  });
});

describe('judge', () => {
  const Schema = z
    .object({ name: z.string().min(2) })
    .refine((value) => value.name !== 'no', { params: { code: 'not_no' } });
  const json = strictAjv().compile({
    type: 'object',
    properties: { name: { type: 'string', minLength: 2 } },
    required: ['name'],
  });

  it('tells agreement, the documented zod-only rules and disagreements apart', () => {
    expect(judge(Schema, json, { name: 'Quito' }, new Set()).outcome).toBe('agree');
    expect(judge(Schema, json, { name: 'Q' }, new Set()).outcome).toBe('agree');
    expect(judge(Schema, json, { name: 'no' }, new Set(['not_no'])).outcome).toBe('zod-only');
    const disagreement = judge(Schema, json, { name: 'no' }, new Set());
    expect(disagreement).toMatchObject({ outcome: 'disagree', report: 'zod invalid (:not_no), ajv valid' });
  });

  it('never puts a value in its report', () => {
    expect(judge(Schema, json, { name: 'X' }, new Set()).report).not.toContain('X');
  });
});

describe('strictAjv', () => {
  it('refuses formats JSON Schema does not define', () => {
    expect(() => strictAjv().compile({ type: 'string', format: 'e164' })).toThrow(/unknown format/);
    expect(strictAjv().compile({ type: 'string', format: 'email' })('a@b.org')).toBe(true);
  });
});
