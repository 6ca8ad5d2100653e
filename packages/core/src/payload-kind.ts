import * as z from 'zod';
import { coreIssues } from './core-issues.js';
import { formatIssues } from './format-issues.js';
import type { Issue } from './issue.js';
import type { Locale } from './locale.js';
import { leanSafeParse } from './safe-parse.js';

/** The envelope field that names a payload's kind and major version: `"$kind": "iom.press-release@1"`. */
export const KIND_FIELD = '$kind';

/** A payload kind reference as written in the envelope: `id@major`. */
export type KindRef<Id extends string = string, Version extends number = number> = `${Id}@${Version}`;

/**
 * A kind of payload that IOM apps exchange, such as `iom.press-release` version 1, with the schema
 * that validates it. The version is a major version: a payload of version 1 stays valid for every
 * release of the version-1 schema.
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
  readonly title: { readonly en: string; readonly fr: string; readonly es: string };
  /** The schema that validates a payload of this kind, `$kind` field included. */
  readonly schema: S;
  /**
   * The rules a payload must also follow that span the whole record, such as references between its
   * parts, a tree without cycles or terms that must not overlap. They run on the parsed data once the
   * schema passes, in {@link PayloadKindRegistry.validate} and the `iom` command, and return the issues
   * in `locale` with paths from the payload's root (none: `[]`). JSON Schema cannot state them, so
   * apps not written in TypeScript check them with the `iom` command.
   */
  rules?(data: z.output<S>, locale: Locale): readonly Issue[];
}

const ID = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;
const MAX_REF_LENGTH = 128;
const REF = /^([a-z][a-z0-9]*(?:[.-][a-z0-9]+)*)@([1-9][0-9]{0,5})$/;

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
 * Declares a payload kind.
 *
 * @throws TypeError when `id` is not lowercase and dotted or `version` is not a positive whole
 * number: a programming error, caught by the package's own tests.
 */
export function definePayloadKind<
  const Id extends string,
  const Version extends number,
  S extends z.ZodType,
>(definition: {
  readonly id: Id;
  readonly version: Version;
  readonly title: { readonly en: string; readonly fr: string; readonly es: string };
  readonly schema: S;
  readonly rules?: (data: z.output<S>, locale: Locale) => readonly Issue[];
}): PayloadKind<S, Id, Version> {
  if (definition.id.length > MAX_REF_LENGTH - 8 || !ID.test(definition.id))
    throw new TypeError(`Payload kind id must be lowercase and dotted: ${definition.id}`);
  if (!Number.isInteger(definition.version) || definition.version < 1) {
    throw new TypeError(`Payload kind version must be a positive whole number: ${definition.version}`);
  }
  return { ...definition, ref: `${definition.id}@${definition.version}` as KindRef<Id, Version> };
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

/** The result of {@link PayloadKindRegistry.validate}. */
export type PayloadValidation =
  | { readonly success: true; readonly kind: PayloadKind; readonly data: unknown; readonly issues: readonly [] }
  | { readonly success: false; readonly kind?: PayloadKind; readonly issues: readonly Issue[] };

/** Options of {@link PayloadKindRegistry.validate}. */
export interface ValidatePayloadOptions {
  /** The locale of the messages; English by default. */
  readonly locale?: Locale;
  /**
   * The kind to validate against (`iom.press-release` or `iom.press-release@1`) when the caller
   * knows it. Without a version, the highest registered version is used. A payload that also has
   * a `$kind` is still checked against it by the kind's schema.
   */
  readonly kind?: string;
}

/**
 * The payload kinds an app knows. Each domain package exports its kinds; an app (or the `iom`
 * command) builds a registry from the packages it uses:
 *
 * @example
 * const registry = new PayloadKindRegistry([pressReleaseKind, contactPointKind]);
 * registry.validate(JSON.parse(text), { locale: 'fr' });
 */
export class PayloadKindRegistry {
  readonly #kinds = new Map<string, PayloadKind>();

  /** A registry holding `kinds`. */
  constructor(kinds: Iterable<PayloadKind> = []) {
    for (const kind of kinds) this.add(kind);
  }

  /**
   * Adds a kind.
   *
   * @throws Error when another kind with the same `id@version` is registered already.
   */
  add(kind: PayloadKind): this {
    if (this.#kinds.has(kind.ref)) throw new Error(`Payload kind ${kind.ref} is registered already`);
    this.#kinds.set(kind.ref, kind);
    return this;
  }

  /** Every registered kind, sorted by id and version. */
  list(): PayloadKind[] {
    return [...this.#kinds.values()].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
  }

  /**
   * The kind named `id@version`, or by `id` alone the highest registered version of it;
   * `undefined` when none is registered.
   */
  get(idOrRef: string): PayloadKind | undefined {
    const ref = parseKindRef(idOrRef);
    if (ref !== undefined) return this.#kinds.get(`${ref.id}@${ref.version}`);
    let best: PayloadKind | undefined;
    for (const kind of this.#kinds.values()) {
      if (kind.id === idOrRef && (best === undefined || kind.version > best.version)) best = kind;
    }
    return best;
  }

  /**
   * Finds the kind of `payload` from `options.kind` or from its `$kind` field, or says why it cannot:
   * `payload_not_object`, `payload_kind_missing`, `payload_kind_malformed`, `payload_kind_unknown` or
   * `payload_kind_version_unsupported`.
   */
  resolve(payload: unknown, options: ValidatePayloadOptions = {}): { kind: PayloadKind } | { issue: Issue } {
    const locale = options.locale ?? 'en';
    let written: string;
    let path: (string | number)[] = [];
    if (options.kind !== undefined) {
      written = options.kind;
    } else {
      if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
        return { issue: coreIssues.issue('payload_not_object', locale) };
      }
      const value: unknown = Object.hasOwn(payload, KIND_FIELD)
        ? (payload as Record<string, unknown>)[KIND_FIELD]
        : undefined;
      if (value === undefined)
        return { issue: coreIssues.issue('payload_kind_missing', locale, { path: [KIND_FIELD] }) };
      path = [KIND_FIELD];
      if (typeof value !== 'string' || parseKindRef(value) === undefined) {
        return { issue: coreIssues.issue('payload_kind_malformed', locale, { path }) };
      }
      written = value;
    }
    const kind = this.get(written);
    if (kind !== undefined) return { kind };
    const ref = parseKindRef(written);
    const id = ref?.id ?? written;
    const versions = this.list().filter((candidate) => candidate.id === id);
    if (ref !== undefined && versions.length > 0) {
      const args = { kind: id, version: ref.version, supported: versions.map((v) => v.version).join(', ') };
      return { issue: coreIssues.issue('payload_kind_version_unsupported', locale, { path, args }) };
    }
    const known = [...new Set(this.list().map((candidate) => candidate.id))].join(', ');
    // Only a well-formed id is echoed; anything else is shortened so free text never enters a message.
    const shown = id.length <= 64 && ID.test(id) ? id : `${id.slice(0, 16)}…`;
    return { issue: coreIssues.issue('payload_kind_unknown', locale, { path, args: { kind: shown, known } }) };
  }

  /** Validates a payload against its kind's schema, then its rules; never throws for bad input. */
  validate(payload: unknown, options: ValidatePayloadOptions = {}): PayloadValidation {
    const resolved = this.resolve(payload, options);
    if ('issue' in resolved) return { success: false, issues: [resolved.issue] };
    const { kind } = resolved;
    const locale = options.locale ?? 'en';
    // Not kind.schema.safeParse: zod's failing result keeps the payload alive (see safe-parse.ts).
    const result = leanSafeParse(kind.schema, payload);
    if (!result.success)
      return { success: false, kind, issues: formatIssues(result.error, locale, { input: payload }) };
    const broken = kind.rules?.(result.data, locale) ?? [];
    if (broken.length > 0) return { success: false, kind, issues: broken };
    return { success: true, kind, data: result.data, issues: [] };
  }
}
