/**
 * One vCard property in the shape jCard (RFC 7095) gives it: lowercase name, parameters, value type
 * and value(s). Both the vCard text and the jCard forms are written from, and read into, this shape.
 */
export interface VProperty {
  /** The property name, lowercase (`tel`). */
  readonly name: string;
  /** The parameters, names lowercase; a multi-valued parameter is an array. */
  readonly params: Readonly<Record<string, string | readonly string[]>>;
  /** The value type (`text`, `uri`, `language-tag`). */
  readonly type: string;
  /** The value: a string, or the components of a structured value (a component may be a list). */
  readonly value: string | ReadonlyArray<string | readonly string[]>;
}

/** The first value of a parameter, lowercase names. */
export function param(property: VProperty, name: string): string | undefined {
  const value = property.params[name];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value[0];
}

/** All values of a parameter, each comma-separated value split out, lowercase. */
export function paramList(property: VProperty, name: string): string[] {
  const value = property.params[name];
  if (value === undefined) return [];
  const list = typeof value === 'string' ? [value] : [...value];
  return list.flatMap((entry) => entry.split(',')).map((entry) => entry.trim().toLowerCase());
}

/** The value as one string (the first component of a structured value, lists joined with ","). */
export function textValue(property: VProperty): string {
  const { value } = property;
  if (typeof value === 'string') return value;
  const first = value[0];
  return first === undefined ? '' : typeof first === 'string' ? first : first.join(',');
}

/** The components of a structured value, each as a string (lists joined with "\n"). */
export function components(property: VProperty): string[] {
  const { value } = property;
  if (typeof value === 'string') return [value];
  return value.map((component) => (typeof component === 'string' ? component : component.join('\n')));
}
