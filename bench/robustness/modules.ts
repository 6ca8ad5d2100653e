import type { PayloadKind } from '@iom/core';
import type * as z from 'zod';
import { type EntryPoint, entryPoints, isPayloadKind } from '../src/workspace.js';

/** A loaded entry point and what it exports. */
export interface LoadedEntry {
  readonly entry: EntryPoint;
  readonly module: Record<string, unknown>;
}

/** Loads every entry point of every package (source condition). */
export async function loadEntries(): Promise<LoadedEntry[]> {
  const loaded: LoadedEntry[] = [];
  for (const entry of entryPoints()) {
    loaded.push({ entry, module: (await import(/* @vite-ignore */ entry.specifier)) as Record<string, unknown> });
  }
  return loaded;
}

/** Whether `value` is a zod schema. */
export function isSchema(value: unknown): value is z.ZodType {
  return (
    typeof value === 'object' &&
    value !== null &&
    '_zod' in value &&
    typeof (value as { safeParse?: unknown }).safeParse === 'function'
  );
}

/** Every exported zod schema, named `specifier#export`, each instance once. */
export function schemasOf(entries: readonly LoadedEntry[]): [string, z.ZodType][] {
  const seen = new Set<unknown>();
  const found: [string, z.ZodType][] = [];
  for (const { entry, module } of entries) {
    for (const [name, value] of Object.entries(module)) {
      if (!isSchema(value) || seen.has(value)) continue;
      seen.add(value);
      found.push([`${entry.specifier}#${name}`, value]);
    }
  }
  return found;
}

/** Every exported payload kind, each ref once. */
export function allKinds(entries: readonly LoadedEntry[]): PayloadKind[] {
  const kinds = new Map<string, PayloadKind>();
  for (const { module } of entries)
    for (const value of Object.values(module)) if (isPayloadKind(value)) kinds.set(value.ref, value);
  return [...kinds.values()].sort((a, b) => a.ref.localeCompare(b.ref));
}

/**
 * Text readers, found by name: exported functions named `parse…`, `from…`, `extract…`, `read…` or
 * `import…`, which promise a result (never a throw) for any input.
 */
export const READER_NAME = /^(parse|from|extract|read|import)[A-Z]/;

/** Every exported reader function, named `specifier#export`. */
/** Functions whose names look like readers but that take a program's own values, not untrusted input. */
const NOT_READERS = new Set(['importPseudonymKey', 'readConverterOptions']);

export function readersOf(entries: readonly LoadedEntry[]): [string, (...args: unknown[]) => unknown][] {
  const found: [string, (...args: unknown[]) => unknown][] = [];
  const seen = new Set<unknown>();
  for (const { entry, module } of entries) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function' || !READER_NAME.test(name) || NOT_READERS.has(name) || seen.has(value)) continue;
      seen.add(value);
      found.push([`${entry.specifier}#${name}`, value as (...args: unknown[]) => unknown]);
    }
  }
  return found;
}
