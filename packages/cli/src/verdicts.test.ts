import { defineIssues, definePayloadKind, issueCheck, PayloadKindRegistry } from '@iom/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { noteKind } from '../test/fixture.js';
import { RecordValidator } from './verdicts.js';

const registry = new PayloadKindRegistry([noteKind]);

const payloads: unknown[] = [
  { $kind: 'test.note@1', title: 'Hello', count: 2 },
  { $kind: 'test.note@1', title: '', count: -1, email: 'x@@' },
  { title: 'no kind', count: 1 },
  { $kind: 'test.note@2', title: 'x', count: 1 },
  { $kind: 'test.other@1', title: 'x', count: 1 },
  { $kind: 'not a kind', title: 'x', count: 1 },
  { $kind: 3 },
  Object.assign(Object.create({ $kind: 'test.note@1' }), { title: 'inherited', count: 1 }),
  Object.assign(['array'], { $kind: 'test.note@1' }),
  null,
  'text',
  42,
  [],
  { $kind: 'test.note@1', title: 'Again', count: 3 },
  { $kind: 'test.note@1', title: 'x', count: 'many' },
];

describe('RecordValidator', () => {
  for (const locale of ['en', 'fr'] as const) {
    for (const kind of [undefined, 'test.note', 'test.note@1']) {
      it(`gives registry.validate's verdicts (${locale}, kind ${kind ?? 'from $kind'})`, () => {
        const validator = new RecordValidator(registry, locale, kind);
        for (const payload of payloads) {
          const expected = registry.validate(payload, kind === undefined ? { locale } : { locale, kind });
          const actual = validator.validate(payload);
          expect(actual.valid).toBe(expected.success);
          expect(actual.kind).toBe(expected.kind);
          expect(actual.kindJson).toBe(JSON.stringify(expected.kind?.ref ?? null));
          expect(actual.issues).toEqual(expected.issues);
        }
      });
    }
  }

  it('shares one verdict among the valid records of a kind', () => {
    const validator = new RecordValidator(registry, 'en');
    const first = validator.validate({ $kind: 'test.note@1', title: 'a', count: 1 });
    expect(validator.validate({ $kind: 'test.note@1', title: 'b', count: 2 })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('refuses a kind that is not registered', () => {
    expect(() => new RecordValidator(registry, 'en', 'test.other')).toThrow(/not registered/);
  });

  it('gives a schema’s whole-record rules in the caller’s locale, as the registry does', () => {
    const pairIssues = defineIssues({
      en: { pair_same: 'same (en)' },
      fr: { pair_same: 'same (fr)' },
      es: { pair_same: 'same (es)' },
    });
    const Pair = z.object({ left: z.string(), right: z.string() }).check(
      issueCheck((pair: { left: string; right: string }, sink) => {
        if (pair.left === pair.right) sink.addIssue(pairIssues.custom('pair_same', { path: ['right'] }));
      }),
    );
    const pairKind = definePayloadKind({
      id: 'test.pair',
      version: 1,
      title: { en: 'Pair', fr: 'Paire', es: 'Par' },
      schema: Pair,
    });
    const pairs = new PayloadKindRegistry([pairKind]);
    const validator = new RecordValidator(pairs, 'es', 'test.pair');
    for (const payload of [{ left: 'a', right: 'b' }, { left: 'a', right: 'a' }, { left: 'a' }]) {
      const expected = pairs.validate(payload, { locale: 'es', kind: 'test.pair' });
      const actual = validator.validate(payload);
      expect(actual.valid).toBe(expected.success);
      expect(actual.issues).toEqual(expected.issues);
    }
    expect(validator.validate({ left: 'a', right: 'a' }).issues).toEqual([
      { path: ['right'], code: 'pair_same', message: 'same (es)' },
    ]);
  });
});
