/**
 * Whether two JSON values are equal: same type, same items in order, same keys with equal values (in
 * any order). Hand-written because it is this small: `util.isDeepStrictEqual` exists on Node only, and
 * core also runs in browsers. Iterative, so deep payloads cannot overflow the stack.
 */
export function jsonEqual(left: unknown, right: unknown): boolean {
  const pending: [unknown, unknown][] = [[left, right]];
  while (pending.length > 0) {
    const [a, b] = pending.pop() as [unknown, unknown];
    if (a === b) continue;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) {
      const list = b as unknown[];
      if (a.length !== list.length) return false;
      for (let index = 0; index < a.length; index += 1) pending.push([a[index], list[index]]);
      continue;
    }
    const objectA = a as Record<string, unknown>;
    const objectB = b as Record<string, unknown>;
    const keys = Object.keys(objectA);
    if (keys.length !== Object.keys(objectB).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(objectB, key)) return false;
      pending.push([objectA[key], objectB[key]]);
    }
  }
  return true;
}
