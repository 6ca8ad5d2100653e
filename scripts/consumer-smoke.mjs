#!/usr/bin/env node
// Consumer smoke test: packs every published package, installs the tarballs into a fresh app with the
// lowest zod the peer range allows, type-checks the app with skipLibCheck off under `nodenext` (ESM and
// CJS files) and `bundler` resolution, and runs `import` and `require` of every entry point.
// Needs the packages built (`turbo run build`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({
    dir: join(root, 'packages', dir),
    json: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')),
  }))
  .filter(({ json }) => !json.private)
  // `node scripts/consumer-smoke.mjs @iom/core …` checks only the named packages.
  .filter(({ json }) => process.argv.length <= 2 || process.argv.slice(2).includes(json.name));

// The lowest zod the peer ranges allow: the highest floor among the packages' `^x.y.z` ranges.
const floors = packages
  .map(({ json }) => json.peerDependencies?.zod)
  .filter(Boolean)
  .map((range) => range.replace(/^\^/, ''));
const zodFloor = floors.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1);
const typescript = JSON.parse(readFileSync(join(root, 'node_modules/typescript/package.json'), 'utf8')).version;

const app = mkdtempSync(join(tmpdir(), 'iom-consumer-'));
const tarballs = join(app, 'tarballs');
mkdirSync(tarballs);
try {
  for (const { dir } of packages) run('npm', ['pack', '--silent', '--pack-destination', tarballs], dir);
  const tgz = readdirSync(tarballs).map((file) => join(tarballs, file));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
  );
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `zod@${zodFloor}`,
      `typescript@${typescript}`,
      '@types/node@20',
      ...tgz,
    ],
    app,
  );

  const specifiers = packages.flatMap(({ json }) =>
    Object.keys(json.exports ?? { '.': null })
      .filter((subpath) => !subpath.endsWith('.json'))
      .map((subpath) => (subpath === '.' ? json.name : `${json.name}/${subpath.slice(2)}`)),
  );
  const names = specifiers.map((_, i) => `m${i}`);
  const esm = specifiers.map((spec, i) => `import * as ${names[i]} from '${spec}';`).join('\n');
  const cjs = specifiers.map((spec, i) => `import ${names[i]} = require('${spec}');`).join('\n');
  const use = `\nexport const exportCounts: number[] = [${names.map((n) => `Object.keys(${n}).length`).join(', ')}];\n`;
  // Typed use of the core API, so that the declarations are exercised and not just loaded.
  const typed = `
import { CountryCode, validate, type Locale } from '@iom/core';
const locale: Locale = 'fr';
const result = validate(CountryCode, 'EC', locale);
export const ok: boolean = result.success;
`;
  mkdirSync(join(app, 'src'));
  writeFileSync(join(app, 'src/esm.mts'), esm + use + typed);
  writeFileSync(join(app, 'src/cjs.cts'), cjs + use);
  writeFileSync(join(app, 'src/bundler.ts'), esm + use + typed);
  const base = {
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    target: 'es2022',
    types: ['node'],
    exactOptionalPropertyTypes: true,
  };
  writeFileSync(
    join(app, 'tsconfig.nodenext.json'),
    JSON.stringify({
      compilerOptions: { ...base, module: 'nodenext', moduleResolution: 'nodenext' },
      files: ['src/esm.mts', 'src/cjs.cts'],
    }),
  );
  writeFileSync(
    join(app, 'tsconfig.bundler.json'),
    JSON.stringify({
      compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler' },
      files: ['src/bundler.ts'],
    }),
  );
  const tsc = join(app, 'node_modules/typescript/bin/tsc');
  run('node', [tsc, '-p', 'tsconfig.nodenext.json'], app);
  run('node', [tsc, '-p', 'tsconfig.bundler.json'], app);

  const check = (how) => `
const specs = ${JSON.stringify(specifiers)};
for (const spec of specs) {
  const mod = ${how};
  if (Object.keys(mod).length === 0) throw new Error(spec + ' exports nothing');
}
console.log(specs.length + ' entry points loaded');
`;
  writeFileSync(join(app, 'run-esm.mjs'), check('await import(spec)'));
  writeFileSync(join(app, 'run-cjs.cjs'), check('require(spec)'));
  const esmOut = run('node', ['run-esm.mjs'], app).trim();
  const cjsOut = run('node', ['run-cjs.cjs'], app).trim();
  console.log(
    `consumer smoke: zod ${zodFloor}, typescript ${typescript}; nodenext + bundler type-check passed; import: ${esmOut}; require: ${cjsOut}`,
  );
} finally {
  rmSync(app, { recursive: true, force: true });
}
