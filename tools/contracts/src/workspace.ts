import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as contact from '@iom/contact';
import type { PayloadKind } from '@iom/core';
import * as missions from '@iom/missions';
import * as organization from '@iom/organization';
import * as press from '@iom/press';
import * as trafficking from '@iom/trafficking';
import { type Changeset, parseChangeset } from './changesets.js';
import type { PackageContracts } from './check.js';
import type { JsonSchema } from './classify.js';

/** The repository's root. */
export const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * The packages that define payload kinds, by name, with their public exports. Imported statically so
 * that the check runs on sources in the tests and bundles for the freeze script; `workspace.test.ts`
 * fails when a package of the repository that exports a kind is missing here.
 */
export const KIND_PACKAGES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  '@iom/contact': contact,
  '@iom/organization': organization,
  '@iom/missions': missions,
  '@iom/press': press,
  '@iom/trafficking': trafficking,
};

/** Whether a value is a payload kind, by its shape (as the `iom` command finds kinds). */
export function isPayloadKind(value: unknown): value is PayloadKind {
  if (typeof value !== 'object' || value === null) return false;
  const kind = value as Partial<PayloadKind>;
  return (
    typeof kind.id === 'string' &&
    typeof kind.ref === 'string' &&
    typeof kind.version === 'number' &&
    typeof kind.schema === 'object'
  );
}

/** The folder of the repository's package named `name`. */
export function packageDir(name: string, root = REPOSITORY_ROOT): string {
  for (const folder of readdirSync(join(root, 'packages'))) {
    const manifest = join(root, 'packages', folder, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === name) {
      return join(root, 'packages', folder);
    }
  }
  throw new Error(`No package ${name} in ${root}/packages`);
}

/** The file of a kind version's frozen contract: `packages/press/contracts/iom.press-release@1.json`. */
export function contractFile(dir: string, ref: string): string {
  return join(dir, 'contracts', `${ref}.json`);
}

/** What the contract check needs of a package, read from the repository. */
export function loadPackage(name: string, root = REPOSITORY_ROOT): PackageContracts {
  const dir = packageDir(name, root);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const frozen = new Map<string, JsonSchema>();
  const contracts = join(dir, 'contracts');
  if (existsSync(contracts)) {
    for (const file of readdirSync(contracts)
      .filter((entry) => entry.endsWith('.json'))
      .sort()) {
      frozen.set(file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(contracts, file), 'utf8')) as JsonSchema);
    }
  }
  const changelogFile = join(dir, 'CHANGELOG.md');
  return {
    name,
    version: manifest.version,
    kinds: Object.values(KIND_PACKAGES[name] ?? {}).filter(isPayloadKind),
    frozen,
    changelog: existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '',
  };
}

/** The changesets waiting in `.changeset/`. */
export function loadChangesets(root = REPOSITORY_ROOT): Changeset[] {
  const folder = join(root, '.changeset');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .flatMap((file) => parseChangeset(file, readFileSync(join(folder, file), 'utf8')) ?? []);
}
