import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PayloadKind } from '@iom/core';

/** The monorepo root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One entry point of a workspace package. */
export interface EntryPoint {
  /** The import specifier, `@iom/contact` or `@iom/organization/data`. */
  readonly specifier: string;
  /** The package's name. */
  readonly pkg: string;
  /** The package folder, absolute. */
  readonly dir: string;
  /** The source file (`@iom/source` condition), absolute. */
  readonly source: string;
  /** The built ESM file, absolute (may not exist yet). */
  readonly dist: string;
}

interface ExportTarget {
  readonly '@iom/source'?: string;
  readonly import?: { readonly default?: string } | string;
}

/**
 * Every entry point of every package under packages/ whose source exists, read from the
 * package.json `exports` maps, so a package or subpath added later is picked up without edits here.
 */
export function entryPoints(root: string = ROOT): EntryPoint[] {
  const found: EntryPoint[] = [];
  const packagesDir = join(root, 'packages');
  for (const folder of readdirSync(packagesDir).sort()) {
    const dir = join(packagesDir, folder);
    const manifestPath = join(dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      name: string;
      exports?: Record<string, ExportTarget | string>;
    };
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target !== 'object' || target['@iom/source'] === undefined) continue;
      const importTarget = typeof target.import === 'string' ? target.import : target.import?.default;
      const source = join(dir, target['@iom/source']);
      if (!existsSync(source)) continue;
      found.push({
        specifier: subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
        pkg: manifest.name,
        dir,
        source,
        dist: join(dir, importTarget ?? 'dist/index.js'),
      });
    }
  }
  return found;
}

/** Whether `value` looks like a payload kind: string `id`, number `version`, string `ref`, a `schema`. */
export function isPayloadKind(value: unknown): value is PayloadKind {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.id === 'string' &&
    typeof candidate.version === 'number' &&
    typeof candidate.ref === 'string' &&
    typeof candidate.schema === 'object' &&
    candidate.schema !== null
  );
}

/** The payload kinds a module exports, by duck typing, each once, sorted by ref. */
export function kindsOf(module: Record<string, unknown>): PayloadKind[] {
  const kinds = new Map<string, PayloadKind>();
  for (const value of Object.values(module)) if (isPayloadKind(value)) kinds.set(value.ref, value);
  return [...kinds.values()].sort((a, b) => a.ref.localeCompare(b.ref));
}
