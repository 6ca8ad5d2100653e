#!/usr/bin/env node
// Writes the generated reference pages of the docs site into docs/generated/ (not committed):
//   labels.md         every code list of every installed @iom package, each code with its label in
//                     English, French and Spanish;
//   payload-kinds.md  every payload kind, its package, title and JSON Schema export path.
// The lists are found the way the `iom` command finds them (by the shape of the packages' exports),
// from the built packages, so run it after `turbo run build` and before typedoc.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findCodeLists, findKinds, loadPackages } from '@iom/cli';

const out = resolve(import.meta.dirname, '../docs/generated');
const { packages, skipped } = await loadPackages();
// A package of this workspace that fails to load would leave its labels out: that fails the docs build.
const workspace = new Set(
  readdirSync(resolve(import.meta.dirname, '../packages')).map(
    (dir) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../packages', dir, 'package.json'), 'utf8')).name,
  ),
);
for (const { name, reason } of skipped) {
  console.error(`write-label-docs: cannot load ${name} (build it first): ${reason}`);
  if (workspace.has(name)) process.exitCode = 1;
}
if (process.exitCode === 1) process.exit(1);

// A table cell: pipes and line breaks would break the Markdown table.
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const lists = findCodeLists(packages);
const byPackage = new Map();
for (const list of lists) byPackage.set(list.packageName, [...(byPackage.get(list.packageName) ?? []), list]);
let labels = `---
title: Label reference
---

# Label reference

Every code list of the IOM packages, each code with its label in English, French and Spanish.
Codes are stable machine values; labels are for display. Read a label in code with
\`label(catalog, code, locale)\` from \`@iom/core\`, or on the command line with
\`iom labels <code-list> --locale fr\`.

This page is generated from the packages' label catalogs by \`scripts/write-label-docs.mjs\`.
${lists.length} code lists in ${byPackage.size} packages.
`;
for (const [packageName, packageLists] of byPackage) {
  labels += `\n## ${packageName}\n`;
  for (const list of packageLists) {
    labels += `\n### ${list.name}\n\nExport \`${list.exportPath}\`, ${list.catalog.codes.length} codes.\n\n`;
    labels += '| Code | English | Français | Español |\n| --- | --- | --- | --- |\n';
    for (const code of list.catalog.codes) {
      const { en, fr, es } = list.catalog.labels;
      labels += `| \`${cell(code)}\` | ${cell(en[code])} | ${cell(fr[code])} | ${cell(es[code])} |\n`;
    }
  }
}

const kinds = findKinds(packages);
let kindsPage = `---
title: Payload kinds
---

# Payload kinds

Every payload kind of the IOM packages. A payload names its kind in its \`$kind\` field
(\`"$kind": "iom.contact-point@1"\`). Each kind's JSON Schema (draft 2020-12) ships in its package
under the export path given here, generated from the zod schema at build time; \`iom schema <kind>\`
prints it too.

| Kind | Package | Title | JSON Schema |
| --- | --- | --- | --- |
`;
for (const { kind, packageName } of kinds) {
  const path = `${packageName}/schemas/${kind.id}.v${kind.version}.json`;
  kindsPage += `| \`${kind.ref}\` | ${packageName} | ${cell(kind.title.en)} | \`${path}\` |\n`;
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'labels.md'), labels);
writeFileSync(join(out, 'payload-kinds.md'), kindsPage);
console.log(`write-label-docs: ${lists.length} code lists, ${kinds.length} payload kinds → docs/generated/`);
