import { PayloadKindRegistry, validate } from '@iom/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../src/fixtures/index.js';
import { hostileJson, hostileKey, mutate } from './hostile.js';
import { allKinds, loadEntries, schemasOf } from './modules.js';
import { undeclaredKeys } from './unknown-keys.js';

const entries = await loadEntries();
const schemas = schemasOf(entries);
const kinds = allKinds(entries);
const registry = new PayloadKindRegistry(kinds);

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const before = PROTOTYPES.map((proto) => Reflect.ownKeys(proto));

function safely<T>(run: () => T): T {
  // Any throw is a failure: the call promises a result for any input.
  return run();
}

describe('every exported schema', () => {
  it('finds schemas to test', () => {
    expect(schemas.length).toBeGreaterThan(10);
  });

  for (const [name, schema] of schemas) {
    it(`${name}: never throws on hostile JSON, and its output declares every key`, () => {
      fc.assert(
        fc.property(hostileJson, (input) => {
          const result = safely(() => schema.safeParse(input));
          if (result.success) expect(undeclaredKeys(schema, result.data)).toEqual([]);
          const issues = safely(() => validate(schema, input, 'fr'));
          expect(issues.success).toBe(result.success);
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('every payload kind', () => {
  it('finds payload kinds to test', () => {
    expect(kinds.length).toBeGreaterThan(0);
  });

  for (const kind of kinds) {
    it(`${kind.ref}: the registry never throws on hostile JSON`, () => {
      fc.assert(
        fc.property(
          hostileJson,
          fc.constantFrom('en', 'fr', 'es') as fc.Arbitrary<'en' | 'fr' | 'es'>,
          (input, locale) => {
            const result = safely(() => registry.validate(input, { kind: kind.ref, locale }));
            for (const issue of result.issues) {
              expect(typeof issue.code).toBe('string');
              expect(typeof issue.message).toBe('string');
              expect(Array.isArray(issue.path)).toBe(true);
            }
          },
        ),
        { numRuns: 150 },
      );
    });

    const fixtures = FIXTURES[kind.ref];
    if (fixtures === undefined) continue;
    it(`${kind.ref}: a valid payload with one hostile change never throws and never passes an unknown key`, () => {
      fc.assert(
        fc.property(
          fc.nat(1000),
          fc.nat(),
          hostileKey,
          hostileJson,
          fc.boolean(),
          (index, pick, key, value, replace) => {
            const input = mutate(fixtures.valid(index), pick, key, value, replace);
            const result = safely(() => kind.schema.safeParse(input));
            if (result.success) expect(undeclaredKeys(kind.schema, result.data)).toEqual([]);
            safely(() => registry.validate(input, { locale: 'es' }));
          },
        ),
        { numRuns: 300 },
      );
    });

    it(`${kind.ref}: an undeclared top-level key never reaches the result`, () => {
      const input = { ...fixtures.valid(1), undeclaredField: 'x' };
      const result = kind.schema.safeParse(input);
      expect(result.success && Object.hasOwn(result.data as object, 'undeclaredField')).toBe(false);
    });
  }
});

describe('no prototype pollution', () => {
  beforeAll(() => {
    expect(PROTOTYPES.map((proto) => Reflect.ownKeys(proto))).toEqual(before);
  });

  it('payloads with __proto__ and constructor keys leave the prototypes alone', () => {
    const polluting = [
      '{"__proto__":{"polluted":1}}',
      '{"constructor":{"prototype":{"polluted":1}}}',
      '{"person":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}}',
      '{"$kind":"iom.trafficking-case@1","exploitation":{"types":{"__proto__":"yes"}}}',
      '{"name":{"full":"x","__proto__":{"polluted":1}}}',
    ].map((text) => JSON.parse(text) as unknown);
    for (const input of polluting) {
      for (const [, schema] of schemas) schema.safeParse(input);
      for (const kind of kinds) registry.validate(input, { kind: kind.ref });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  afterAll(() => {
    // Runs after every test in this file: nothing above added a key to a built-in prototype.
    expect(PROTOTYPES.map((proto) => Reflect.ownKeys(proto))).toEqual(before);
  });
});
