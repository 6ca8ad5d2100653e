import type { Issue } from './issue.js';
import { checkPayload, type PayloadValidation, shownKindId, versionIssue } from './kind-check.js';
import type { Locale } from './locale.js';
import { coreIssues } from './messages/index.js';
import { migrate } from './migration/migrate.js';
import type { MigrationResult } from './migration/types.js';
import { KIND_FIELD, kindVersions, type PayloadKind, parseKindRef } from './payload-kind.js';

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

/** Options of {@link PayloadKindRegistry.migrate}. */
export interface RegistryMigrateOptions {
  /** The version to migrate to: `iom.press-release@2`, or an id alone for its latest version. */
  readonly to: string;
  /** The version of a payload that has no `$kind` field. */
  readonly from?: number;
  /** Whether values may be dropped on the way; no by default. */
  readonly allowLoss?: boolean;
  /** The locale of messages and step titles; English by default. */
  readonly locale?: Locale;
}

/**
 * The payload kinds an app knows, every version of each. Each domain package exports its kinds; an
 * app (or the `iom` command) builds a registry from the packages it uses:
 *
 * @example
 * const registry = new PayloadKindRegistry([pressReleaseKind, contactPointKind]);
 * registry.validate(JSON.parse(text), { locale: 'fr' });
 */
export class PayloadKindRegistry {
  readonly #kinds = new Map<string, PayloadKind>();

  /** A registry holding `kinds`, with every version of each. */
  constructor(kinds: Iterable<PayloadKind> = []) {
    for (const kind of kinds) this.add(kind);
  }

  /**
   * Adds a kind with every one of its versions ({@link PayloadKind.versions}); adding a version
   * again is a no-op.
   *
   * @throws Error when another kind with the same `id@version` is registered already.
   */
  add(kind: PayloadKind): this {
    for (const version of kindVersions(kind)) {
      const known = this.#kinds.get(version.ref);
      if (known === version) continue;
      if (known !== undefined) throw new Error(`Payload kind ${version.ref} is registered already`);
      this.#kinds.set(version.ref, version);
    }
    return this;
  }

  /** Every registered kind, every version, sorted by id and version. */
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
   * `payload_not_object`, `payload_kind_missing`, `payload_kind_malformed`, `payload_kind_unknown`,
   * `payload_kind_version_newer` (newer than every version registered: upgrade the package) or
   * `payload_kind_version_unsupported` (with the versions that exist).
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
    if (ref !== undefined && versions.length > 0) return { issue: versionIssue(versions, ref.version, path, locale) };
    const known = [...new Set(this.list().map((candidate) => candidate.id))].join(', ');
    // Only a well-formed id is echoed; anything else is shortened so free text never enters a message.
    return {
      issue: coreIssues.issue('payload_kind_unknown', locale, { path, args: { kind: shownKindId(id), known } }),
    };
  }

  /** Validates a payload against its kind's schema, then its rules; never throws for bad input. */
  validate(payload: unknown, options: ValidatePayloadOptions = {}): PayloadValidation {
    const resolved = this.resolve(payload, options);
    if ('issue' in resolved) return { success: false, issues: [resolved.issue] };
    return checkPayload(resolved.kind, payload, options.locale ?? 'en');
  }

  /**
   * Migrates a payload to the version named by `options.to` (see `migrate`): for programs that know
   * the version they want by name only, such as the `iom migrate` command. An unknown kind or
   * version gives the same issues as {@link PayloadKindRegistry.resolve}.
   */
  migrate(payload: unknown, options: RegistryMigrateOptions): MigrationResult<unknown> {
    const resolved = this.resolve(undefined, {
      kind: options.to,
      ...(options.locale ? { locale: options.locale } : {}),
    });
    if ('issue' in resolved) return { success: false, issues: [resolved.issue], steps: [], lost: [] };
    return migrate(payload, { ...options, to: resolved.kind });
  }
}
