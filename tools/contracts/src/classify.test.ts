import { kindField, toJsonSchema } from '@iom/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { classify, type JsonSchema } from './classify.js';

const schema = (shape: z.ZodRawShape, strict = false): JsonSchema =>
  toJsonSchema(strict ? z.strictObject(shape) : z.object(shape));

const base = {
  $kind: kindField('iom.test', 1),
  name: z.string(),
  status: z.enum(['draft', 'live']),
  note: z.string().optional(),
  contact: z.string().optional(),
};
const v1 = schema(base);

/** The verdicts from `before` to `after`: whether each change keeps the payloads `before` accepted. */
const verdicts = (before: JsonSchema, after: JsonSchema) => [...new Set(classify(before, after).map((c) => c.verdict))];
const breaks = (before: JsonSchema, after: JsonSchema) => verdicts(before, after).includes('breaking');

// The research's table (zod 4 output, api-smart-diff 1.0.6), plus the cases the project's rules add.
describe('classify', () => {
  it('finds nothing between a schema and itself', () => {
    expect(classify(v1, v1)).toEqual([]);
  });

  it('keeps an added optional field compatible both ways on an open object', () => {
    const after = schema({ ...base, subtitle: z.string().optional() });
    expect(breaks(v1, after)).toBe(false);
    expect(breaks(after, v1)).toBe(false);
  });

  it('breaks on an added required field, or an optional one made required', () => {
    expect(breaks(v1, schema({ ...base, subtitle: z.string() }))).toBe(true);
    expect(breaks(v1, schema({ ...base, note: z.string() }))).toBe(true);
  });

  it('breaks on a narrowed enum, a changed type, a renamed field and a format added', () => {
    expect(breaks(v1, schema({ ...base, status: z.enum(['draft']) }))).toBe(true);
    expect(breaks(v1, schema({ ...base, name: z.number() }))).toBe(true);
    const { name: _name, ...rest } = base;
    expect(breaks(v1, schema({ ...rest, title: z.string() }))).toBe(true);
    expect(breaks(v1, schema({ ...base, contact: z.email().optional() }))).toBe(true);
  });

  it('breaks on a changed $kind literal, by the project’s rule', () => {
    const changes = classify(v1, schema({ ...base, $kind: kindField('iom.test', 2) }));
    expect(changes).toContainEqual(
      expect.objectContaining({
        pointer: '/properties/$kind/const',
        verdict: 'breaking',
        rule: 'kind-literal-changed',
      }),
    );
  });

  it('breaks on a property removed from a closed object, which the classifier calls compatible', () => {
    const closed = schema(base, true);
    const { note: _note, ...rest } = base;
    const changes = classify(closed, schema(rest, true));
    expect(changes).toEqual([
      expect.objectContaining({
        pointer: '/properties/note',
        verdict: 'breaking',
        rule: 'closed-object-property-removed',
      }),
    ]);
    // On an open object the property is simply ignored: compatible.
    expect(breaks(v1, schema(rest))).toBe(false);
  });

  it('breaks on an object that becomes closed, and on an added optional field read by a closed one', () => {
    expect(classify(v1, schema(base, true))).toContainEqual(expect.objectContaining({ rule: 'object-closed' }));
    const closed = schema(base, true);
    const more = schema({ ...base, subtitle: z.string().optional() }, true);
    expect(breaks(closed, more)).toBe(false);
    // Payloads written with the new field are refused by the closed old schema: breaking forward.
    expect(breaks(more, closed)).toBe(true);
  });

  it('breaks on an enum where there was a free string, which the classifier calls compatible', () => {
    const coded = schema({ ...base, name: z.enum(['a', 'b']) });
    expect(classify(v1, coded)).toContainEqual(
      expect.objectContaining({ pointer: '/properties/name/enum', verdict: 'breaking', rule: 'enum-introduced' }),
    );
    // The other way every value is taken: compatible, though the classifier says breaking item by item.
    expect(verdicts(coded, v1)).toEqual(['compatible']);
  });

  it('breaks on a required field removed, read the other way: forward', () => {
    const { name: _name, ...rest } = base;
    const fewer = schema(rest);
    expect(breaks(v1, fewer)).toBe(false);
    expect(breaks(fewer, v1)).toBe(true);
  });

  it('walks nested objects, lists and definitions', () => {
    const nested = (item: z.ZodType) => schema({ ...base, quotes: z.array(z.strictObject({ text: item })) });
    expect(breaks(nested(z.string()), nested(z.string().min(3)))).toBe(true);
    const before = { properties: { a: { items: { additionalProperties: false, properties: { x: {}, y: {} } } } } };
    const after = { properties: { a: { items: { additionalProperties: false, properties: { x: {} } } } } };
    expect(classify(before, after)).toContainEqual(
      expect.objectContaining({ pointer: '/properties/a/items/properties/y', rule: 'closed-object-property-removed' }),
    );
  });
});
