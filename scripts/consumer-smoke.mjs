#!/usr/bin/env node
// Consumer smoke test: packs every published package, installs the tarballs into a fresh app with the
// lowest zod the peer range allows, type-checks the app with skipLibCheck off under `nodenext` (ESM and
// CJS files) and `bundler` resolution, and runs `import` and `require` of every entry point. Then checks
// the two ES module builds as installed: Node's own (`import.node.default`) loads no date-fns,
// libphonenumber-js nor papaparse at import and loads them on first use; a bundler's (`import.default`, and
// `import.node.module` when it targets Node; with the packages' own `#` imports) bundles and runs for the
// browser and for Node.
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
  const lazyOut = run('node', ['--import', './record-loads.mjs', 'run-lazy.mjs'], writeLazyCheck(app, packages)).trim();
  const bundled = await bundleAndRun(app);
  console.log(
    `consumer smoke: zod ${zodFloor}, typescript ${typescript}; nodenext + bundler type-check passed; import: ${esmOut}; require: ${cjsOut}; ${lazyOut}; ${bundled}`,
  );
} finally {
  rmSync(app, { recursive: true, force: true });
}

/**
 * Writes the check of Node's build into `app`: every package's main entry is imported with a module hook
 * recording each file Node loads; none may belong to date-fns, libphonenumber-js or papaparse, which the
 * calls after the imports must then load (formatDate, parsePhoneNumbers, parseCsv) and use.
 */
function writeLazyCheck(app, list) {
  writeFileSync(
    join(app, 'record-loads.mjs'),
    `import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
globalThis.loadedUrls = [];
port1.on('message', (url) => globalThis.loadedUrls.push(url));
port1.unref();
register('data:text/javascript,' + encodeURIComponent(\`
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }
\`), { data: { port: port2 }, transferList: [port2] });
`,
  );
  const mains = list.map(({ json }) => json.name).filter((name) => name !== '@iom/cli');
  writeFileSync(
    join(app, 'run-lazy.mjs'),
    `import { createRequire } from 'node:module';
const heavy = /\\/node_modules\\/(date-fns|@date-fns\\/tz|libphonenumber-js|papaparse)\\//;
// ES modules are seen by the hook, CommonJS ones (what the Node build loads on first use) in require's cache.
const loaded = () => [...globalThis.loadedUrls, ...Object.keys(createRequire(import.meta.url).cache)].filter((f) => heavy.test(f));
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
for (const spec of ${JSON.stringify(mains)}) await import(spec);
await settle();
if (loaded().length > 0) throw new Error('loaded at import: ' + loaded().slice(0, 3).join(', '));
const { formatDate } = await import('@iom/core');
const { parsePhoneNumbers } = await import('@iom/contact');
if (formatDate('2023-10-01', 'fr') !== '1 octobre 2023') throw new Error('formatDate: ' + formatDate('2023-10-01', 'fr'));
const [phone] = parsePhoneNumbers('+593 2 244 4928').value;
const { parseCsv } = await import('@iom/trafficking');
if (parseCsv('a,b\\n1,2\\n').value[0]?.b !== '2') throw new Error('parseCsv');
if (phone?.e164 !== '+59322444928' || phone.valid !== true) throw new Error('parsePhoneNumbers: ' + JSON.stringify(phone));
for (const name of ['date-fns', 'libphonenumber-js', 'papaparse']) {
  if (!loaded().some((f) => f.includes('/node_modules/' + name + '/'))) throw new Error(name + ' was not loaded on first use');
}
console.log(\`Node build: ${mains.length} main entries imported without date-fns, libphonenumber-js or papaparse, each loaded on first use\`);
`,
  );
  return app;
}

/**
 * Bundles a small app from the installed packages with esbuild (the bundlers' builds, with the packages'
 * own `#` imports), for the browser and for Node, and runs the Node bundle.
 */
async function bundleAndRun(app) {
  const { build } = await import('esbuild');
  writeFileSync(
    join(app, 'bundled-app.mjs'),
    `import { formatDate } from '@iom/core';
import { parsePhoneNumbers } from '@iom/contact';
import { TraffickingCase } from '@iom/trafficking';
const out = [formatDate('2023-10-01', 'es'), parsePhoneNumbers('+593 2 244 4928').value[0]?.e164, typeof TraffickingCase.safeParse];
console.log(JSON.stringify(out));
`,
  );
  const expected = JSON.stringify(['1 de octubre de 2023', '+59322444928', 'function']);
  for (const platform of ['browser', 'node']) {
    await build({
      entryPoints: [join(app, 'bundled-app.mjs')],
      outfile: join(app, `bundled-${platform}.mjs`),
      bundle: true,
      format: 'esm',
      platform,
      target: 'es2022',
      logLevel: 'error',
    });
  }
  // The Node bundle holds everything: it runs from a folder without node_modules.
  const alone = mkdtempSync(join(tmpdir(), 'iom-bundle-'));
  try {
    writeFileSync(join(alone, 'app.mjs'), readFileSync(join(app, 'bundled-node.mjs')));
    const out = run('node', ['app.mjs'], alone).trim();
    if (out !== expected) throw new Error(`bundled app printed ${out}, expected ${expected}`);
  } finally {
    rmSync(alone, { recursive: true, force: true });
  }
  return 'esbuild bundles for the browser and for Node (run without node_modules) passed';
}
