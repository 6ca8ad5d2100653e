/**
 * Split paths, by path. Classification paths are a fixed set and `notCollected` entries repeat across
 * records, so validation splits each only once; the cap keeps hostile input from growing the cache.
 */
const SPLIT = new Map<string, readonly string[]>();
const SPLIT_CAP = 4096;

function split(path: string): readonly string[] {
  let segments = SPLIT.get(path);
  if (segments === undefined) {
    const parts: string[] = [];
    for (const part of path.split('.')) {
      if (part.endsWith('[]')) parts.push(part.slice(0, -2), '[]');
      else parts.push(part);
    }
    segments = parts;
    if (SPLIT.size < SPLIT_CAP) SPLIT.set(path, segments);
  }
  return segments;
}

/** Splits a classification path (`assistance.referrals[].details`) into segments (`[]` = every element). */
export function pathSegments(path: string): string[] {
  return [...split(path)];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every value found at `path` in `root` (several when the path goes through lists). */
export function valuesAt(root: unknown, path: string): unknown[] {
  const segments = split(path);
  if (!segments.includes('[]')) {
    // No list on the way: one value at most, found without building intermediate arrays.
    let value: unknown = root;
    for (const segment of segments) {
      if (!isObject(value) || !Object.hasOwn(value, segment)) return [];
      value = value[segment];
    }
    return value === undefined ? [] : [value];
  }
  let current: unknown[] = [root];
  for (const segment of segments) current = descend(current, segment, false);
  return current;
}

/**
 * The values one segment below each of `values`: the items of arrays for `[]`, else the field named
 * `segment`, skipped when absent (and when `undefined`, unless `keepUndefined`).
 */
function descend(values: readonly unknown[], segment: string, keepUndefined: boolean): unknown[] {
  const next: unknown[] = [];
  for (const value of values) {
    if (segment === '[]') {
      if (Array.isArray(value)) for (const item of value) next.push(item);
    } else if (isObject(value) && Object.hasOwn(value, segment) && (keepUndefined || value[segment] !== undefined)) {
      next.push(value[segment]);
    }
  }
  return next;
}

/**
 * Calls `update(holder, key)` for every object holding the last segment of `path` in `root`, so that the
 * caller can delete or replace the field in place. `root` must be a copy the caller owns.
 */
export function forEachHolder(
  root: unknown,
  path: string,
  update: (holder: Record<string, unknown>, key: string) => void,
): void {
  const segments = pathSegments(path);
  const last = segments.pop();
  if (last === undefined) return;
  let current: unknown[] = [root];
  for (const segment of segments) current = descend(current, segment, true);
  for (const value of current) {
    if (last === '[]') continue;
    if (isObject(value) && Object.hasOwn(value, last)) update(value, last);
  }
}
