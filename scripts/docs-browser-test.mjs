#!/usr/bin/env node
// Opens the built docs site (docs/api, from `npm run docs`) in headless Chromium (Debian's chromium,
// driven by playwright-core, which never downloads a browser) and checks what a reader sees:
//   1. the home page, with the guides and every workspace package in the navigation;
//   2. a package page (@iom/core) with its README and its exports;
//   3. a payload schema's page showing every one of its fields, and so do nested dated types;
//   4. typedoc's search box finding a symbol and taking the reader to it;
//   5. the label reference with labels in English, French and Spanish.
// Usage: node scripts/docs-browser-test.mjs [site-dir]   (the browser: scripts/find-browser.mjs; CHROME_PATH overrides)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureBrowser, MISSING_BROWSER } from './find-browser.mjs';

const root = resolve(import.meta.dirname, '..');
const site = resolve(process.argv[2] ?? join(root, 'docs/api'));
const executablePath = ensureBrowser();
if (executablePath === undefined) {
  console.error(MISSING_BROWSER);
  process.exit(1);
}
const artifacts = join(root, '.tmp/docs-test');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(site, path));
  if (!file.startsWith(site)) {
    response.writeHead(403).end();
    return;
  }
  if (path.endsWith('/')) file = join(file, 'index.html');
  try {
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}/`;

// What the site must show, taken from the workspace and the built packages.
// DOCS_TEST_PACKAGES=@iom/core,@iom/cli limits the checks to some packages (for a partial site).
// biome-ignore lint/suspicious/noUndeclaredEnvVars: an optional filter for partial sites
const only = process.env.DOCS_TEST_PACKAGES?.split(',');
const workspace = readdirSync(join(root, 'packages'))
  .map((dir) => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')))
  .filter((pkg) => !pkg.private)
  .map((pkg) => pkg.name)
  .filter((name) => only === undefined || only.includes(name));
const { findKinds, loadPackages } = await import('@iom/cli');
const { packages } = await loadPackages();
const schemas = [];
for (const { kind, packageName } of findKinds(packages)) {
  const exports = packages.find((p) => p.name === packageName)?.exports ?? {};
  const name = Object.keys(exports).find((key) => exports[key] === kind.schema && /^[A-Z]/.test(key));
  const shape = kind.schema.shape ?? kind.schema.def?.shape;
  if (only !== undefined && !only.includes(packageName)) continue;
  if (name !== undefined && shape !== undefined) schemas.push({ name, packageName, fields: Object.keys(shape) });
}

// Types nested in payloads whose fields come partly from Validity (validFrom, validUntil): written as
// intersections, they list every field only because they are tagged @interface.
const nested = [];
for (const [packageName, names] of [
  ['@iom/organization', ['OrgUnit', 'UnitLink', 'Post', 'Membership']],
  ['@iom/missions', ['MissionOffice', 'ChiefOfMissionTerm']],
]) {
  if (only !== undefined && !only.includes(packageName)) continue;
  const exports = packages.find((p) => p.name === packageName)?.exports ?? {};
  for (const name of names) {
    const shape = exports[name]?.shape;
    assert(shape !== undefined, `${packageName} exports no object schema ${name}`);
    nested.push({ name, packageName, fields: Object.keys(shape) });
  }
}

const userDataDir = mkdtempSync(join(tmpdir(), 'iom-docs-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));

const results = [];
async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n     ${String(error.message).split('\n').slice(0, 6).join('\n     ')}`);
    mkdirSync(artifacts, { recursive: true });
    await page
      .screenshot({ path: join(artifacts, `${name.replace(/\W+/g, '-')}.png`), fullPage: true })
      .catch(() => {});
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Finds `name` with the search box and checks that its type page (type alias or interface) shows every field. */
async function expectFieldsOnPage({ name, packageName, fields }) {
  await page.goto(base, { waitUntil: 'load' });
  await openSearch();
  await page.keyboard.type(name);
  const results = page.locator('#tsd-search-results li a').filter({ hasText: name });
  await results.first().waitFor({ state: 'visible', timeout: 10_000 });
  // The type page of this package: types/ or interfaces/_iom_<package>[.<entry>].<Name>.html
  const slug = packageName.replace('@', '_').replace('/', '_');
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find(
    (h) => (h.includes('types/') || h.includes('interfaces/')) && h.includes(slug) && h.endsWith(`.${name}.html`),
  );
  assert(href !== undefined, `search for ${name} gave no type page of ${packageName}: ${hrefs.join(', ')}`);
  await page.goto(new URL(href, page.url()).href, { waitUntil: 'load' });
  const text = await page.locator('.col-content, main, body').first().textContent();
  const missing = fields.filter((field) => !text.includes(field));
  assert(missing.length === 0, `${packageName} ${name}: the page does not show the fields ${missing.join(', ')}`);
}

try {
  await check('home page', async () => {
    await page.goto(base, { waitUntil: 'load' });
    assert((await page.title()).includes('IOM shared domain packages'), `title is ${await page.title()}`);
    const text = await page.locator('body').textContent();
    assert(text.includes('Start with the'), 'the home page does not show docs/index.md');
    for (const guide of [
      'Getting started',
      'Validating payloads',
      'Languages and labels',
      'Privacy of case data',
      'Interoperable formats',
    ]) {
      assert((await page.getByRole('link', { name: guide }).count()) > 0, `no link to the guide "${guide}"`);
    }
    // The navigation's top link leads to the index of packages.
    await page.locator('.tsd-navigation a').first().click();
    await page.waitForLoadState('load');
    for (const name of workspace) {
      assert((await page.locator(`a:text-is("${name}")`).count()) > 0, `no link to ${name} in the index of packages`);
    }
  });

  await check('package page', async () => {
    await page.goto(new URL('modules.html', base).href, { waitUntil: 'load' });
    await page.locator('a:text-is("@iom/core")').first().click();
    await page.waitForLoadState('load');
    const heading = await page.locator('h1').first().textContent();
    assert(heading.includes('@iom/core'), `package page heading is ${heading}`);
    const text = await page.locator('body').textContent();
    assert(text.includes('PayloadKindRegistry'), 'the @iom/core page does not list PayloadKindRegistry');
    assert(text.includes('toJsonSchema'), 'the @iom/core page does not list toJsonSchema');
  });

  await check('search', async () => {
    await page.goto(base, { waitUntil: 'load' });
    await openSearch();
    await page.keyboard.type('PayloadKindRegistry');
    const result = page
      .locator('#tsd-search-results li a, .results li a')
      .filter({ hasText: 'PayloadKindRegistry' })
      .first();
    await result.waitFor({ state: 'visible', timeout: 10_000 });
    await result.click();
    await page.waitForLoadState('load');
    const heading = await page.locator('h1').first().textContent();
    assert(heading.includes('PayloadKindRegistry'), `search led to a page titled ${heading}`);
  });

  await check('schema with its fields', async () => {
    assert(schemas.length > 0, 'no payload kind with an exported object schema was found in the built packages');
    for (const schema of schemas) await expectFieldsOnPage(schema);
    console.log(
      `     checked ${schemas.map((schema) => `${schema.name} (${schema.fields.length} fields)`).join(', ')}`,
    );
  });

  await check('nested types with their dated fields', async () => {
    assert(nested.length > 0, 'no nested type with validity dates was found in the built packages');
    for (const type of nested) await expectFieldsOnPage(type);
    console.log(`     checked ${nested.map((type) => `${type.name} (${type.fields.length} fields)`).join(', ')}`);
  });

  await check('label reference', async () => {
    await page.goto(base, { waitUntil: 'load' });
    await page.getByRole('link', { name: 'Label reference' }).first().click();
    await page.waitForLoadState('load');
    const headers = await page.locator('table th').allInnerTexts();
    for (const header of ['Code', 'English', 'Français', 'Español']) {
      assert(headers.includes(header), `the label tables have no ${header} column`);
    }
    assert((await page.locator('table tbody tr').count()) > 10, 'the label tables are (almost) empty');
  });

  assert(pageErrors.length === 0, `script errors on the pages: ${pageErrors.join('; ')}`);
} finally {
  await context.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

async function openSearch() {
  // typedoc 0.28: a search button opens a dialog with the input; older layouts show the input at once.
  const input = page.locator('#tsd-search-input, #tsd-search input');
  if (!(await input.first().isVisible())) {
    const trigger = page.locator('#tsd-search-trigger, #tsd-search label, [aria-label="Search"]').first();
    if (await trigger.isVisible()) await trigger.click();
    else await page.keyboard.press('/');
  }
  await input.first().waitFor({ state: 'visible', timeout: 5_000 });
  await input.first().click();
}

const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length}/${results.length} docs checks passed`);
if (failed.length > 0) process.exitCode = 1;
