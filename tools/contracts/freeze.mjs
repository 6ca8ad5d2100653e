#!/usr/bin/env node
// Freezes the JSON Schema of every version of every payload kind into packages/<pkg>/contracts/
// (<id>@<n>.json), refusing while a published version has a breaking change (see src/check.ts).
// Run at release (`npm run version-packages`) or by hand: `npm run contracts`. The check and the
// packages are TypeScript sources: esbuild bundles them (the `@iom/source` condition) into .tmp/ first,
// as bench/run.mjs does, so no package needs building.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', '..');
const outfile = join(root, '.tmp', 'contracts', 'freeze.mjs');
mkdirSync(join(root, '.tmp', 'contracts'), { recursive: true });
await build({
  entryPoints: [join(import.meta.dirname, 'src', 'freeze-main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['@iom/source'],
  // Only the IOM packages are bundled from source; their dependencies load from node_modules.
  plugins: [
    {
      name: 'external-non-iom',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@iom/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
  logLevel: 'error',
});
const { run } = await import(pathToFileURL(outfile).href);
process.exitCode = run(root);
