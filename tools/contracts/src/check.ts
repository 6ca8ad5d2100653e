import { type CompatibilityMode, kindVersions, type PayloadKind, toJsonSchema } from '@iom/core';
import { type Changeset, isBreakingBump, namesRef } from './changesets.js';
import type { JsonSchema } from './classify.js';
import { type ContractBreak, contractBreaks } from './compatibility.js';

/** What the contract check knows of one package. */
export interface PackageContracts {
  /** The package name, `@iom/press`. */
  readonly name: string;
  /** Its version in package.json. */
  readonly version: string;
  /** Every payload kind it exports, any version (each kind's versions are all checked). */
  readonly kinds: readonly PayloadKind[];
  /** Its frozen contracts by kind version, `iom.press-release@1` → the JSON Schema in `contracts/`. */
  readonly frozen: ReadonlyMap<string, JsonSchema>;
  /** Its CHANGELOG.md, empty before the first release. */
  readonly changelog: string;
}

/** One thing wrong with the contracts, in English, for the test's failure message. */
export interface ContractProblem {
  /** The kind version: `iom.press-release@1`. */
  readonly ref: string;
  /** What is wrong and what to do. */
  readonly message: string;
  /** The breaking changes, when that is the problem. */
  readonly breaks?: readonly ContractBreak[];
}

/** Every version of every kind of a package, once each, sorted by id and version. */
export function versionsOf(kinds: readonly PayloadKind[]): PayloadKind[] {
  const byRef = new Map<string, PayloadKind>();
  for (const kind of kinds) for (const version of kindVersions(kind)) byRef.set(version.ref, version);
  return [...byRef.values()].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
}

/** The latest version number of a kind. */
function latestVersion(kind: PayloadKind): number {
  return Math.max(...kindVersions(kind).map((version) => version.version));
}

/** The contract of a kind version as frozen: its JSON Schema (draft 2020-12), as `toJsonSchema` writes it. */
export function contractOf(kind: PayloadKind): JsonSchema {
  return toJsonSchema(kind);
}

/**
 * Checks a package's payload kinds against their frozen contracts and the changesets:
 *
 * - each version with a frozen contract keeps the compatibility its kind declares (backward, forward
 *   or full) with it: a breaking change to a published version is refused, and must become a new version;
 * - each version after the first is announced as a breaking change of its package (a major bump, or a
 *   minor one below 1.0.0) by a changeset naming it, or by the package's changelog once released;
 * - a frozen contract whose version the package no longer has is refused unless such a changeset names it.
 *
 * A version without a frozen contract is not published yet: `npm run contracts` freezes it at release.
 */
export function checkContracts(pkg: PackageContracts, changesets: readonly Changeset[]): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const announced = (ref: string): boolean =>
    namesRef(pkg.changelog, ref) ||
    changesets.some(
      (changeset) => isBreakingBump(changeset.bumps[pkg.name], pkg.version) && namesRef(changeset.body, ref),
    );
  const versions = versionsOf(pkg.kinds);
  for (const kind of versions) {
    const frozen = pkg.frozen.get(kind.ref);
    if (frozen !== undefined) {
      const breaks = contractBreaks(frozen, contractOf(kind), kind.compatibility as CompatibilityMode);
      if (breaks.length > 0) {
        problems.push({
          ref: kind.ref,
          message:
            `${kind.ref} (${pkg.name}) breaks its frozen contract (compatibility ${kind.compatibility}): ` +
            `${breaks.map((b) => `${b.direction} ${b.pointer}: ${b.description}`).join('; ')}. ` +
            `A published version never changes so: give ${kind.id} version ${latestVersion(kind) + 1} with the step ` +
            'from this one, and a breaking changeset naming it (docs/evolving-a-payload-kind.md).',
          breaks,
        });
      }
    }
    if (kind.version > 1 && !announced(kind.ref)) {
      problems.push({
        ref: kind.ref,
        message:
          `${kind.ref} is a new version of ${kind.id}: add a changeset with a breaking bump of ${pkg.name} ` +
          `(major, or minor below 1.0.0) that names ${kind.ref} and says what its step does.`,
      });
    }
  }
  const current = new Set<string>(versions.map((kind) => kind.ref));
  for (const ref of pkg.frozen.keys()) {
    if (!current.has(ref) && !announced(ref)) {
      problems.push({
        ref,
        message:
          `${ref} is frozen in ${pkg.name}/contracts but the package no longer has it: payloads of a published ` +
          'version stay readable; dropping one is a breaking change, announced by a changeset naming it.',
      });
    }
  }
  return problems;
}
