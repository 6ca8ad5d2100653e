// Size budgets checked by `npm run size` (part of `npm test`), min+gzip, kB = 1000 B, measured 2026-12-03:
// - each entry point (the build bundlers read, zod ignored): about 15 % above the size measured when
//   the budget was set; dependencies other than zod (date-fns, libphonenumber-js) are counted, as an
//   app pays them;
// - each consumer entry of bench/consumers (one schema and its safeParse, zod bundled, as an app
//   ships it): a few per cent above the size measured, and never above the goal of issue 14 (the plain
//   zod object plus the entry's goalOverFloor). bench/RESULTS.md gives the figures.
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const BUDGETS = {
  '@iom/core': '36.5 kB', // measured 31.75 kB
  '@iom/core/subdivision-names': '58.7 kB', // measured 51.03 kB
  '@iom/contact': '86.1 kB', // measured 74.85 kB
  '@iom/contact/email': '1.7 kB', // measured 1.42 kB
  '@iom/contact/phone': '65.1 kB', // measured 56.61 kB
  '@iom/organization': '35.9 kB', // measured 31.26 kB
  // measured 26.01 kB (issue 16): 120 country offices with their regional-office links and sources
  '@iom/organization/data': '29.9 kB',
  '@iom/missions': '32.8 kB', // measured 28.52 kB
  // measured 44.05 kB: 120 missions (issue 16), without the iso-3166 table (issue 14; 99.96 kB with it)
  '@iom/missions/data': '50.7 kB',
  '@iom/press': '122.1 kB', // measured 106.2 kB
  '@iom/trafficking': '62.7 kB', // measured 54.51 kB
};

// Consumer entries: 3 % above the size measured, capped at the goal (plain zod object 22.13 kB + goal).
const CONSUMER_BUDGETS = {
  'zod-object.js': '22.8 kB', // measured 22.13 kB: the floor, zod alone
  'email.js': '20.1 kB', // measured 19.5 kB; goal 25.13 kB
  'contact-point.js': '37 kB', // measured 35.95 kB; goal 42.13 kB
  'trafficking-case.js': '42.1 kB', // measured 41.39 kB; goal 42.13 kB
  'press-release.js': '47.1 kB', // measured 46.03 kB; goal 47.13 kB
  // CountryMission and OrgStructure carry their whole-record rules since issue 13 (one verdict).
  'country-mission.js': '42.1 kB', // measured 41.37 kB; goal 42.13 kB
  'org-structure.js': '39.1 kB', // measured 37.98 kB; goal 42.13 kB
};

// As bench/run.mjs bundles: ES modules for a browser, ES2022. (esbuild's default here, an IIFE, turns each
// import of an ignored zod into a require() with interop helpers that no app ships.)
const asBenchBundles = (config) => ({ ...config, platform: 'browser', format: 'esm', target: 'es2022' });

const entries = [];
for (const folder of readdirSync(join(__dirname, 'packages')).sort()) {
  const manifestPath = join(__dirname, 'packages', folder, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  // The `iom` command runs on Node only: it has no browser bundle to budget.
  if (manifest.name === '@iom/cli') continue;
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target !== 'object' || target.import === undefined) continue;
    const name = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
    // The build a bundler reads (`import.node` is Node's own build).
    const file = typeof target.import === 'string' ? target.import : target.import.default;
    entries.push({
      name,
      path: join(__dirname, 'packages', folder, file),
      import: '*',
      ignore: ['zod'],
      gzip: true,
      // An entry point without a budget fails until one is set here.
      limit: BUDGETS[name] ?? '0 B',
      modifyEsbuildConfig: asBenchBundles,
    });
  }
}

const consumers = JSON.parse(readFileSync(join(__dirname, 'bench', 'consumers', 'consumers.json'), 'utf8'));
for (const { file, label } of consumers.entries) {
  if (CONSUMER_BUDGETS[file] === undefined) continue;
  entries.push({
    name: `consumer: ${label.replaceAll('`', '')}`,
    path: join(__dirname, 'bench', 'consumers', file),
    gzip: true,
    limit: CONSUMER_BUDGETS[file],
    modifyEsbuildConfig: asBenchBundles,
  });
}
module.exports = entries;
