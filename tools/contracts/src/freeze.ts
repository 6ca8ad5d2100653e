import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ContractProblem, checkContracts, contractOf, versionsOf } from './check.js';
import { contractFile, KIND_PACKAGES, loadChangesets, loadPackage, packageDir, REPOSITORY_ROOT } from './workspace.js';

/** What {@link freezeContracts} did, or refused to do. */
export interface FreezeReport {
  /** The files written: new versions, and versions changed compatibly since they were frozen. */
  readonly written: readonly string[];
  /** Why nothing was written: breaking changes to published versions, versions not announced. */
  readonly problems: readonly ContractProblem[];
}

/**
 * Freezes the contract of every version of every payload kind: writes `contracts/<id>@<n>.json` in each
 * package for versions not frozen yet and for versions whose schema changed compatibly, as a release
 * publishes them. Refuses, writing nothing, while any contract check fails: a breaking change to a
 * published version cannot be frozen over.
 */
export function freezeContracts(root = REPOSITORY_ROOT): FreezeReport {
  const changesets = loadChangesets(root);
  const problems: ContractProblem[] = [];
  const pending: [string, string][] = [];
  for (const name of Object.keys(KIND_PACKAGES)) {
    const pkg = loadPackage(name, root);
    problems.push(...checkContracts(pkg, changesets));
    const dir = packageDir(name, root);
    for (const kind of versionsOf(pkg.kinds)) {
      const text = `${JSON.stringify(contractOf(kind), null, 2)}\n`;
      const frozen = pkg.frozen.get(kind.ref);
      if (frozen === undefined || `${JSON.stringify(frozen, null, 2)}\n` !== text)
        pending.push([contractFile(dir, kind.ref), text]);
    }
  }
  if (problems.length > 0) return { written: [], problems };
  for (const [file, text] of pending) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { written: pending.map(([file]) => file), problems: [] };
}
