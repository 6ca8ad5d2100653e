#!/usr/bin/env node
// Freezes the JSON Schema of every version of every payload kind into packages/<pkg>/contracts/
// (<id>@<n>.json), refusing while a published version has a breaking change (see src/check.ts).
// Run at release (`npm run version-packages`) or by hand: `npm run contracts`. The check and the
// packages are TypeScript sources: they are bundled from source into .tmp/
// first (scripts/bundle-from-sources.mjs), so no package needs building.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleFromSources } from '../../scripts/bundle-from-sources.mjs';

const root = join(import.meta.dirname, '..', '..');
const outfile = join(root, '.tmp', 'contracts', 'freeze.mjs');
mkdirSync(join(root, '.tmp', 'contracts'), { recursive: true });
await bundleFromSources(join(import.meta.dirname, 'src', 'freeze-main.ts'), outfile);
const { run } = await import(pathToFileURL(outfile).href);
process.exitCode = run(root);
