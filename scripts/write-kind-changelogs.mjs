#!/usr/bin/env node
// Writes docs/generated/kind-changelogs.md (not committed): for every payload kind of the installed @iom
// packages, its versions, newest first, each with what its migration step does (title, reason, the
// operations' summaries, whether each way can lose data), its compatibility mode and its frozen contract.
// Generated from the kinds' own steps, found the way the `iom` command finds kinds, from the built
// packages: run it after `turbo run build` and before typedoc (`npm run docs` does).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isPayloadKind, loadPackages } from '@iom/cli';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs', 'generated');
const { packages, skipped } = await loadPackages();
const workspace = new Map(
  readdirSync(join(root, 'packages')).map((dir) => [
    JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).name,
    dir,
  ]),
);
for (const { name, reason } of skipped) {
  console.error(`write-kind-changelogs: cannot load ${name} (build it first): ${reason}`);
  if (workspace.has(name)) process.exitCode = 1;
}
if (process.exitCode === 1) process.exit(1);

// Every kind once by id, with its versions, oldest first.
const kinds = new Map();
for (const pkg of packages) {
  for (const value of Object.values(pkg.exports)) {
    if (!isPayloadKind(value)) continue;
    const versions = Array.isArray(value.versions) && value.versions.length > 0 ? value.versions : [value];
    const known = kinds.get(value.id);
    if (known === undefined || versions.length > known.versions.length) {
      kinds.set(value.id, { packageName: pkg.name, versions });
    }
  }
}

const lossText = (lossy) =>
  lossy ? 'can drop values (refused unless the caller allows losses; each is named)' : 'loses nothing';

let page = `---
title: Payload kind changelogs
---

# Payload kind changelogs

What changed between the versions of each payload kind, newest first, generated from the kinds' own
migration steps by \`scripts/write-kind-changelogs.mjs\`. \`migrate\` (\`@iom/core\`) and \`iom migrate\` move a
payload between any two versions of its kind through these steps. How versions are added and what counts
as a breaking change: [Evolving a payload kind](../evolving-a-payload-kind.md).
`;
for (const [id, { packageName, versions }] of [...kinds].sort(([a], [b]) => a.localeCompare(b))) {
  const latest = versions[versions.length - 1];
  const numbers = versions.map((version) => version.version);
  const held =
    versions.length === 1
      ? `one version, \`${latest.ref}\``
      : `versions ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}, the latest \`${latest.ref}\``;
  page += `\n## ${id}\n\n${latest.title.en}. Package \`${packageName}\`; ${held}; compatibility \`${latest.compatibility ?? 'full'}\`.\n`;
  for (const version of [...versions].reverse()) {
    const dir = workspace.get(packageName);
    const contract = dir === undefined ? undefined : `packages/${dir}/contracts/${version.ref}.json`;
    const frozen = contract !== undefined && existsSync(join(root, contract));
    page += `\n### ${version.ref}`;
    if (version.step === undefined) {
      page += '\n\nThe first version.';
    } else {
      const step = version.step;
      page += `: ${step.title.en}\n\n`;
      if (step.reason !== undefined) page += `${step.reason}\n\n`;
      for (const operation of step.operations) page += `- ${operation.summary}\n`;
      page += `\nFrom version ${version.version - 1} up: ${lossText(step.lossy.up)}. Down again: ${lossText(step.lossy.down)}.`;
    }
    page += frozen ? ` Frozen contract: \`${contract}\`.\n` : ' Not frozen yet: its contract is frozen at release.\n';
  }
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'kind-changelogs.md'), page);
