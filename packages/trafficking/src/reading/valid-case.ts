import { type Issue, type Locale, type PathSegment, validate } from '@iom/core';
import { TraffickingCase } from '../case.js';
import { traffickingIssues } from '../messages/index.js';
import type { Loose } from './loose.js';

/** Where {@link validCase} reports. */
export interface ValidCaseOptions {
  /** The row's position in the input (0-based), first segment of every issue path. */
  readonly index: number;
  /** The locale of the issues. */
  readonly locale: Locale;
  /** Where issues go. */
  readonly issues: Issue[];
}

// Each round removes at least one value, so the loop ends anyway; the cap bounds the work on a row
// that fails in many places at once (it is then dropped whole, and reported).
const MAX_ROUNDS = 32;

type Container = Record<PathSegment, unknown>;

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function holderOf(root: unknown, path: readonly PathSegment[]): Container | undefined {
  let current: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (!isContainer(current) || !Object.hasOwn(current, segment)) return undefined;
    current = current[segment];
  }
  return isContainer(current) ? current : undefined;
}

function has(root: unknown, path: readonly PathSegment[]): boolean {
  const holder = holderOf(root, path);
  const key = path[path.length - 1];
  return holder !== undefined && key !== undefined && Object.hasOwn(holder, key);
}

/** The part of a record a failing issue asks to drop: the value at its path, or, when that value is
 * missing (a required field), the nearest value above it that exists. `undefined` means the record. */
function droppable(record: unknown, path: readonly PathSegment[]): PathSegment[] | undefined {
  const target = [...path];
  while (target.length > 0 && !has(record, target)) target.pop();
  return target.length === 0 ? undefined : target;
}

/** Reverse order of paths: later list items first, so removing one leaves the others' indices valid. */
function compareDescending(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i] as PathSegment;
    const y = b[i] as PathSegment;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y) < String(x) ? -1 : 1;
  }
  return b.length - a.length;
}

function isPrefix(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  return prefix.length < path.length && prefix.every((segment, i) => path[i] === segment);
}

/** A record path as messages write it: `person.citizenship[1]`. */
export function fieldName(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path)
    text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`;
  return text;
}

/** A record that loses values one at a time, and remembers where list items stood before it did. */
class ShrinkingRecord {
  // Positions of list items in the record as first built, for lists that lost items.
  readonly #origins = new WeakMap<unknown[], number[]>();

  constructor(readonly record: Loose) {}

  /** `path` (in the record as it is now) with list positions as they were in the record as first built. */
  originalPath(path: readonly PathSegment[]): PathSegment[] {
    const out: PathSegment[] = [];
    let current: unknown = this.record;
    for (const segment of path) {
      out.push(
        Array.isArray(current) && typeof segment === 'number'
          ? (this.#origins.get(current)?.[segment] ?? segment)
          : segment,
      );
      current = isContainer(current) && Object.hasOwn(current, segment) ? current[segment] : undefined;
    }
    return out;
  }

  /** Removes the value at `path`, and the holders that leaves empty: a reader writes no empty object or list. */
  remove(path: readonly PathSegment[]): void {
    for (let end = path.length; end > 0; end -= 1) {
      const at = path.slice(0, end);
      const holder = holderOf(this.record, at);
      const key = at[at.length - 1] as PathSegment;
      if (holder === undefined) return;
      if (Array.isArray(holder) && typeof key === 'number') {
        const positions = this.#origins.get(holder) ?? holder.map((_, i) => i);
        positions.splice(key, 1);
        this.#origins.set(holder, positions);
        holder.splice(key, 1);
      } else {
        delete holder[key];
      }
      if (Object.keys(holder).length > 0 || end === 1) return;
    }
  }
}

/**
 * Turns the record a reader built from row `index` into a {@link TraffickingCase} that passes
 * `TraffickingCase.safeParse` (field checks and whole-record rules), or `undefined`.
 *
 * Every failing issue is reported at `[index, ...its path]`; then the value at that path is left out
 * (`case_field_dropped`, at the same path) and the rest is checked again. A failing whole-record rule points
 * at one of the fields it compares, which is the one left out. A required field that is missing takes its
 * holder with it (a referral without a direction). Only when no part can be left out, or too many rounds
 * are needed, is the whole row dropped (`case_row_dropped`). Paths name list items by their position in the
 * record as first built, and messages name fields only, never values.
 */
export function validCase(record: Loose, options: ValidCaseOptions): TraffickingCase | undefined {
  const { index, locale, issues } = options;
  const shrinking = new ShrinkingRecord(record);
  const dropRow = (): undefined => {
    issues.push(traffickingIssues.issue('case_row_dropped', locale, { path: [index], args: { row: index + 1 } }));
    return undefined;
  };

  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const checked = validate(TraffickingCase, record, locale);
    if (checked.success) return checked.data;
    const targets: PathSegment[][] = [];
    for (const issue of checked.issues) {
      issues.push({ ...issue, path: [index, ...shrinking.originalPath(issue.path)] });
      const target = droppable(record, issue.path);
      if (target === undefined) return dropRow();
      targets.push(target);
    }
    // A value inside another one that goes is not reported on its own.
    const kept = targets.filter((target) => !targets.some((other) => isPrefix(other, target)));
    const unique = new Map(kept.map((target) => [JSON.stringify(target), target]));
    for (const target of [...unique.values()].sort(compareDescending)) {
      const original = shrinking.originalPath(target);
      issues.push(
        traffickingIssues.issue('case_field_dropped', locale, {
          path: [index, ...original],
          args: { row: index + 1, field: fieldName(original) },
        }),
      );
      shrinking.remove(target);
    }
  }
  return dropRow();
}
