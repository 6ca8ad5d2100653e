import * as z from 'zod';
import type { MigrationStep } from './migration/step.js';

/** The envelope field that names a payload's kind and major version: `"$kind": "iom.press-release@1"`. */
export const KIND_FIELD = '$kind';

/** A payload kind reference as written in the envelope: `id@major`. */
export type KindRef<Id extends string = string, Version extends number = number> = `${Id}@${Version}`;

/**
 * How the schema of one version of a kind may change between releases of its package, checked
 * against the version's frozen contract (`contracts/<id>@<n>.json`) on every test run:
 *
 * - `backward`: payloads written for an earlier release stay valid (apps keep what they stored);
 * - `forward`: payloads written for a later release are read by an earlier one (apps upgrade late);
 * - `full`: both. Any other change is a new version, with its migration step.
 */
export type CompatibilityMode = 'backward' | 'forward' | 'full';

/** A title in English, French and Spanish. */
export interface KindTitle {
  /** In English. */
  readonly en: string;
  /** In French. */
  readonly fr: string;
  /** In Spanish. */
  readonly es: string;
}

/**
 * One version of a kind of payload that IOM apps exchange, such as `iom.press-release` version 2,
 * with the schema that validates it. The version is a major version: a payload of version 2 stays
 * valid for every release of the version-2 schema. Every version knows the others
 * ({@link PayloadKind.versions}) and the step from the one before ({@link PayloadKind.step}), so that
 * `migrate` can move a payload between any two.
 */
export interface PayloadKind<
  S extends z.ZodType = z.ZodType,
  Id extends string = string,
  Version extends number = number,
> {
  /** A stable id, lowercase, dotted: `iom.press-release`. */
  readonly id: Id;
  /** The major version. */
  readonly version: Version;
  /** `id@version`, as written in a payload's `$kind` field. */
  readonly ref: KindRef<Id, Version>;
  /** A short description, in English, French and Spanish. */
  readonly title: KindTitle;
  /**
   * The schema that validates a payload of this version, `$kind` field included, and gives the whole
   * verdict: field checks and whole-record rules (references between parts, a tree without cycles, terms
   * that must not overlap). A kind adds metadata to its schema, never rules of its own.
   */
  readonly schema: S;
  /** The npm package that defines the kind (`@iom/press`), named when a payload is newer than it knows. */
  readonly package?: string;
  /** How one version's schema may change between releases (`full` unless the kind says otherwise). */
  readonly compatibility: CompatibilityMode;
  /** Every version of the kind, oldest first, this one included. */
  readonly versions: readonly PayloadKind<z.ZodType, Id>[];
  /** The step from the previous version to this one; none for the first version. */
  readonly step?: MigrationStep;
}

/** One version in {@link definePayloadKind}'s `versions`. */
export interface PayloadKindVersionDefinition<S extends z.ZodType = z.ZodType, Version extends number = number> {
  /** The major version: one more than the version before it. */
  readonly version: Version;
  /** The schema of a payload of this version, whole-record rules included. */
  readonly schema: S;
  /** How a payload of the previous version becomes one of this version; none for the first. */
  readonly step?: MigrationStep;
}

/** What {@link definePayloadKind} takes for a kind of a single version. */
export interface SingleVersionKindDefinition<Id extends string, Version extends number, S extends z.ZodType> {
  /** A stable id, lowercase, dotted. */
  readonly id: Id;
  /** The major version. */
  readonly version: Version;
  /** A short description, in English, French and Spanish. */
  readonly title: KindTitle;
  /** The schema. */
  readonly schema: S;
  /** The npm package that defines the kind. */
  readonly package?: string;
  /** How one version's schema may change between releases; `full` by default. */
  readonly compatibility?: CompatibilityMode;
}

/** What {@link definePayloadKind} takes for a kind of several versions. */
export interface VersionedKindDefinition<Id extends string, Versions extends readonly PayloadKindVersionDefinition[]> {
  /** A stable id, lowercase, dotted. */
  readonly id: Id;
  /** A short description, in English, French and Spanish. */
  readonly title: KindTitle;
  /** The versions, oldest first, each one more than the one before. */
  readonly versions: Versions;
  /** The npm package that defines the kind. */
  readonly package?: string;
  /** How one version's schema may change between releases; `full` by default. */
  readonly compatibility?: CompatibilityMode;
}

/** The payload kind that one entry of {@link VersionedKindDefinition.versions} stands for, typed. */
export type PayloadKindOfVersion<Id extends string, D> =
  D extends PayloadKindVersionDefinition<infer S, infer V> ? PayloadKind<S, Id, V> : never;

/**
 * The latest version of a kind declared with several versions, whose `versions` keep each version's
 * schema type: `pressReleaseKind.versions[0]` is the `@1` kind, typed.
 */
export type VersionedPayloadKind<Id extends string, Versions extends readonly PayloadKindVersionDefinition[]> = Omit<
  PayloadKindOfVersion<Id, Versions extends readonly [...unknown[], infer Last] ? Last : Versions[number]>,
  'versions'
> & {
  /** Every version of the kind, oldest first, each typed. */
  readonly versions: { readonly [K in keyof Versions]: PayloadKindOfVersion<Id, Versions[K]> };
};

const ID = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;
const MAX_REF_LENGTH = 128;
const REF = /^([a-z][a-z0-9]*(?:[.-][a-z0-9]+)*)@([1-9][0-9]{0,5})$/;

/** Whether `id` is a well-formed kind id (lowercase, dotted, not too long). */
export function isKindId(id: string): boolean {
  return id.length <= MAX_REF_LENGTH - 8 && ID.test(id);
}

/**
 * The zod schema of the `$kind` field of a payload kind: the literal `id@version`. Payload schemas
 * include it (optional or not) so that a payload says what it is.
 */
export function kindField<const Id extends string, const Version extends number>(
  id: Id,
  version: Version,
): z.ZodLiteral<KindRef<Id, Version>> {
  return z.literal(`${id}@${version}` as KindRef<Id, Version>);
}

/**
 * Declares a payload kind of one version (`{ id, version, title, schema }`), or of several
 * (`{ id, title, versions: [{ version: 1, schema }, { version: 2, schema, step }] }`), and returns its
 * latest version. Each version after the first says, in its `step`, how a payload of the version
 * before becomes one of it; `migrate` goes both ways with it.
 *
 * @throws TypeError when `id` is not lowercase and dotted, a version is not a positive whole number,
 * versions do not follow each other one by one, or a step is missing or given to the first version:
 * programming errors, caught by the package's own tests.
 *
 * @example
 * export const pressReleaseKind = definePayloadKind({
 *   id: 'iom.press-release',
 *   title: { en: 'Press release', fr: 'Communiqué de presse', es: 'Comunicado de prensa' },
 *   package: '@iom/press',
 *   versions: [
 *     { version: 1, schema: PressReleaseV1 },
 *     { version: 2, schema: PressRelease, step: missionIdsStep },
 *   ],
 * });
 */
export function definePayloadKind<const Id extends string, const Version extends number, S extends z.ZodType>(
  definition: SingleVersionKindDefinition<Id, Version, S>,
): PayloadKind<S, Id, Version>;
export function definePayloadKind<
  const Id extends string,
  const Versions extends readonly [PayloadKindVersionDefinition, ...PayloadKindVersionDefinition[]],
>(definition: VersionedKindDefinition<Id, Versions>): VersionedPayloadKind<Id, Versions>;
export function definePayloadKind(
  definition:
    | SingleVersionKindDefinition<string, number, z.ZodType>
    | VersionedKindDefinition<string, readonly PayloadKindVersionDefinition[]>,
): PayloadKind {
  const { id, title } = definition;
  if (!isKindId(id)) throw new TypeError(`Payload kind id must be lowercase and dotted: ${id}`);
  const given: readonly PayloadKindVersionDefinition[] =
    'versions' in definition ? definition.versions : [{ version: definition.version, schema: definition.schema }];
  if (given.length === 0) throw new TypeError(`Payload kind ${id} has no version`);
  const versions: PayloadKind[] = [];
  for (const [index, version] of given.entries()) {
    if (!Number.isInteger(version.version) || version.version < 1) {
      throw new TypeError(`Payload kind version must be a positive whole number: ${version.version}`);
    }
    const previous = versions[index - 1];
    if (previous !== undefined && version.version !== previous.version + 1) {
      throw new TypeError(`${id}: version ${version.version} must follow version ${previous.version}`);
    }
    if (previous !== undefined && version.step === undefined) {
      throw new TypeError(`${id}@${version.version} needs the step from version ${previous.version}`);
    }
    if (previous === undefined && version.step !== undefined) {
      throw new TypeError(`${id}@${version.version} is the first version: it has no step`);
    }
    versions.push(
      Object.freeze({
        id,
        version: version.version,
        ref: `${id}@${version.version}`,
        title,
        schema: version.schema,
        ...(definition.package === undefined ? {} : { package: definition.package }),
        compatibility: definition.compatibility ?? 'full',
        versions,
        ...(version.step === undefined ? {} : { step: version.step }),
      }),
    );
  }
  Object.freeze(versions);
  return versions[versions.length - 1] as PayloadKind;
}

/** A kind reference read from a payload's envelope. */
export interface KindReference {
  /** The kind's id. */
  readonly id: string;
  /** The major version. */
  readonly version: number;
}

/**
 * Reads `id@version` (`iom.press-release@1`). Returns `undefined` for anything else.
 */
export function parseKindRef(ref: string): KindReference | undefined {
  // Real references are short; the cap keeps the regex cheap on hostile `$kind` values.
  if (ref.length > MAX_REF_LENGTH) return undefined;
  const match = REF.exec(ref);
  return match === null ? undefined : { id: match[1] ?? '', version: Number(match[2]) };
}

/** Every version of `kind`: its `versions`, or the kind alone for an object made without {@link definePayloadKind}. */
export function kindVersions(kind: PayloadKind): readonly PayloadKind[] {
  return Array.isArray(kind.versions) && kind.versions.length > 0 ? kind.versions : [kind];
}
