import type { PathSegment } from '../issue.js';

/**
 * Where a migration operation works, written with dots from the payload's root: `subtitle`,
 * `dateline.place`, `quotes.*.speaker.name`. A `*` stands for every item of a list; a pattern ending
 * in `*` names the items themselves (`topics.*`).
 */
export type FieldPattern = string;

/** The place a pattern names in one payload: the object or list that holds it, and its key there. */
export interface FieldSlot {
  /** The object or list holding the value. */
  readonly holder: Record<string, unknown> | unknown[];
  /** The value's key in `holder`: a property name, or an index for `*`. */
  readonly key: string | number;
  /** The value's path from the payload's root. */
  readonly path: readonly PathSegment[];
}

const NAME = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
// Writing to these would change an object's prototype instead of one of its fields.
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * The segments of a field pattern.
 *
 * @throws TypeError when a segment is empty, not a plain property name nor `*`, or a name such as
 * `__proto__`: patterns are written by the package's authors, and their own tests catch this.
 */
export function parseFieldPattern(pattern: FieldPattern): readonly string[] {
  const segments = pattern.split('.');
  for (const segment of segments) {
    if (segment !== '*' && (!NAME.test(segment) || FORBIDDEN.has(segment))) {
      throw new TypeError(`Not a field pattern: ${JSON.stringify(pattern)} (segments are property names or *)`);
    }
  }
  return segments;
}

/** Whether `value` is a plain JSON object (not a list, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every place in `root` that `segments` names, in document order. A property name is followed only
 * into objects and `*` only into lists, so that a payload of another shape is left alone; a slot is
 * given whether or not its key is present. The walk is as deep as the pattern, never deeper.
 */
export function fieldSlots(root: unknown, segments: readonly string[]): FieldSlot[] {
  const slots: FieldSlot[] = [];
  let holders: { value: unknown; path: PathSegment[] }[] = [{ value: root, path: [] }];
  for (let depth = 0; depth < segments.length; depth += 1) {
    const segment = segments[depth] as string;
    const last = depth === segments.length - 1;
    const next: { value: unknown; path: PathSegment[] }[] = [];
    for (const { value, path } of holders) {
      if (segment === '*') {
        if (!Array.isArray(value)) continue;
        for (let index = 0; index < value.length; index += 1) {
          if (last) slots.push({ holder: value, key: index, path: [...path, index] });
          else next.push({ value: value[index], path: [...path, index] });
        }
      } else if (isJsonObject(value)) {
        if (last) slots.push({ holder: value, key: segment, path: [...path, segment] });
        else if (Object.hasOwn(value, segment)) next.push({ value: value[segment], path: [...path, segment] });
      }
    }
    holders = next;
  }
  return slots;
}

/** Whether a slot holds a value (a property present, or a list item). */
export function slotHas(slot: FieldSlot): boolean {
  return Array.isArray(slot.holder) || Object.hasOwn(slot.holder, slot.key as string);
}

/** The value in a slot. */
export function slotValue(slot: FieldSlot): unknown {
  return (slot.holder as Record<string | number, unknown>)[slot.key];
}

/** Puts `value` in a slot, as an own property even for names an object's prototype has. */
export function setSlot(slot: FieldSlot, value: unknown): void {
  if (Array.isArray(slot.holder)) slot.holder[slot.key as number] = value;
  else Object.defineProperty(slot.holder, slot.key, { value, writable: true, enumerable: true, configurable: true });
}

/** Removes the value from an object slot. */
export function deleteSlot(slot: FieldSlot): void {
  if (!Array.isArray(slot.holder)) delete slot.holder[slot.key as string];
}

/** A concrete path written with dots, for messages: `quotes.0.speaker.name`. */
export function dotted(path: readonly PathSegment[]): string {
  return path.length === 0 ? '(root)' : path.join('.');
}

/** Whether `path` starts with a place `segments` names (`*` matching any list index). */
export function startsWithPattern(path: readonly PathSegment[], segments: readonly string[]): boolean {
  if (path.length < segments.length) return false;
  return segments.every((segment, index) =>
    segment === '*' ? typeof path[index] === 'number' : path[index] === segment,
  );
}
