// Size budgets per entry point (built dist files, min+gzip, zod ignored), checked by `npm run size`.
// Budgets are about 15 % above the sizes measured by size-limit itself on 2026-11-28;
// dependencies other than zod (iso-3166 data, date-fns, libphonenumber-js) are counted, as an app pays them.
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const BUDGETS = {
  '@iom/core': '86.3 kB', // measured 75.01 kB
  '@iom/contact': '148.2 kB', // measured 128.82 kB
  // measured 1.59 kB (2026-12-03): `import * as z` keeps zod's member names in this entry's own code
  // (+0.19 kB with zod external), and saves zod's locales (about 66 kB gzip) once an app bundles zod.
  '@iom/contact/email': '1.8 kB',
  '@iom/contact/phone': '64.7 kB', // measured 56.21 kB
  '@iom/organization': '94.5 kB', // measured 82.11 kB
  // measured 26.01 kB (2026-12-03, issue 16): 120 country offices with their regional-office links and sources
  // (was 10.93 kB with 21 country offices)
  '@iom/organization/data': '29.9 kB',
  '@iom/missions': '94.3 kB', // measured 81.96 kB
  // measured 99.96 kB (2026-12-03, issue 16): the loader inlines all eight mission files, 120 missions;
  // the same build with the 72 missions before issue 16's last step measured 89.54 kB (+10.42 kB of data)
  '@iom/missions/data': '115 kB',
  '@iom/press': '173.3 kB', // measured 150.66 kB
  '@iom/trafficking': '115.5 kB', // measured 100.42 kB
};

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
    const file = typeof target.import === 'string' ? target.import : target.import.default;
    entries.push({
      name,
      path: join(__dirname, 'packages', folder, file),
      import: '*',
      ignore: ['zod'],
      gzip: true,
      // An entry point without a budget fails until one is set here.
      limit: BUDGETS[name] ?? '0 B',
    });
  }
}
module.exports = entries;
