import type {
  ConverterDescriptor,
  ConverterOptionValues,
  Locale,
  PayloadKind,
  PayloadKindRegistry,
  Reading,
} from '@iom/core';
import { KIND_FIELD } from '@iom/core';
import { formatIssueLines } from './format.js';
import type { CliMessages } from './messages/types.js';
import type { InputRecord } from './records.js';

/** Where a piece of output goes: 0 standard output, 1 standard error. */
export type Stream = 0 | 1;

/** Output for one record, in the order it is written. */
export type Segments = Array<readonly [Stream, string]>;

/** What `iom convert` does with one input record. */
export interface RecordOutcome {
  /** What to write, in order. */
  readonly segments: Segments;
  /** False when the record was invalid or its conversion gave nothing (exit 1). */
  readonly ok: boolean;
  /** True when the input is not JSON here: the command stops (exit 2). */
  readonly stop: boolean;
  /** For converters that read every record at once: the value to give them (a valid record's data). */
  readonly value?: unknown;
  /** Whether `value` is set. */
  readonly collected: boolean;
}

/** What a converter's result becomes on the streams: its issues on stderr, its value on stdout. */
export function resultSegments(
  converter: ConverterDescriptor,
  result: Reading<unknown>,
  messages: CliMessages,
): { segments: Segments; ok: boolean } {
  const segments: Segments = [];
  if (result.issues.length > 0) segments.push([1, formatIssueLines(result.issues)]);
  const value = result.value;
  if (value === undefined || value === null) {
    segments.push([1, `iom: ${converter.name}: ${messages.convertFailed}\n`]);
    return { segments, ok: false };
  }
  if (typeof value === 'string') segments.push([0, value.endsWith('\n') ? value : `${value}\n`]);
  else segments.push([0, `${JSON.stringify(value, null, 2)}\n`]);
  return { segments, ok: true };
}

function hasKindField(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, KIND_FIELD);
}

/**
 * Runs `iom convert` on input records one at a time: a `to…` converter's records are validated first
 * (against the fixed `--kind`, else their `$kind`, else the converter's first kind, and refused when
 * of a kind the converter does not convert), then a converter of `record` input runs on each. The one
 * place this output is made, on the main thread or in a worker (`--jobs`), so both write the same.
 */
export class RecordConversion {
  readonly #converter: ConverterDescriptor;
  readonly #registry: PayloadKindRegistry;
  readonly #locale: Locale;
  readonly #options: ConverterOptionValues;
  readonly #messages: CliMessages;
  readonly #fixed: PayloadKind | undefined;
  readonly #converts: readonly PayloadKind[];

  /**
   * A conversion with `converter` and its checked `options`; `kind` is the `--kind` given (already
   * checked to be registered and converted by the converter).
   */
  constructor(
    converter: ConverterDescriptor,
    options: ConverterOptionValues,
    registry: PayloadKindRegistry,
    locale: Locale,
    messages: CliMessages,
    kind: string | undefined,
  ) {
    this.#converter = converter;
    this.#options = options;
    this.#registry = registry;
    this.#locale = locale;
    this.#messages = messages;
    this.#fixed = kind === undefined ? undefined : registry.get(kind);
    this.#converts = converter.kinds.flatMap((ref) => {
      const found = registry.get(ref);
      return found === undefined ? [] : [found];
    });
  }

  /** Runs the converter on `input` with the options and locale. */
  run(input: unknown): Reading<unknown> {
    return this.#converter.run(input, { locale: this.#locale, options: this.#options });
  }

  /** What to do with `record` of the input named `file`. */
  next(record: InputRecord, file: string): RecordOutcome {
    const messages = this.#messages;
    const converter = this.#converter;
    if (record.type === 'syntax-error') {
      const { line, column, problem } = record.error;
      const text = `${file}:${line}:${column}: ${messages.notJson(messages.syntax[problem])}\n`;
      return { segments: [[1, text]], ok: false, stop: true, collected: false };
    }
    let value = record.value;
    if (converter.direction === 'to') {
      const where = `${file}:${record.line} [${record.index}]`;
      const kind = this.#fixed?.ref ?? (hasKindField(value) ? undefined : this.#converts[0]?.ref);
      if (kind !== undefined || hasKindField(value)) {
        const locale = this.#locale;
        const verdict = this.#registry.validate(value, kind === undefined ? { locale } : { locale, kind });
        if (!verdict.success) {
          const text = `${where}: ${messages.invalidRecord(verdict.kind?.ref)}\n${formatIssueLines(verdict.issues)}`;
          return { segments: [[1, text]], ok: false, stop: false, collected: false };
        }
        if (this.#converts.length > 0 && !this.#converts.includes(verdict.kind)) {
          const text = `${where}: ${messages.kindNotConverted(converter.name, verdict.kind.ref, converter.kinds.join(', '))}\n`;
          return { segments: [[1, text]], ok: false, stop: false, collected: false };
        }
        value = verdict.data;
      }
    }
    if (converter.input === 'records') return { segments: [], ok: true, stop: false, value, collected: true };
    const { segments, ok } = resultSegments(converter, this.run(value), messages);
    return { segments, ok, stop: false, collected: false };
  }
}
