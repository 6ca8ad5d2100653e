/** A record a reader is still building: plain objects and arrays, checked by the schema once it is whole. */
export type Loose = Record<string, unknown>;

/**
 * Sets `target[key]` to `value`, unless the value holds nothing (`undefined`, an empty array or an empty
 * object): a reader writes only what it read.
 */
export function put(target: Loose, key: string, value: unknown): void {
  if (value === undefined) return;
  if (Array.isArray(value) && value.length === 0) return;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0) return;
  target[key] = value;
}
