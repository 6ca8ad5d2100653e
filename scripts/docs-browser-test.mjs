#!/usr/bin/env node
// Opens the built docs site (docs/api, from `npm run docs`) in headless Chromium (Debian's chromium,
// driven by playwright-core, which never downloads a browser) and checks what a reader sees:
//   1. the home page, with the guides and every workspace package in the navigation;
//   2. a package page (@iom/core) with its README and its exports;
//   3. a payload schema's page showing every one of its fields, and so do nested dated types;
//   4. typedoc's search box finding a symbol and taking the reader to it;
//   5. the label reference with labels in English, French and Spanish;
//   6. the model reference: one coded field of each payload kind with its codes and their labels in
//      English, French and Spanish, and a link to it from each payload schema's page;
//   7. the playground: an example of each kind is valid; a broken trafficking case gets its issues in
//      French with their paths and lines; text that is not JSON gets a line and column; 10 MB of text
//      and deep nesting get a message, and the page goes on working.
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
const { CLI_MESSAGES, findCodeLists, findKinds, loadPackages, locateJsonError } = await import('@iom/cli');
const { PayloadKindRegistry, toJsonSchema } = await import('@iom/core');
const { packages } = await loadPackages();
const codeLists = findCodeLists(packages);
const kinds = findKinds(packages).filter(({ packageName }) => only === undefined || only.includes(packageName));
// One entry per kind, its latest version: the model reference has a page per kind, and the playground an
// example per kind (of any version: older versions validate too).
const latestKinds = [
  ...kinds
    .reduce((latest, found) => {
      const seen = latest.get(found.kind.id);
      if (seen === undefined || seen.kind.version < found.kind.version) latest.set(found.kind.id, found);
      return latest;
    }, new Map())
    .values(),
];
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

  await check('model reference: a coded field of each kind, with its labels', async () => {
    // One field per kind, and the code list whose labels it must show.
    const fields = {
      'iom.contact-point@1': ['role', 'contact-role'],
      'iom.media-contact@1': ['role', 'contact-role'],
      'iom.country-mission@1': ['mainOffice.kind', 'unit-kind'],
      'iom.org-structure@1': ['units[].kind', 'unit-kind'],
      'iom.press-release@2': ['kind', 'release-kind'],
      'iom.trafficking-case@2': ['person.gender', 'gender'],
    };
    assert(kinds.length > 0 || only !== undefined, 'no payload kind found in the built packages');
    for (const { kind } of latestKinds) {
      const field = fields[kind.ref];
      assert(field !== undefined, `the docs test names no field to check for ${kind.ref}: add one`);
      const [path, listName] = field;
      const list = codeLists.find((candidate) => candidate.name === listName);
      assert(list !== undefined, `no code list ${listName}`);
      await page.goto(base, { waitUntil: 'load' });
      await page
        .locator('.tsd-navigation a, .site-menu a')
        .filter({ hasText: /^Model reference$/ })
        .first()
        .click();
      await page.waitForLoadState('load');
      await page.locator('.col-content a').filter({ hasText: kind.title.en }).first().click();
      await page.waitForLoadState('load');
      const text = await page.locator('.col-content').first().textContent();
      assert(text.includes(kind.ref), `the page of ${kind.ref} does not name it`);
      const item = page.locator(`[id="field-${path}"]`).locator('xpath=ancestor::li[1]');
      assert((await item.count()) === 1, `the page of ${kind.ref} has no field ${path}`);
      const fieldText = await item.textContent();
      // The codes the field allows: its enum in the kind's JSON Schema.
      let node = toJsonSchema(kind);
      for (const segment of path.split('.')) {
        node = node.properties[segment.replace('[]', '')];
        if (segment.endsWith('[]')) node = node.items;
      }
      assert(Array.isArray(node.enum) && node.enum.length > 1, `${kind.ref} ${path} is not a coded field`);
      for (const code of node.enum) {
        for (const locale of ['en', 'fr', 'es']) {
          const label = list.catalog.labels[locale][code];
          assert(fieldText.includes(label), `${kind.ref} ${path}: no ${locale} label "${label}" for ${code}`);
        }
      }
      assert(
        fieldText.includes('required') || fieldText.includes('optional'),
        `${kind.ref} ${path}: not said required`,
      );
      assert(
        text.includes('JSON Schema') && text.includes('"$schema"'),
        `the page of ${kind.ref} shows no JSON Schema`,
      );
    }
    // The trafficking case's page gives each field its privacy class and HTCDS field.
    if (kinds.some(({ kind }) => kind.id === 'iom.trafficking-case')) {
      const gender = await page.locator('[id="field-person.gender"]').locator('xpath=ancestor::li[1]').textContent();
      assert(
        gender.includes('prs_Gender') && gender.includes('quasi-identifier'),
        'person.gender: no HTCDS field or class',
      );
    }
  });

  await check('schema pages link to the model reference', async () => {
    for (const schema of schemas) {
      await expectFieldsOnPage({ ...schema, fields: [] });
      await page.goto(page.url().replace('/types/', '/variables/').replace('/interfaces/', '/variables/'), {
        waitUntil: 'load',
      });
      const link = page.locator('.tsd-tag-see a').filter({ hasText: 'Model reference' });
      assert((await link.count()) === 1, `the page of the schema ${schema.name} has no link to its model reference`);
      await link.click();
      await page.waitForLoadState('load');
      const heading = await page.locator('h1').first().textContent();
      assert(
        kinds.some(({ kind }) => heading.includes(kind.title.en)),
        `${schema.name}'s link leads to ${heading}`,
      );
    }
  });

  await check('playground: an example of each kind is valid', async () => {
    await openPlayground();
    const options = await page
      .locator('#iom-pg-example option')
      .evaluateAll((nodes) => nodes.map((node) => ({ value: node.value, text: node.textContent })));
    for (const { kind } of latestKinds) {
      const example = options.find((option) => option.text.startsWith(`${kind.id}@`));
      assert(example !== undefined, `no example of ${kind.id} in the playground`);
      await page.selectOption('#iom-pg-example', example.value);
      const summary = await validateIn(() => page.click('#iom-pg-load'));
      assert(summary.valid, `${example.text} is not valid in the playground: ${summary.text}`);
      assert(/^Valid: /.test(summary.text), `${example.text}: the verdict does not say valid plainly: ${summary.text}`);
    }
  });

  await check(
    'playground: a broken trafficking case gets its issues in French, with their paths and lines',
    async () => {
      if (!kinds.some(({ kind }) => kind.ref === 'iom.trafficking-case@1')) return;
      // Synthetic: no name or identifier of anyone.
      const broken = {
        $kind: 'iom.trafficking-case@1',
        registrationDate: '2021-13-40',
        person: { gender: 'Unknown gender', ageAtRegistration: 200, citizenship: ['EC', 'XX'] },
        consent: { interview: 'maybe' },
      };
      const text = JSON.stringify(broken, null, 2);
      const registry = new PayloadKindRegistry(kinds.map(({ kind }) => kind));
      const expected = registry.validate(broken, { locale: 'fr' }).issues;
      assert(expected.length >= 4, `the broken case has ${expected.length} issues only`);
      await openPlayground();
      await page.selectOption('#iom-pg-locale', 'fr');
      await page.fill('#iom-pg-input', text);
      const summary = await validateIn(() => page.click('#iom-pg-validate'));
      assert(!summary.valid, `the broken case is said valid: ${summary.text}`);
      const shown = await page.locator('.iom-pg-issue').evaluateAll((items) =>
        items.map((item) => ({
          path: item.dataset.path,
          code: item.dataset.code,
          line: Number(item.dataset.line),
          message: item.querySelector('.iom-pg-message')?.textContent,
          excerpt: item.querySelector('.iom-pg-line')?.textContent,
        })),
      );
      const lines = text.split('\n');
      for (const issue of expected) {
        const path = issue.path
          .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`))
          .join('')
          .replace(/^\./, '');
        const found = shown.find((item) => item.path === path && item.code === issue.code);
        assert(found !== undefined, `issue ${issue.code} at ${path} not shown: ${JSON.stringify(shown)}`);
        assert(found.message === issue.message, `${path}: message "${found.message}", expected "${issue.message}"`);
        const key = issue.path.at(-1);
        const line = lines[found.line - 1] ?? '';
        assert(
          typeof key === 'number' || line.includes(`"${key}"`),
          `${path}: shown at line ${found.line} (${line.trim()}), which is not its field's`,
        );
        assert(found.excerpt.includes(line.trim()), `${path}: the line beside the issue is not line ${found.line}`);
      }
    },
  );

  await check('playground: text that is not JSON gets a line and column', async () => {
    const text = '{\n  "$kind": "iom.trafficking-case@1",\n  "person": {,}\n}';
    const { line, column, problem } = locateJsonError(text);
    await openPlayground();
    await page.selectOption('#iom-pg-locale', 'en');
    await page.fill('#iom-pg-input', text);
    await validateIn(() => page.click('#iom-pg-validate'));
    const issue = page.locator('.iom-pg-issue').first();
    const shown = await issue.textContent();
    assert(shown.includes(`line ${line}, column ${column}`), `no line ${line}, column ${column} in: ${shown}`);
    assert(shown.includes(CLI_MESSAGES.en.notJson(CLI_MESSAGES.en.syntax[problem])), `no syntax message in: ${shown}`);
  });

  await check('playground: 10 MB of text and deep nesting get a message, and the page goes on', async () => {
    await openPlayground();
    await page.selectOption('#iom-pg-locale', 'en');
    // Set directly: typing 10 MB would measure the test, not the page.
    await page.$eval('#iom-pg-input', (editor) => {
      editor.value = `{"notes": "${'x'.repeat(10 * 1024 * 1024)}"}`;
    });
    let summary = await validateIn(() => page.click('#iom-pg-validate'));
    assert(summary.reason === 'too_large', `10 MB: ${summary.text}`);
    assert(/10,485,7\d\d characters/.test(summary.text), `10 MB: the message does not give the size: ${summary.text}`);
    await page.$eval('#iom-pg-input', (editor) => {
      editor.value = `{"a": ${'['.repeat(100_000)}}`;
    });
    summary = await validateIn(() => page.click('#iom-pg-validate'));
    assert(summary.reason === 'too_deep', `deep nesting: ${summary.text}`);
    // Still working: a valid example right after.
    await page.selectOption('#iom-pg-example', { index: 0 });
    summary = await validateIn(() => page.click('#iom-pg-load'));
    assert(summary.valid, `after bad input, an example is not valid: ${summary.text}`);
  });

  assert(pageErrors.length === 0, `script errors on the pages: ${pageErrors.join('; ')}`);
} finally {
  await context.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

/** Opens the playground from the navigation and waits for its worker to list the kinds and examples. */
async function openPlayground() {
  await page.goto(base, { waitUntil: 'load' });
  await page
    .locator('.tsd-navigation a, .site-menu a')
    .filter({ hasText: /^Playground$/ })
    .first()
    .click();
  await page.waitForLoadState('load');
  await page.locator('#iom-playground[data-ready="true"]').waitFor({ timeout: 30_000 });
}

/** Runs `action` (a click that validates) and waits for the new verdict; returns it. */
async function validateIn(action) {
  await page.$eval('#iom-pg-result', (result) => result.replaceChildren());
  await action();
  const summary = page.locator('#iom-pg-result .iom-pg-summary');
  await summary.waitFor({ timeout: 30_000 });
  const classes = (await summary.getAttribute('class')) ?? '';
  return {
    valid: classes.includes('iom-pg-valid'),
    reason: await summary.getAttribute('data-reason'),
    text: (await summary.textContent()) ?? '',
  };
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
