/** A JSON object of a ninjs document: the document itself, or one entry of one of its lists. */
export type NinjsObject = { readonly [key: string]: unknown };

/** Whether a JSON value is an object (not an array, not null). */
export function isNinjsObject(value: unknown): value is NinjsObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ninjs 3.x spells properties in camelCase (`firstCreated`), 2.x in lowercase (`firstcreated`), and a few
// were renamed (`embargoed` → `embargoedUntil`): a reader of both looks for the new name, then the old one.

/** The name `object` holds a property under: its 3.x spelling if present, else its 2.x spelling. */
export function propertyName(object: NinjsObject, name: string, old?: string): string {
  return Object.hasOwn(object, name) ? name : (old ?? name.toLowerCase());
}

/** A property in its 3.x spelling or its 2.x spelling (lowercase, or an explicit old name). */
export function property(object: NinjsObject, name: string, old?: string): unknown {
  if (Object.hasOwn(object, name)) return object[name];
  const lower = old ?? name.toLowerCase();
  return Object.hasOwn(object, lower) ? object[lower] : undefined;
}

/** A string property, trimmed; `undefined` when it is missing, not a string or blank. */
export function trimmedString(object: NinjsObject, name: string, old?: string): string | undefined {
  const value = property(object, name, old);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The objects of a list property; entries that are not objects are skipped, a non-list reads as empty. */
export function objectList(object: NinjsObject, name: string, old?: string): NinjsObject[] {
  const value = property(object, name, old);
  return Array.isArray(value) ? value.filter(isNinjsObject) : [];
}
