/** Splits a classification path (`assistance.referrals[].details`) into segments (`[]` = every element). */
export function pathSegments(path: string): string[] {
  const segments: string[] = [];
  for (const part of path.split('.')) {
    if (part.endsWith('[]')) segments.push(part.slice(0, -2), '[]');
    else segments.push(part);
  }
  return segments;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every value found at `path` in `root` (several when the path goes through lists). */
export function valuesAt(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  for (const segment of pathSegments(path)) {
    const next: unknown[] = [];
    for (const value of current) {
      if (segment === '[]') {
        if (Array.isArray(value)) next.push(...value);
      } else if (isObject(value) && Object.hasOwn(value, segment) && value[segment] !== undefined) {
        next.push(value[segment]);
      }
    }
    current = next;
  }
  return current;
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
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const value of current) {
      if (segment === '[]') {
        if (Array.isArray(value)) next.push(...value);
      } else if (isObject(value) && Object.hasOwn(value, segment)) {
        next.push(value[segment]);
      }
    }
    current = next;
  }
  for (const value of current) {
    if (last === '[]') continue;
    if (isObject(value) && Object.hasOwn(value, last)) update(value, last);
  }
}
