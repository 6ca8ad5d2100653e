import type { PayloadKind } from '@iom/core';
import { z } from 'zod';

// What @iom/core could add: a lazy, opt-in compiled validator per payload kind. It compiles on first
// use (never at import), caches per schema, and falls back to the plain schema when `new Function` is
// unavailable (strict-CSP pages: z.compile then cannot generate code). Browser apps under CSP should
// not call it at all, and set `globalThis.__zod_globalConfig = { jitless: true }` before zod loads.
const compiled = new WeakMap<z.ZodType, z.ZodType>();

/** Whether this realm lets code be generated (`new Function`); false under a CSP without 'unsafe-eval'. */
function canGenerateCode(): boolean {
  try {
    return typeof new Function('return 1') === 'function';
  } catch {
    return false;
  }
}

/** The compiled form of a kind's schema (or of a schema), built on first call and cached. */
export function compileKind(source: PayloadKind | z.ZodType): z.ZodType {
  const schema = 'ref' in source && 'schema' in source ? (source as PayloadKind).schema : (source as z.ZodType);
  let fast = compiled.get(schema);
  if (fast === undefined) {
    fast = canGenerateCode() ? (z.compile(schema) as z.ZodType) : schema;
    compiled.set(schema, fast);
  }
  return fast;
}
