import type { Issue } from '@iom/core';
import { formatIssueLines } from './format.js';
import type { CliMessages } from './messages/types.js';
import type { OlderVersionNotes } from './migrate/notes.js';
import type { InputRecord } from './records.js';
import type { RecordValidator } from './verdicts.js';

/** One line of `iom validate --format json`: the verdict on one record. */
export interface RecordResult {
  /** The file name as given, `-` for stdin. */
  readonly file: string;
  /** 0-based record number in the file (the element index of an array, the record count of NDJSON). */
  readonly record: number;
  /** 1-based line where the record starts. */
  readonly line: number;
  /** 1-based column of a syntax error. */
  readonly column?: number;
  /** The kind the record was validated against (`iom.contact-point@1`), or `null` when none was found. */
  readonly kind: string | null;
  /** Whether the record is valid. */
  readonly valid: boolean;
  /** The issues: paths, codes and messages; never the payload's values. */
  readonly issues: readonly Issue[];
}

/**
 * What `iom validate` writes for each record of one file, and its counts: the one place that output is
 * made, whether the records are read on the main thread or by workers (`--jobs`), so both give the same
 * text. Exit code: 2 once a record is not JSON, else 1 once one is invalid, else 0.
 */
export class RecordReporter {
  /** Records seen (a text that is not JSON counts, unless it broke the whole input). */
  records = 0;
  /** Valid records. */
  valid = 0;
  /** Invalid records, syntax errors included. */
  invalid = 0;
  /** The exit code so far. */
  exit: 0 | 1 | 2 = 0;
  readonly #file: string;
  readonly #fileJson: string;
  readonly #json: boolean;
  readonly #validator: RecordValidator;
  readonly #messages: CliMessages;
  readonly #notes: OlderVersionNotes | undefined;

  /**
   * A reporter for `file`, writing JSON lines (`json`) or text, in the language of `messages`; valid
   * records go to `notes`, which count those of a kind's older version.
   */
  constructor(
    file: string,
    json: boolean,
    validator: RecordValidator,
    messages: CliMessages,
    notes?: OlderVersionNotes,
  ) {
    this.#file = file;
    this.#fileJson = JSON.stringify(file);
    this.#json = json;
    this.#validator = validator;
    this.#messages = messages;
    this.#notes = notes;
  }

  /** Validates `record` and returns what to write for it (nothing for a valid record in text output). */
  report(record: InputRecord): string {
    const file = this.#file;
    const messages = this.#messages;
    if (record.type === 'syntax-error') {
      this.exit = 2;
      const { line, column, problem } = record.error;
      const message = messages.notJson(messages.syntax[problem]);
      if (record.index >= 0) {
        this.records++;
        this.invalid++;
      }
      if (!this.#json) return `${file}:${line}:${column}: ${message}\n`;
      const result: RecordResult = {
        file,
        record: record.index,
        line,
        column,
        kind: null,
        valid: false,
        issues: [{ path: [], code: `json_${problem}`, message }],
      };
      return `${JSON.stringify(result)}\n`;
    }
    this.records++;
    const verdict = this.#validator.validate(record.value);
    if (verdict.valid) {
      this.valid++;
      if (verdict.kind !== undefined) this.#notes?.observe(verdict.kind, record.value);
      // What JSON.stringify gives for a valid RecordResult, key order included.
      return this.#json
        ? `{"file":${this.#fileJson},"record":${record.index},"line":${record.line},"kind":${verdict.kindJson},"valid":true,"issues":[]}\n`
        : '';
    }
    this.invalid++;
    if (this.exit === 0) this.exit = 1;
    if (this.#json) {
      const result: RecordResult = {
        file,
        record: record.index,
        line: record.line,
        kind: verdict.kind?.ref ?? null,
        valid: false,
        issues: verdict.issues,
      };
      return `${JSON.stringify(result)}\n`;
    }
    const where = `${file}:${record.line} [${record.index}]`;
    return `${where}: ${messages.invalidRecord(verdict.kind?.ref)}\n${formatIssueLines(verdict.issues)}`;
  }
}
