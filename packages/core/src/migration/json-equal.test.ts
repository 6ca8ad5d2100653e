import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual } from './json-equal.js';

/** A canonical text: keys sorted at every level. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

describe('jsonEqual', () => {
  it('holds a value equal to its copy, keys in any order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonEqual(value, structuredClone(value))).toBe(true);
        expect(jsonEqual(value, JSON.parse(canonical(value)))).toBe(true);
      }),
    );
  });

  it('agrees with comparing canonical texts', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), (a, b) => {
        // -0 and 0 write the same JSON and are the same JSON value.
        expect(jsonEqual(a, b)).toBe(canonical(a) === canonical(b));
      }),
    );
  });

  it('tells lists from objects and null from objects', () => {
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual({ 0: 'a' }, ['a'])).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(jsonEqual([1, 2], [1, 2, 3])).toBe(false);
  });

  it('compares very deep values without overflowing the stack', () => {
    let a: unknown = 1;
    let b: unknown = 1;
    for (let depth = 0; depth < 100_000; depth += 1) {
      a = [a];
      b = [b];
    }
    expect(jsonEqual(a, b)).toBe(true);
  });
});
