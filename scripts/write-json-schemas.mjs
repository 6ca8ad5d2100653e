#!/usr/bin/env node
// Writes the JSON Schema (draft 2020-12) of every payload kind a package exports into
// `<package>/schemas/<id>.v<version>.json`, from the package's built entry (run after tsup).
// A payload kind is found by its shape: string `id` and `ref`, number `version`, `title`, `schema`;
// every version of it (its `versions`) gets a file.
// Usage: node scripts/write-json-schemas.mjs <package-dir>... [--check]
//   --check  fails when a file on disk differs from what would be written (or a kind has no file).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toJsonSchema } from '@iom/core';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dirs = args.filter((arg) => !arg.startsWith('--'));
if (dirs.length === 0) {
  console.error('usage: node scripts/write-json-schemas.mjs <package-dir>... [--check]');
  process.exit(2);
}

const isKind = (value) =>
  typeof value === 'object' &&
  value !== null &&
  typeof value.id === 'string' &&
  typeof value.ref === 'string' &&
  typeof value.version === 'number' &&
  typeof value.title === 'object' &&
  typeof value.schema?.safeParse === 'function';

let failed = false;
for (const dir of dirs) {
  const root = resolve(dir);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entry = pkg.exports?.['.']?.import?.default ?? pkg.module;
  if (entry === undefined) throw new Error(`${pkg.name}: no ESM entry in package.json`);
  let exports;
  try {
    exports = await import(pathToFileURL(join(root, entry)).href);
  } catch (error) {
    console.error(`${pkg.name}: cannot import ${entry} (build the package first): ${error.message}`);
    failed = true;
    continue;
  }
  const kinds = [
    ...new Map(
      Object.values(exports)
        .filter(isKind)
        .flatMap((kind) => (Array.isArray(kind.versions) ? kind.versions : [kind]))
        .map((kind) => [kind.ref, kind]),
    ).values(),
  ];
  const out = join(root, 'schemas');
  const files = new Map(
    kinds.map((kind) => [`${kind.id}.v${kind.version}.json`, `${JSON.stringify(toJsonSchema(kind), null, 2)}\n`]),
  );
  if (check) {
    for (const [name, text] of files) {
      let current = '';
      try {
        current = readFileSync(join(out, name), 'utf8');
      } catch {}
      if (current !== text) {
        console.error(`${pkg.name}: schemas/${name} is missing or stale; run the build`);
        failed = true;
      }
    }
    continue;
  }
  if (kinds.length === 0) {
    console.log(`${pkg.name}: no payload kinds`);
    continue;
  }
  // Stale schemas of kinds that no longer exist are removed; the folder is entirely generated.
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  const exportsWanted = [...files.keys()].map((name) => `"./schemas/${name}": "./schemas/${name}"`);
  const missing = [...files.keys()].filter((name) => pkg.exports?.[`./schemas/${name}`] === undefined);
  console.log(`${pkg.name}: wrote ${[...files.keys()].map((name) => `schemas/${name}`).join(', ')}`);
  if (missing.length > 0) console.warn(`${pkg.name}: package.json "exports" lacks ${exportsWanted.join(', ')}`);
}
if (failed) process.exit(1);
