import { compareJsonSchema } from 'api-smart-diff';

/** A JSON Schema document or fragment. */
export type JsonSchema = { readonly [key: string]: unknown };

/** What a change means for payloads: still valid, no longer valid, or not known from JSON Schema alone. */
export type ChangeVerdict = 'compatible' | 'breaking' | 'unknown';

/** One change between two JSON Schemas of a payload kind's version. */
export interface SchemaChange {
  /** Where, as a JSON Pointer into the schema: `/properties/missions/items/pattern`. */
  readonly pointer: string;
  /** What happened at that place. */
  readonly action: 'add' | 'remove' | 'replace' | 'rename';
  /** Whether a payload the old schema accepted is still accepted by the new one. */
  readonly verdict: ChangeVerdict;
  /** Who said so: the classifier (`api-smart-diff`) or one of the project's own rules. */
  readonly rule:
    | 'api-smart-diff'
    | 'closed-object-property-removed'
    | 'object-closed'
    | 'kind-literal-changed'
    | 'enum-introduced'
    | 'enum-dropped';
  /** What changed, in English. */
  readonly description: string;
}

const pointer = (path: readonly (string | number)[]) =>
  path.length === 0 ? '' : `/${path.map((part) => String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

const isObject = (value: unknown): value is { [key: string]: unknown } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a schema object refuses properties it does not list. */
const isClosed = (schema: { [key: string]: unknown }) =>
  schema.additionalProperties === false || schema.unevaluatedProperties === false;

/** Whether a schema object takes any property it does not list (no `additionalProperties` limit). */
const takesAnyOther = (schema: { [key: string]: unknown }) =>
  (schema.additionalProperties === undefined || schema.additionalProperties === true) &&
  (schema.unevaluatedProperties === undefined || schema.unevaluatedProperties === true);

/**
 * The changes from `before` to `after`, each judged from the side of the payloads `before` accepted:
 * `breaking` when some of them are no longer valid under `after`. Read the other way round
 * (`classify(after, before)`), the same function tells whether payloads written for `after` are still
 * read by `before`.
 *
 * The judgement is api-smart-diff's, the JSON Schema change classifier measured as the best on npm
 * (it sees const, format, pattern, length and type changes), plus the project's own rules for what it
 * gets wrong, each found on zod's output and kept as a test case in `classify.test.ts`:
 *
 * - a property removed from a closed object (`additionalProperties: false`): it says non-breaking, but
 *   the payloads that had the property are now refused;
 * - an object that starts limiting the properties it does not list (`additionalProperties` becomes
 *   `false` or a schema): it says non-breaking;
 * - an `enum` where there was none (a free string becomes a code list): it says non-breaking, item by
 *   item; and the other way, an `enum` dropped altogether, which it calls breaking though every value
 *   is now taken;
 * - a changed `$kind` literal, which must never change within a version (it does see this one; the rule
 *   keeps it so whatever the classifier's next release does).
 *
 * Changes it cannot classify (an `$id`, an annotation it does not know) are `unknown`, and count as
 * breaking where the project's rules say nothing.
 */
export function classify(before: JsonSchema, after: JsonSchema): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const diff of compareJsonSchema(before, after).diffs) {
    const verdict: ChangeVerdict =
      diff.type === 'breaking' ? 'breaking' : diff.type === 'unclassified' ? 'unknown' : 'compatible';
    changes.push({
      pointer: pointer(diff.path),
      action: diff.action,
      verdict,
      rule: 'api-smart-diff',
      description: diff.description ?? `${diff.action} ${pointer(diff.path)}`,
    });
  }
  const own = ownRules(before, after);
  // The project's rules win over the classifier's verdict at the same place and below it.
  const ruled = own.map((change) => change.pointer);
  const overruled = (change: SchemaChange) =>
    ruled.some((place) => change.pointer === place || change.pointer.startsWith(`${place}/`));
  return [...changes.filter((change) => !overruled(change)), ...own];
}

/** The project's own rules, walked over both schemas at once. */
function ownRules(before: JsonSchema, after: JsonSchema): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const kindBefore = isObject(before.properties) ? before.properties.$kind : undefined;
  const kindAfter = isObject(after.properties) ? after.properties.$kind : undefined;
  if (isObject(kindBefore) && isObject(kindAfter) && kindBefore.const !== kindAfter.const) {
    changes.push({
      pointer: '/properties/$kind/const',
      action: 'replace',
      verdict: 'breaking',
      rule: 'kind-literal-changed',
      description: `$kind changed from ${JSON.stringify(kindBefore.const)} to ${JSON.stringify(kindAfter.const)}: a new literal is a new version`,
    });
  }
  // An explicit stack: schemas are as deep as the payloads they describe.
  const pending: [unknown, unknown, (string | number)[]][] = [[before, after, []]];
  while (pending.length > 0) {
    const [b, a, path] = pending.pop() as [unknown, unknown, (string | number)[]];
    if (!isObject(b) || !isObject(a)) continue;
    const propsBefore = isObject(b.properties) ? b.properties : {};
    const propsAfter = isObject(a.properties) ? a.properties : {};
    if (takesAnyOther(b) && !takesAnyOther(a)) {
      changes.push({
        pointer: pointer([...path, 'additionalProperties']),
        action: 'add',
        verdict: 'breaking',
        rule: 'object-closed',
        description: `${pointer(path) || 'the payload'} now limits the properties it does not list`,
      });
    }
    if (Array.isArray(a.enum) && !Array.isArray(b.enum) && b.const === undefined) {
      changes.push({
        pointer: pointer([...path, 'enum']),
        action: 'add',
        verdict: 'breaking',
        rule: 'enum-introduced',
        description: `${pointer(path) || 'the payload'} now takes only the values of a list`,
      });
    } else if (Array.isArray(b.enum) && !Array.isArray(a.enum) && a.const === undefined) {
      changes.push({
        pointer: pointer([...path, 'enum']),
        action: 'remove',
        verdict: 'compatible',
        rule: 'enum-dropped',
        description: `${pointer(path) || 'the payload'} no longer limits its values to a list`,
      });
    }
    if (isClosed(a)) {
      for (const key of Object.keys(propsBefore)) {
        if (Object.hasOwn(propsAfter, key)) continue;
        changes.push({
          pointer: pointer([...path, 'properties', key]),
          action: 'remove',
          verdict: 'breaking',
          rule: 'closed-object-property-removed',
          description: `property ${key} removed from a closed object: payloads that have it are refused`,
        });
      }
    }
    for (const key of Object.keys(propsBefore)) {
      if (Object.hasOwn(propsAfter, key))
        pending.push([propsBefore[key], propsAfter[key], [...path, 'properties', key]]);
    }
    for (const key of ['items', 'additionalProperties', 'not']) {
      pending.push([b[key], a[key], [...path, key]]);
    }
    for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
      const listBefore = Array.isArray(b[key]) ? (b[key] as unknown[]) : [];
      const listAfter = Array.isArray(a[key]) ? (a[key] as unknown[]) : [];
      for (const [index, item] of listBefore.entries()) pending.push([item, listAfter[index], [...path, key, index]]);
    }
    for (const key of ['$defs', 'definitions']) {
      const defsBefore = isObject(b[key]) ? b[key] : {};
      const defsAfter = isObject(a[key]) ? a[key] : {};
      for (const name of Object.keys(defsBefore))
        pending.push([defsBefore[name], defsAfter[name], [...path, key, name]]);
    }
  }
  return changes;
}
