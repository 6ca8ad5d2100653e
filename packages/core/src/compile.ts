import * as z from 'zod';
import type { PayloadKind } from './payload-kind.js';
import { leanSafeParse } from './safe-parse.js';

// zod 4.6's z.compile generates a validator with `new Function`. It is opt-in here, built on first use
// (never at import, so importing a package stays cheap and CSP-safe), cached per schema, and skipped
// where code generation is not allowed.
const compiledSchemas = new WeakMap<z.ZodType, z.ZodType>();
let codeGeneration: boolean | undefined;

/** Whether this realm lets code be generated: false under a CSP without 'unsafe-eval', or in jitless mode. */
function canGenerateCode(): boolean {
  // Read zod's global config directly: core never calls zod's config function, not even to read it.
  if (z.core.globalConfig.jitless === true) return false;
  if (codeGeneration === undefined) {
    try {
      codeGeneration = typeof new Function('return 1') === 'function';
    } catch {
      codeGeneration = false;
    }
  }
  return codeGeneration;
}

/**
 * The compiled form of a payload kind's schema (or of any schema): the same verdicts, issues and output,
 * faster on valid payloads. Compiled on the first call and cached; a schema zod cannot compile, or a page
 * whose Content Security Policy forbids `new Function`, gets an uncompiled copy. The schema passed in is
 * never changed.
 *
 * Its `safeParse` returns what zod's does, but a failing result no longer keeps the payload alive from
 * old space until the next full collection (zod 4.6 builds `error` in per-result accessor closures,
 * which V8 keeps in old space): on large invalid payloads that made failing parses several times slower.
 *
 * Strict-CSP pages (no `'unsafe-eval'`) need not call it; if they do, nothing is generated. To keep zod
 * itself from trying code generation there, the app (never this package) turns on zod's `jitless`
 * option before parsing, as the validating-payloads guide shows.
 *
 * @example
 * const schema = compiledSchema(traffickingCaseKind);
 * for (const record of records) if (!schema.safeParse(record).success) rejected += 1;
 */
export function compiledSchema<S extends z.ZodType>(source: S | PayloadKind<S>): S {
  const schema = (isKind(source) ? source.schema : source) as S;
  let fast = compiledSchemas.get(schema);
  if (fast === undefined) {
    const compiled = canGenerateCode() ? (z.compile(schema) as z.ZodType) : schema;
    // z.compile hands back the schema itself when it cannot compile it: copy it then, never patch the caller's.
    const copy = compiled === schema ? schema.clone() : compiled;
    // An own property, as z.compile installs its own safeParse on the copy.
    copy.safeParse = (value, params) => leanSafeParse(copy, value, params);
    fast = copy;
    compiledSchemas.set(schema, fast);
  }
  return fast as S;
}

function isKind<S extends z.ZodType>(source: S | PayloadKind<S>): source is PayloadKind<S> {
  return 'ref' in source && 'schema' in source && (source as { schema?: unknown }).schema instanceof z.ZodType;
}
