#!/usr/bin/env node
// Builds the playground into dist/ for the docs site (the typedoc plugin copies it there):
//   playground.js   the page's script, with the worker's code embedded as text (run from a blob: URL,
//                   so the page needs no second file and works offline, even opened from disk);
//   playground.css  its styles, on typedoc's theme colours.
// The worker bundles the real packages (their built ESM, as an app's bundler would take them), and
// the files of the repository's examples/ folder.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = import.meta.dirname;
const out = join(here, 'dist');
const examplesDir = resolve(here, '../../examples');

const exampleFiles = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(?:json|ndjson)$/.test(name))
  .sort()
  .map((name) => ({
    name: relative(examplesDir, join(examplesDir, name)),
    text: readFileSync(join(examplesDir, name), 'utf8'),
  }));

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
};

const worker = await build({
  ...common,
  entryPoints: [join(here, 'src/worker.ts')],
  define: { __IOM_EXAMPLE_FILES__: JSON.stringify(exampleFiles) },
});
const workerSource = worker.outputFiles[0].text;

const page = await build({
  ...common,
  entryPoints: [join(here, 'src/main.ts')],
  define: { __IOM_WORKER_SOURCE__: JSON.stringify(workerSource) },
});

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'playground.js'), page.outputFiles[0].contents);
copyFileSync(join(here, 'src/playground.css'), join(out, 'playground.css'));

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(
  `playground: worker ${kB(worker.outputFiles[0].contents.length)} (${kB(gzipSync(worker.outputFiles[0].contents).length)} gzip), ` +
    `playground.js ${kB(page.outputFiles[0].contents.length)} (${kB(gzipSync(page.outputFiles[0].contents).length)} gzip), ` +
    `${exampleFiles.length} example files`,
);
