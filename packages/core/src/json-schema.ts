import { z } from 'zod';
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
