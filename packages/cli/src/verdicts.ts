import {
  compiledSchema,
  formatIssues,
  type Issue,
  KIND_FIELD,
  type Locale,
  type PayloadKind,
  type PayloadKindRegistry,
} from '@iom/core';

/** The verdict on one record: what `PayloadKindRegistry.validate` says, without the parsed data. */
export interface Verdict {
  /** Whether the record is valid. */
  readonly valid: boolean;
  /** The kind it was validated against, when one was found. */
  readonly kind: PayloadKind | undefined;
  /** `JSON.stringify(kind.ref)`, or `null` when no kind was found: ready for JSON output. */
  readonly kindJson: string;
  /** The issues (none when valid). */
  readonly issues: readonly Issue[];
}

/**
 * Validates records as `registry.validate(value, { locale, kind })` does, for a stream of records:
 * the kind is resolved once per `$kind` value (or once for all records when `kind` is given), not
 * per record, and a valid record costs the compiled schema's `safeParse` and the kind's rules, if any
 * (the verdict of a valid record is one shared object per kind). Anything out of the ordinary (no `$kind`, an
 * unknown kind, a payload that is not an object) goes through `registry.resolve`, so the issues are
 * the registry's own.
 */
export class RecordValidator {
  readonly #registry: PayloadKindRegistry;
  readonly #locale: Locale;
  readonly #options: { readonly locale: Locale };
  /** The kind given on the command line, resolved once. */
  readonly #fixed: KindEntry | undefined;
  /** Resolved kinds by `$kind` value: only values that name a registered kind, so a few entries. */
  readonly #byRef = new Map<string, KindEntry>();

  /**
   * A validator with the registry's kinds, messages in `locale`; with `kind` (`id` or `id@version`,
   * which must be registered), every record is validated against that kind.
   *
   * @throws Error when `kind` is given but not registered: the caller checks it first.
   */
  constructor(registry: PayloadKindRegistry, locale: Locale, kind?: string) {
    this.#registry = registry;
    this.#locale = locale;
    this.#options = { locale };
    if (kind !== undefined) {
      const found = registry.get(kind);
      if (found === undefined) throw new Error(`Payload kind ${kind} is not registered`);
      this.#fixed = kindEntry(found);
    }
  }

  /** The verdict on `value`; never throws for bad input. */
  validate(value: unknown): Verdict {
    let entry = this.#fixed;
    if (entry === undefined) {
      const written =
        typeof value === 'object' && value !== null && Object.hasOwn(value, KIND_FIELD)
          ? (value as Record<string, unknown>)[KIND_FIELD]
          : undefined;
      entry = typeof written === 'string' && !Array.isArray(value) ? this.#byRef.get(written) : undefined;
      if (entry === undefined) {
        const resolved = this.#registry.resolve(value, this.#options);
        if ('issue' in resolved) return { valid: false, kind: undefined, kindJson: 'null', issues: [resolved.issue] };
        entry = kindEntry(resolved.kind);
        // Only a string that resolves is kept: at most one per registered kind.
        if (typeof written === 'string') this.#byRef.set(written, entry);
      }
    }
    const { kind, valid, schema } = entry;
    // The compiled schema (built on first use by core, kept here) gives the same verdicts and issues, faster.
    const result = schema.safeParse(value);
    if (!result.success) {
      return {
        valid: false,
        kind,
        kindJson: valid.kindJson,
        issues: formatIssues(result.error, this.#locale, { input: value }),
      };
    }
    // The schema's verdict is whole: its whole-record rules ran inside safeParse.
    return valid;
  }
}

/** A resolved kind: the verdict on its valid records (one shared object) and its compiled schema. */
interface KindEntry {
  readonly kind: PayloadKind;
  readonly valid: Verdict;
  readonly schema: PayloadKind['schema'];
}

function kindEntry(kind: PayloadKind): KindEntry {
  const valid = Object.freeze({ valid: true, kind, kindJson: JSON.stringify(kind.ref), issues: Object.freeze([]) });
  // Looked up once per kind, not per record (core's cache costs a WeakMap lookup and a shape check).
  return { kind, valid, schema: compiledSchema(kind) };
}
