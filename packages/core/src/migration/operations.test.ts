import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../issue.js';
import { jsonEqual } from './json-equal.js';
import {
  addField,
  customOperation,
  type MigrationOperation,
  mapCodes,
  removeField,
  renameField,
  unwrapField,
  wrapField,
} from './operations.js';
import type { MigrationRecorder } from './types.js';

interface Run {
  readonly value: unknown;
  readonly changes: { code: string; path: readonly PathSegment[] }[];
  readonly lost: (readonly PathSegment[])[];
}

/** Applies `operation` to a copy of `payload`, recording what it does. */
function run(operation: MigrationOperation, payload: unknown): Run {
  const changes: Run['changes'] = [];
  const lost: Run['lost'] = [];
  const recorder: MigrationRecorder = {
    changed: (code, path) => changes.push({ code, path }),
    dropped: (path) => lost.push(path),
  };
  return { value: operation.apply(structuredClone(payload), recorder), changes, lost };
}

const ABSENT = Symbol('absent');
type Leaf = unknown | typeof ABSENT;

/**
 * Payloads shaped by a field pattern: objects along the names (with other fields around, never named
 * in `avoid`), lists of up to three items at each `*`, and `leaf` at the end (left out when ABSENT).
 */
function shaped(
  segments: readonly string[],
  leaf: fc.Arbitrary<Leaf>,
  avoid: readonly string[],
): fc.Arbitrary<unknown> {
  if (segments.length === 0) return leaf;
  const [segment, ...rest] = segments as [string, ...string[]];
  const child = shaped(rest, leaf, avoid);
  if (segment === '*') return fc.array(child, { maxLength: 3 }).map((items) => items.filter((item) => item !== ABSENT));
  const noise = fc.dictionary(
    fc.string({ maxLength: 4 }).filter((key) => !avoid.includes(key) && key !== segment && key !== '__proto__'),
    fc.jsonValue({ maxDepth: 1 }),
    { maxKeys: 3 },
  );
  return fc.tuple(noise, child).map(([others, value]) => (value === ABSENT ? others : { ...others, [segment]: value }));
}

const anyLeaf = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(ABSENT));
const present = fc.jsonValue({ maxDepth: 2 });

/** Reads the value at `path`, or ABSENT. */
function at(payload: unknown, path: readonly PathSegment[]): unknown {
  let value: unknown = payload;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return ABSENT;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/**
 * The law every operation keeps: on payloads of the old version (`older`), the way up then the way
 * down gives the payload back unless a loss was recorded; on payloads of the new version (`newer`),
 * likewise the other way round. Every path recorded as lost holds a value in the payload it was read from.
 */
function holdsInvertibility(
  operation: MigrationOperation,
  older: fc.Arbitrary<unknown>,
  newer: fc.Arbitrary<unknown>,
  numRuns = 100,
) {
  const inverse = operation.inverse();
  fc.assert(
    fc.property(older, (payload) => {
      const up = run(operation, payload);
      const down = run(inverse, up.value);
      for (const path of up.lost) expect(at(payload, path)).not.toBe(ABSENT);
      if (up.lost.length === 0 && down.lost.length === 0) expect(jsonEqual(down.value, payload)).toBe(true);
    }),
    { numRuns },
  );
  fc.assert(
    fc.property(newer, (payload) => {
      const down = run(inverse, payload);
      const up = run(operation, down.value);
      for (const path of down.lost) expect(at(payload, path)).not.toBe(ABSENT);
      if (down.lost.length === 0 && up.lost.length === 0) expect(jsonEqual(up.value, payload)).toBe(true);
    }),
    { numRuns },
  );
}

describe('renameField', () => {
  const operation = renameField('quotes.*.speaker.name', 'fullName');

  it('renames the field in every object the pattern names, keeping the keys in order', () => {
    const { value, changes, lost } = run(operation, {
      quotes: [{ speaker: { name: 'A', role: 'R' } }, { speaker: { role: 'S' } }],
    });
    expect(JSON.stringify(value)).toBe('{"quotes":[{"speaker":{"fullName":"A","role":"R"}},{"speaker":{"role":"S"}}]}');
    expect(changes).toEqual([{ code: 'migration_renamed', path: ['quotes', 0, 'speaker', 'name'] }]);
    expect(lost).toEqual([]);
    expect(operation.inverse().summary).toBe('Renamed `quotes.*.speaker.fullName` to `quotes.*.speaker.name`.');
  });

  it('records the value it overwrites as lost', () => {
    const { value, lost } = run(renameField('a', 'b'), { a: 1, b: 2 });
    expect(value).toEqual({ b: 1 });
    expect(lost).toEqual([['b']]);
  });

  it('is undone by its inverse, keys in order too', () => {
    const older = shaped(['quotes', '*', 'speaker', 'name'], anyLeaf, ['fullName']);
    const newer = shaped(['quotes', '*', 'speaker', 'fullName'], anyLeaf, ['name']);
    holdsInvertibility(operation, older, newer);
    fc.assert(
      fc.property(older, (payload) => {
        const back = run(operation.inverse(), run(operation, payload).value).value;
        expect(JSON.stringify(back)).toBe(JSON.stringify(payload));
      }),
    );
  });

  it('refuses a pattern ending in * and a target that is not a name', () => {
    expect(() => renameField('topics.*', 'x')).toThrow(TypeError);
    expect(() => renameField('a', 'b.c')).toThrow(TypeError);
    expect(() => renameField('a', '*')).toThrow(TypeError);
  });
});

describe('addField and removeField', () => {
  it('adds a copy of the default where the field is missing', () => {
    const operation = addField('items.*.tags', []);
    const { value, changes } = run(operation, { items: [{}, { tags: ['x'] }, {}] });
    expect(value).toEqual({ items: [{ tags: [] }, { tags: ['x'] }, { tags: [] }] });
    const items = (value as { items: { tags: unknown[] }[] }).items;
    expect(items[0]?.tags).not.toBe(items[2]?.tags);
    expect(changes.map((change) => change.path)).toEqual([
      ['items', 0, 'tags'],
      ['items', 2, 'tags'],
    ]);
  });

  it('adds nothing for an optional field, whose way down drops any value', () => {
    const operation = addField('note');
    expect(run(operation, {}).value).toEqual({});
    expect(run(operation.inverse(), { note: 'n' })).toMatchObject({ value: {}, lost: [['note']] });
    expect(operation.summary).toBe('Added the optional field `note`.');
  });

  it('removes a field holding its default without loss, any other value with one', () => {
    const operation = removeField('status', 'open');
    expect(run(operation, { status: 'open' })).toMatchObject({
      value: {},
      lost: [],
      changes: [{ code: 'migration_removed', path: ['status'] }],
    });
    expect(run(operation, { status: 'closed' })).toMatchObject({ value: {}, lost: [['status']] });
    expect(run(removeField('status'), { status: 'open' }).lost).toEqual([['status']]);
    expect(run(operation.inverse(), {}).value).toEqual({ status: 'open' });
  });

  it('are each other’s inverse', () => {
    // Old payloads lack the added field; new ones have it (a field added with a default is required).
    const withDefault = addField('a.*.b', { d: [1] });
    holdsInvertibility(
      withDefault,
      shaped(['a', '*', 'b'], fc.constant(ABSENT), []),
      shaped(['a', '*', 'b'], fc.oneof(present, fc.constant({ d: [1] })), []),
    );
    const optional = addField('a.b');
    holdsInvertibility(optional, shaped(['a', 'b'], fc.constant(ABSENT), []), shaped(['a', 'b'], anyLeaf, []));
    // A field removed with a default was required in the old version.
    holdsInvertibility(
      removeField('x', 0),
      shaped(['x'], fc.oneof(present, fc.constant(0)), []),
      shaped(['x'], fc.constant(ABSENT), []),
    );
    holdsInvertibility(removeField('x'), shaped(['x'], anyLeaf, []), shaped(['x'], fc.constant(ABSENT), []));
  });
});

describe('mapCodes', () => {
  const operation = mapCodes('topics.*', { trafficking: 'counter_trafficking', health: 'migration_health' });

  it('writes the mapped codes anew and leaves the others', () => {
    const { value, changes } = run(operation, { topics: ['health', 'labour', 'trafficking'] });
    expect(value).toEqual({ topics: ['migration_health', 'labour', 'counter_trafficking'] });
    expect(changes).toEqual([
      { code: 'migration_code_mapped', path: ['topics', 0] },
      { code: 'migration_code_mapped', path: ['topics', 2] },
    ]);
    expect(run(mapCodes('kind', { a: 'b' }), { kind: 'a' }).value).toEqual({ kind: 'b' });
  });

  it('refuses mappings that cannot be undone', () => {
    expect(() => mapCodes('k', {})).toThrow(TypeError);
    expect(() => mapCodes('k', { a: 'a' })).toThrow(TypeError);
    expect(() => mapCodes('k', { a: 'c', b: 'c' })).toThrow(TypeError);
  });

  it('is undone by its inverse on payloads of each version, swaps included', () => {
    const codes = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    fc.assert(
      fc.property(
        fc
          .uniqueArray(codes, { minLength: 2, maxLength: 6 })
          .chain((all) =>
            fc.tuple(fc.constant(all), fc.shuffledSubarray(all, { minLength: 1, maxLength: all.length })),
          ),
        fc.infiniteStream(fc.nat()),
        ([all, from], picks) => {
          // A bijection from `from` onto other codes of `all` or new ones: some rotations, some renames.
          const pool = [...all.filter((code) => !from.includes(code)), 'n1', 'n2', 'n3', 'n4', 'n5', 'n6'];
          const rotate = picks.next().value % 2 === 0;
          const mapping = Object.fromEntries(
            from.map((code, index) => [
              code,
              rotate && from.length > 1 ? (from[(index + 1) % from.length] as string) : (pool[index] as string),
            ]),
          );
          const oldCodes = all.filter((code) => from.includes(code) || !Object.values(mapping).includes(code));
          const newCodes = [...new Set(all.map((code) => mapping[code] ?? code))];
          const leafOf = (list: string[]) => fc.array(fc.constantFrom(...list), { maxLength: 4 });
          holdsInvertibility(
            mapCodes('topics.*', mapping),
            shaped(['topics'], leafOf(oldCodes), []),
            shaped(['topics'], leafOf(newCodes), []),
            20,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('wrapField and unwrapField', () => {
  it('put a value in a list of one and take it out', () => {
    expect(run(wrapField('contact'), { contact: { name: 'A' } }).value).toEqual({ contact: [{ name: 'A' }] });
    expect(run(unwrapField('contact'), { contact: [{ name: 'A' }] }).value).toEqual({ contact: { name: 'A' } });
    expect(run(wrapField('contact'), {}).value).toEqual({});
  });

  it('record the items a single value has no place for, and an empty list', () => {
    expect(run(unwrapField('c'), { c: [1, 2, 3] })).toMatchObject({
      value: { c: 1 },
      lost: [
        ['c', 1],
        ['c', 2],
      ],
    });
    expect(run(unwrapField('c'), { c: [] })).toMatchObject({ value: {}, lost: [['c']] });
    expect(run(unwrapField('c'), { c: 'not a list' })).toMatchObject({ value: { c: 'not a list' }, lost: [] });
  });

  it('are each other’s inverse', () => {
    holdsInvertibility(
      wrapField('a.*.c'),
      shaped(['a', '*', 'c'], anyLeaf, []),
      shaped(['a', '*', 'c'], fc.oneof(fc.array(present, { maxLength: 3 }), fc.constant(ABSENT)), []),
    );
  });
});

describe('customOperation', () => {
  const upper = customOperation({
    field: 'code',
    summary: 'Codes written in capitals.',
    up(payload, recorder) {
      const record = payload as { code?: string; legacy?: unknown };
      if (record.code !== undefined) {
        record.code = record.code.toUpperCase();
        recorder.changed('migration_converted', ['code'], { step: 'capitals' });
      }
      if (record.legacy !== undefined) {
        delete record.legacy;
        recorder.dropped(['legacy']);
      }
    },
    down: (payload) => ({ ...(payload as object), lowered: true }),
    lossy: { up: true, down: false },
  });

  it('runs the hand-written ways, each with its declared lossiness', () => {
    expect(upper.mayLose).toBe(true);
    expect(upper.inverse().mayLose).toBe(false);
    expect(run(upper, { code: 'ab', legacy: 1 })).toMatchObject({
      value: { code: 'AB' },
      lost: [['legacy']],
      changes: [{ code: 'migration_converted', path: ['code'] }],
    });
    // A way may return a new payload.
    expect(run(upper.inverse(), { code: 'AB' }).value).toEqual({ code: 'AB', lowered: true });
    expect(upper.inverse().inverse().summary).toBe('Codes written in capitals.');
  });
});

describe('operation summaries', () => {
  it('say what each operation does, for changelogs', () => {
    const summaries = [
      addField('a', { b: 1 }),
      removeField('a'),
      removeField('a', 0),
      wrapField('a'),
      unwrapField('a'),
      mapCodes('a', { x: 'y' }),
    ].map((operation) => operation.summary);
    expect(summaries).toEqual([
      'Added `a`, `{"b":1}` when a payload has none.',
      'Removed `a`: its values are lost.',
      'Removed `a`: a value other than `0` is lost; the way back writes `0`.',
      '`a` became a list; a payload’s value is its one item.',
      '`a` became a single value: the first item of its list; other items are lost.',
      'Codes of `a` written anew: `x` → `y`.',
    ]);
  });
});
