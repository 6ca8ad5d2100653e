import type { PathSegment } from '../issue.js';
import {
  deleteSlot,
  type FieldPattern,
  fieldSlots,
  isJsonObject,
  parseFieldPattern,
  setSlot,
  slotHas,
  slotValue,
  startsWithPattern,
} from './field-pattern.js';
import { jsonEqual } from './json-equal.js';
import type { MigrationRecorder } from './types.js';

/** The names of the migration operations. */
export type OperationName = 'rename' | 'add' | 'remove' | 'map_codes' | 'wrap' | 'unwrap' | 'custom';

/**
 * One change between two versions of a payload kind, written once for the way up: its
 * {@link MigrationOperation.inverse | inverse} is the way down. Build one with {@link renameField},
 * {@link addField}, {@link removeField}, {@link mapCodes}, {@link wrapField}, {@link unwrapField}, or {@link customOperation}
 * for what they cannot say.
 */
export interface MigrationOperation {
  /** Which operation. */
  readonly op: OperationName;
  /** The field it works on (for a custom operation, the field its author names). */
  readonly field: FieldPattern;
  /** Whether applying it can drop a value of some payloads (each drop is then recorded). */
  readonly mayLose: boolean;
  /** What it does, in English, for the kind's changelog. */
  readonly summary: string;
  /**
   * Applies it to `payload`, which it may change in place, and returns the payload (a custom
   * operation may return another). Records every change and every dropped value.
   */
  apply(payload: unknown, recorder: MigrationRecorder): unknown;
  /** The operation that undoes it: the way down. */
  inverse(): MigrationOperation;
  /**
   * Where a value at `path` in the payload it returns was in the payload it was given, so that a
   * step names every change and loss by its place in the payload the step started from.
   */
  sourcePath(path: readonly PathSegment[]): readonly PathSegment[];
}

/** A JSON value, for defaults. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

function fieldOf(
  pattern: FieldPattern,
  operation: string,
): { segments: readonly string[]; parent: string; name: string } {
  const segments = parseFieldPattern(pattern);
  const name = segments[segments.length - 1] as string;
  if (name === '*') throw new TypeError(`${operation}: ${pattern} must end with a field name, not *`);
  return { segments, parent: segments.slice(0, -1).join('.'), name };
}

const samePath = (path: readonly PathSegment[]) => path;

const join = (parent: string, name: string) => (parent === '' ? name : `${parent}.${name}`);
const code = (value: JsonValue | undefined) => `\`${JSON.stringify(value)}\``;

/**
 * Renames the field `field` (its last segment) to `to`, in the same object: `renameField('dateline.place',
 * 'city')`. The keys keep their order. Lossless on valid payloads; should the object already hold
 * `to`, that value is recorded as dropped.
 *
 * @throws TypeError when `field` or `to` is not a field name (see {@link FieldPattern}).
 */
export function renameField(field: FieldPattern, to: string): MigrationOperation {
  const { segments, parent, name } = fieldOf(field, 'rename');
  parseFieldPattern(to);
  if (to === '*' || to.includes('.')) throw new TypeError(`rename: ${to} must be a field name`);
  return {
    op: 'rename',
    field,
    mayLose: false,
    summary: `Renamed \`${field}\` to \`${join(parent, to)}\`.`,
    apply(payload, recorder) {
      for (const slot of fieldSlots(payload, segments)) {
        if (!slotHas(slot)) continue;
        const holder = slot.holder as Record<string, unknown>;
        const target = [...slot.path.slice(0, -1), to];
        if (Object.hasOwn(holder, to)) recorder.dropped(target);
        renameKey(holder, name, to);
        recorder.changed('migration_renamed', slot.path, { from: name, to });
      }
      return payload;
    },
    inverse: () => renameField(join(parent, to), name),
    sourcePath(path) {
      const at = segments.length - 1;
      if (!startsWithPattern(path, segments.slice(0, at)) || path[at] !== to) return path;
      return [...path.slice(0, at), name, ...path.slice(at + 1)];
    },
  };
}

/** Renames a key in place, keeping every key's position. */
function renameKey(holder: Record<string, unknown>, from: string, to: string): void {
  const entries = Object.entries(holder);
  for (const [key] of entries) delete holder[key];
  for (const [key, value] of entries) {
    if (key === to) continue;
    Object.defineProperty(holder, key === from ? to : key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
}

/**
 * Adds the field `field` where it is missing, with `defaultValue` (a copy of it per payload); without a
 * default, nothing is added going up, which is how a new optional field is declared. The way down
 * removes the field: a value other than the default is then a loss.
 *
 * @throws TypeError when `field` is not a field pattern ending with a name.
 */
export function addField(field: FieldPattern, defaultValue?: JsonValue): MigrationOperation {
  const { segments } = fieldOf(field, 'add');
  return {
    op: 'add',
    field,
    mayLose: false,
    summary:
      defaultValue === undefined
        ? `Added the optional field \`${field}\`.`
        : `Added \`${field}\`, ${code(defaultValue)} when a payload has none.`,
    apply(payload, recorder) {
      if (defaultValue === undefined) return payload;
      for (const slot of fieldSlots(payload, segments)) {
        if (slotHas(slot)) continue;
        setSlot(slot, structuredClone(defaultValue));
        recorder.changed('migration_added', slot.path);
      }
      return payload;
    },
    inverse: () => removeField(field, defaultValue),
    sourcePath: samePath,
  };
}

/**
 * Removes the field `field`. A value equal to `defaultValue` is removed without loss (the way back
 * adds it again); any other value is a loss, recorded as such. The way down adds the field back with
 * `defaultValue`.
 *
 * @throws TypeError when `field` is not a field pattern ending with a name.
 */
export function removeField(field: FieldPattern, defaultValue?: JsonValue): MigrationOperation {
  const { segments } = fieldOf(field, 'remove');
  return {
    op: 'remove',
    field,
    mayLose: true,
    summary:
      defaultValue === undefined
        ? `Removed \`${field}\`: its values are lost.`
        : `Removed \`${field}\`: a value other than ${code(defaultValue)} is lost; the way back writes ${code(defaultValue)}.`,
    apply(payload, recorder) {
      for (const slot of fieldSlots(payload, segments)) {
        if (!slotHas(slot)) continue;
        const value = slotValue(slot);
        deleteSlot(slot);
        if (defaultValue !== undefined && jsonEqual(value, defaultValue)) {
          recorder.changed('migration_removed', slot.path);
        } else recorder.dropped(slot.path);
      }
      return payload;
    },
    inverse: () => addField(field, defaultValue),
    sourcePath: samePath,
  };
}

/**
 * Writes codes anew: `mapCodes('topics.*', { trafficking: 'counter_trafficking' })`, the old codes on
 * the left, the new ones on the right. The field may be a code or, with `.*`, a list of codes; codes
 * not in `mapping` stay as they are. The way down maps them back, so each new code is given once, and
 * a new code must not also be an unchanged code of the old version (that would merge two codes: write
 * a {@link customOperation} then).
 *
 * @throws TypeError when `mapping` is empty, maps a code to itself or two codes to one.
 */
export function mapCodes(field: FieldPattern, mapping: Readonly<Record<string, string>>): MigrationOperation {
  const segments = parseFieldPattern(field);
  const entries = Object.entries(mapping);
  if (entries.length === 0) throw new TypeError(`mapCodes: ${field} maps no code`);
  const targets = new Set<string>();
  for (const [from, to] of entries) {
    if (from === to) throw new TypeError(`mapCodes: ${field} maps ${from} to itself`);
    if (targets.has(to)) throw new TypeError(`mapCodes: ${field} maps two codes to ${to}`);
    targets.add(to);
  }
  const table = new Map(entries);
  return {
    op: 'map_codes',
    field,
    mayLose: false,
    summary: `Codes of \`${field}\` written anew: ${entries.map(([from, to]) => `\`${from}\` → \`${to}\``).join(', ')}.`,
    apply(payload, recorder) {
      for (const slot of fieldSlots(payload, segments)) {
        if (!slotHas(slot)) continue;
        const value = slotValue(slot);
        const mapped = typeof value === 'string' ? table.get(value) : undefined;
        if (mapped === undefined) continue;
        setSlot(slot, mapped);
        recorder.changed('migration_code_mapped', slot.path, { from: value as string, to: mapped });
      }
      return payload;
    },
    inverse: () => mapCodes(field, Object.fromEntries(entries.map(([from, to]) => [to, from]))),
    sourcePath: samePath,
  };
}

/**
 * Puts the value of `field` in a list of one item (a single contact becomes a list of contacts). The
 * way down takes the item out: an empty list, or items after the first, are then lost.
 *
 * @throws TypeError when `field` is not a field pattern.
 */
export function wrapField(field: FieldPattern): MigrationOperation {
  const segments = parseFieldPattern(field);
  return {
    op: 'wrap',
    field,
    mayLose: false,
    summary: `\`${field}\` became a list; a payload’s value is its one item.`,
    apply(payload, recorder) {
      for (const slot of fieldSlots(payload, segments)) {
        if (!slotHas(slot)) continue;
        setSlot(slot, [slotValue(slot)]);
        recorder.changed('migration_wrapped', slot.path);
      }
      return payload;
    },
    inverse: () => unwrapField(field),
    // The one item of the list was the value itself.
    sourcePath: (path) =>
      startsWithPattern(path, segments) && path[segments.length] === 0
        ? [...path.slice(0, segments.length), ...path.slice(segments.length + 1)]
        : path,
  };
}

/**
 * Takes the value of `field` out of its list: a list of one item becomes that item. A longer list
 * keeps its first item, and the others are lost; an empty list is removed, a loss too. The way down
 * puts the value back in a list.
 *
 * @throws TypeError when `field` is not a field pattern.
 */
export function unwrapField(field: FieldPattern): MigrationOperation {
  const segments = parseFieldPattern(field);
  return {
    op: 'unwrap',
    field,
    mayLose: true,
    summary: `\`${field}\` became a single value: the first item of its list; other items are lost.`,
    apply(payload, recorder) {
      for (const slot of fieldSlots(payload, segments)) {
        if (!slotHas(slot)) continue;
        const list = slotValue(slot);
        if (!Array.isArray(list)) continue;
        if (list.length === 0) {
          if (isJsonObject(slot.holder)) deleteSlot(slot);
          recorder.dropped(slot.path);
          continue;
        }
        for (let index = 1; index < list.length; index += 1) recorder.dropped([...slot.path, index]);
        setSlot(slot, list[0]);
        recorder.changed('migration_unwrapped', slot.path);
      }
      return payload;
    },
    inverse: () => wrapField(field),
    // The value was the first item of its list.
    sourcePath: (path) =>
      startsWithPattern(path, segments) ? [...path.slice(0, segments.length), 0, ...path.slice(segments.length)] : path,
  };
}

/** What {@link customOperation} needs: both ways, written by hand, and whether each can lose data. */
export interface CustomOperationDefinition {
  /** The field it is about, for the changelog (`missions.*`). */
  readonly field: FieldPattern;
  /** What it does, in English, for the kind's changelog. */
  readonly summary: string;
  /**
   * The way up: changes `payload` in place (or returns a new one), telling `recorder` every value it
   * changed (`migration_converted`) and every value it dropped.
   */
  up(payload: unknown, recorder: MigrationRecorder): unknown;
  /** The way down, likewise. */
  down(payload: unknown, recorder: MigrationRecorder): unknown;
  /**
   * Whether each way can drop data. A way that cannot must never call `recorder.dropped`; should it
   * do so anyway, the drop still counts as a loss, never a silent one.
   */
  readonly lossy: { readonly up: boolean; readonly down: boolean };
}

/**
 * A hand-written operation for a change the declarative ones cannot express (a value computed from
 * others, ids written another way). It declares which ways can lose data, and reports each value it
 * drops, so that a loss is refused unless the caller allows it.
 */
export function customOperation(definition: CustomOperationDefinition): MigrationOperation {
  parseFieldPattern(definition.field);
  return {
    op: 'custom',
    field: definition.field,
    mayLose: definition.lossy.up,
    summary: definition.summary,
    apply(payload, recorder) {
      const result = definition.up(payload, recorder);
      return result === undefined ? payload : result;
    },
    inverse: () =>
      customOperation({
        field: definition.field,
        summary: definition.summary,
        up: definition.down,
        down: definition.up,
        lossy: { up: definition.lossy.down, down: definition.lossy.up },
      }),
    sourcePath: samePath,
  };
}
