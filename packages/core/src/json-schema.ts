import * as z from 'zod';
import type { PayloadKind } from './payload-kind.js';

/** A JSON Schema (draft 2020-12) document or fragment. */
export type JsonSchema = { [key: string]: unknown };

// Schemas whose zod checks (refinements) JSON Schema cannot see get an explicit fragment here, so
// that the generated JSON Schema gives the same verdict as zod. Keyed by schema instance; a WeakMap
// keeps this free of global registries and lets unused schemas be collected.
const overrides = new WeakMap<z.core.$ZodType, () => JsonSchema>();

/**
 * Tells {@link toJsonSchema} what a schema accepts when its zod checks are refinements that JSON
 * Schema cannot express (a country code checked against the ISO list becomes an `enum`). The
 * fragment is computed on first use, not when the schema is declared. Returns the schema itself.
 */
export function withJsonSchema<S extends z.core.$ZodType>(schema: S, fragment: () => JsonSchema): S {
  overrides.set(schema, fragment);
  return schema;
}

/** Options of {@link toJsonSchema}. */
export interface ToJsonSchemaOptions {
  /**
   * `input` (the default) describes what a payload may contain on the wire; `output` what parsing
   * gives (defaults filled in).
   */
  readonly io?: 'input' | 'output';
}

/**
 * The JSON Schema (draft 2020-12) of a zod schema or a payload kind, for apps not written in
 * TypeScript. Checks registered with {@link withJsonSchema} are
 * carried over. Cross-field rules written as refinements of whole objects cannot be expressed in JSON
 * Schema: each package documents which of its rules only the TypeScript validators apply.
 *
 * Only the formats that JSON Schema 2020-12 defines appear in the result (validators refuse or ignore
 * others: ajv's strict mode will not compile `format: "e164"`). A zod format that JSON Schema lacks
 * (`e164`, `cuid`, `emoji`…) is given by the pattern zod checks it with, and its `format` is dropped.
 *
 * @throws Error when a zod check cannot be given the same verdict in JSON Schema: a format JSON Schema
 * lacks and zod checks without a pattern (`z.jwt()`), or `z.url()`, whose WHATWG parsing no JSON
 * Schema `uri` format matches (use `HttpUrl`). Such a schema needs {@link withJsonSchema}.
 */
export function toJsonSchema(source: z.core.$ZodType | PayloadKind, options: ToJsonSchemaOptions = {}): JsonSchema {
  const isKind = 'ref' in source && 'schema' in source;
  const schema = isKind ? (source as PayloadKind).schema : (source as z.core.$ZodType);
  const document = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: options.io ?? 'input',
    unrepresentable: 'any',
    override(context) {
      const fragment = overrides.get(context.zodSchema);
      if (fragment !== undefined) Object.assign(context.jsonSchema, fragment());
      else {
        keepStandardFormats(context.jsonSchema);
        if (trims(context.zodSchema)) boundTrimmedLength(context.jsonSchema);
      }
    },
  }) as JsonSchema;
  if (!isKind) return document;
  const kind = source as PayloadKind;
  return {
    $schema: document.$schema,
    $id: `urn:iom:payload:${kind.ref}`,
    title: kind.title.en,
    ...document,
  };
}

/** The formats JSON Schema 2020-12 defines (Validation vocabulary, §7.3). */
const STANDARD_FORMATS: ReadonlySet<string> = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uuid',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
]);

/**
 * Drops a `format` JSON Schema does not define, keeping the pattern zod checks it with (zod writes
 * both: `{ format: 'e164', pattern: '^\\+[1-9]\\d{6,14}$' }`), and refuses the formats whose zod check
 * JSON Schema cannot repeat.
 */
function keepStandardFormats(jsonSchema: JsonSchema): void {
  const format = jsonSchema.format;
  if (typeof format !== 'string') return;
  // zod writes `z.url()` as a bare `format: 'uri'`: its check is WHATWG URL parsing, which takes
  // `javascript:alert(1)` and text no `uri` format takes (issue 12), so the verdicts would differ.
  if (format === 'uri' && jsonSchema.pattern === undefined) {
    throw new Error(
      'toJsonSchema: z.url() has no JSON Schema of the same verdict; use HttpUrl from @iom/core, or describe the schema with withJsonSchema',
    );
  }
  if (STANDARD_FORMATS.has(format)) return;
  if (typeof jsonSchema.pattern !== 'string') {
    throw new Error(
      `toJsonSchema: zod's format "${format}" is not a JSON Schema format and zod checks it without a pattern; describe the schema with withJsonSchema`,
    );
  }
  delete jsonSchema.format;
}

/** Whether `schema` is a string schema that trims its input (`z.string().trim()`) before its length checks. */
function trims(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as { type?: string; checks?: readonly z.core.$ZodCheck[] };
  if (def.type !== 'string' || def.checks === undefined) return false;
  return def.checks.some((check) => {
    const { check: kind, tx } = check._zod.def as { check?: string; tx?: (value: string) => unknown };
    if (kind !== 'overwrite' || tx === undefined) return false;
    // zod's .trim() is an overwrite with String#trim; probing it is sturdier than reading its source.
    try {
      return tx(' \n\u00a0x\u2028 ') === 'x' && tx('x') === 'x';
    } catch {
      return false;
    }
  });
}

/**
 * zod's length checks after `.trim()` count the trimmed text, JSON Schema's `minLength`/`maxLength` the
 * text as written: `'   '` passed `minLength: 1` though zod refuses it, and `'abc '` failed `maxLength: 3`
 * though zod takes it. Patterns say the same as zod (ECMAScript's `\s` is the set String#trim removes).
 */
function boundTrimmedLength(jsonSchema: JsonSchema): void {
  // zod's own patterns meet the trimmed text too.
  if (typeof jsonSchema.pattern === 'string') jsonSchema.pattern = forTrimmedText(jsonSchema.pattern);
  if (Array.isArray(jsonSchema.allOf)) {
    jsonSchema.allOf = jsonSchema.allOf.map((item: unknown) =>
      isObject(item) && typeof item.pattern === 'string' ? { ...item, pattern: forTrimmedText(item.pattern) } : item,
    );
  }
  const patterns: string[] = [];
  const min = typeof jsonSchema.minLength === 'number' ? jsonSchema.minLength : 0;
  const max = typeof jsonSchema.maxLength === 'number' ? jsonSchema.maxLength : undefined;
  // At least `min` characters from the first non-space one to the last.
  if (min === 1) patterns.push('\\S');
  else if (min > 1) patterns.push(`\\S[\\s\\S]{${min - 2},}\\S`);
  if (max !== undefined) {
    // At most `max` characters between leading and trailing spaces.
    patterns.push(
      max === 0 ? '^\\s*$' : max === 1 ? '^\\s*\\S?\\s*$' : `^\\s*(?:\\S(?:[\\s\\S]{0,${max - 2}}\\S)?)?\\s*$`,
    );
    delete jsonSchema.maxLength;
  }
  if (patterns.length === 0) return;
  const all = typeof jsonSchema.pattern === 'string' ? [jsonSchema.pattern, ...patterns] : patterns;
  delete jsonSchema.pattern;
  if (all.length === 1) jsonSchema.pattern = all[0];
  else
    jsonSchema.allOf = [
      ...(Array.isArray(jsonSchema.allOf) ? jsonSchema.allOf : []),
      ...all.map((pattern) => ({ pattern })),
    ];
}

function isObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null;
}

/**
 * A pattern that zod tests on the trimmed text, rewritten for the text as written: `^B$` becomes
 * `^\s*(?=\S)(?:B)(?<=\S)\s*$`, so that B meets exactly the text between the leading and trailing
 * spaces (`MissionId`'s `^\S+$` took `' CO_EC '` in zod but not in JSON Schema). When B also takes the
 * empty text, a text of spaces passes too, as in zod. A pattern not anchored at both ends, or with an
 * alternation at its top level, is left as it is: it gives zod's answer when it looks for text inside
 * (`/a/`), not when it is anchored to an end of a text written with spaces around it (`/^a/` on `' a'`).
 */
function forTrimmedText(pattern: string): string {
  const body = anchoredBody(pattern);
  if (body === undefined) return pattern;
  let takesEmpty: boolean;
  try {
    // JSON Schema validators in JavaScript (ajv) compile patterns with the `u` flag.
    takesEmpty = new RegExp(pattern, 'u').test('');
  } catch {
    return pattern;
  }
  const trimmed = `(?=\\S)(?:${body})(?<=\\S)`;
  return takesEmpty ? `^\\s*(?:${trimmed})?\\s*$` : `^\\s*${trimmed}\\s*$`;
}

/** `B` of a pattern `^B$` without a top-level alternation; `undefined` for any other pattern. */
function anchoredBody(pattern: string): string | undefined {
  if (!pattern.startsWith('^') || !pattern.endsWith('$')) return undefined;
  const body = pattern.slice(1, -1);
  let depth = 0;
  let inClass = false;
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (char === '\\') {
      index += 1;
      // A `$` escaped at the very end is a literal dollar, not the anchor.
      if (index === body.length) return undefined;
    } else if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) return undefined;
  }
  return depth === 0 && !inClass ? body : undefined;
}
