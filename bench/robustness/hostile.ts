import fc from 'fast-check';

/** A JSON value before parsing: objects are key/value lists, so `__proto__` can be an own key after JSON.parse. */
export type JsonNode = null | boolean | number | string | JsonNode[] | { readonly entries: [string, JsonNode][] };

const SURROGATES = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

/** Strings that break naive code: lone surrogates, numbers as strings, control and bidi characters, long runs. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.oneof(SURROGATES, fc.constantFrom('a', '\u0000', '\u202e', '\ufeff', '\u00a0', '\n')) }),
  fc.oneof(fc.integer(), fc.double({ noNaN: false })).map(String),
  fc.constantFrom('', ' ', '-0', '1e309', 'NaN', 'Infinity', '0x10', '2021-02-30', '9999-99-99', 'EC', 'ec', 'ECU'),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '$kind', 'iom.x@1'),
  fc
    .tuple(fc.constantFrom('a', '@', ' ', '+', '1', '.', '\ud800'), fc.integer({ min: 1_000, max: 200_000 }))
    .map(([unit, count]) => unit.repeat(count)),
);

/** Object keys: dangerous ones, plausible ones and random ones. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', '$kind') },
  { weight: 2, arbitrary: fc.constantFrom('id', 'name', 'person', 'country', 'email', 'en', 'fr', 'es', 'type', '0') },
  { weight: 2, arbitrary: hostileString.filter((key) => key.length < 50) },
);

const scalar: fc.Arbitrary<JsonNode> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, -1, 130, 131, 0.5),
  hostileString,
);

/** Random JSON trees with hostile keys and strings. */
export const hostileTree: fc.Arbitrary<JsonNode> = fc.letrec<{ node: JsonNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('node'), { maxLength: 5 }),
    fc.array(fc.tuple(hostileKey, tie('node')), { maxLength: 6 }).map((entries) => ({ entries })),
  ),
})).node;

/** Serialises a {@link JsonNode} to JSON text (keys written as given, so `__proto__` survives). */
export function toJsonText(node: JsonNode): string {
  if (node === null || typeof node !== 'object') return JSON.stringify(node) ?? 'null';
  if (Array.isArray(node)) return `[${node.map(toJsonText).join(',')}]`;
  return `{${node.entries.map(([key, value]) => `${JSON.stringify(key)}:${toJsonText(value)}`).join(',')}}`;
}

/** Nests `inner` `depth` levels deep in arrays or objects. */
export function nest(depth: number, inner: string, asObject: boolean): string {
  return asObject
    ? `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`
    : `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
}

/** Hostile values as apps get them: out of JSON.parse. Includes deep nesting. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: hostileTree.map((node) => JSON.parse(toJsonText(node)) as unknown) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 100, max: 3_000 }), fc.boolean())
      .map(([depth, asObject]) => JSON.parse(nest(depth, '1', asObject)) as unknown),
  },
);

/**
 * A copy of `valid` with one hostile change: a value replaced, or a key (possibly `__proto__`) added,
 * at the object or array picked by `pick`.
 */
export function mutate(valid: unknown, pick: number, key: string, value: unknown, replace: boolean): unknown {
  const copy = structuredClone(valid) as unknown;
  const containers: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    containers.push(node as Record<string, unknown>);
    for (const child of Object.values(node)) walk(child);
  };
  walk(copy);
  const target = containers[pick % Math.max(containers.length, 1)];
  if (target === undefined) return copy;
  const keys = Object.keys(target);
  // Arrays out of JSON.parse are dense: only replace their elements, never add an index.
  const name = (replace || Array.isArray(target)) && keys.length > 0 ? (keys[pick % keys.length] ?? key) : key;
  if (Array.isArray(target) && keys.length === 0) return copy;
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}
