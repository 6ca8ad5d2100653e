import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Issue } from '@iom/core';
import { type CommandContext, UsageError } from '../context.js';
import { formatIssueLines } from '../format.js';
import { openInput } from '../input.js';
import { write } from '../io.js';
import { MIGRATE_MESSAGES } from '../messages/migrate.js';
import { OlderVersionNotes } from '../migrate/notes.js';
import { ProgressBar } from '../progress.js';
import { readRecordBatches } from '../records.js';
import { RecordValidator } from '../verdicts.js';

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

const KIND_LIKE = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*\.[a-z0-9-]+(?:@[0-9]+)?$/;

/** Output is written when this many UTF-16 code units are gathered, and after each chunk read. */
const FLUSH_LENGTH = 1 << 16;

const DATA_FILE = /\.(?:json|ndjson|jsonl)$/i;

/** A directory stands for every `.json`, `.ndjson` and `.jsonl` file under it, in name order. */
export function expandDirectory(name: string, cwd: string): string[] {
  if (name === '-') return [name];
  try {
    if (!statSync(resolve(cwd, name)).isDirectory()) return [name];
  } catch {
    return [name];
  }
  return readdirSync(resolve(cwd, name), { recursive: true, encoding: 'utf8' })
    .filter((entry) => DATA_FILE.test(entry))
    .sort()
    .map((entry) => join(name, entry));
}

/** Options of `iom validate`, after parsing. */
export interface ValidateOptions {
  /** `text` or `json`. */
  readonly format: 'text' | 'json';
  /** `--kind`, or the first positional when it names a kind. */
  readonly kind: string | undefined;
  /** The positionals. */
  readonly positionals: readonly string[];
}

/**
 * `iom validate [kind] <file|->...`: validates every record of every file; returns the exit code
 * (0 all valid, 1 some invalid, 2 an input error such as a file that is not JSON).
 */
export async function validateCommand(context: CommandContext, options: ValidateOptions): Promise<number> {
  const { io, messages, registry, locale } = context;
  let kind = options.kind;
  let files = [...options.positionals];
  const first = files[0];
  if (
    kind === undefined &&
    first !== undefined &&
    KIND_LIKE.test(first) &&
    !/\.(?:json|ndjson|jsonl|txt)$/i.test(first) &&
    !existsSync(resolve(io.cwd ?? process.cwd(), first))
  ) {
    kind = first;
    files = files.slice(1);
  }
  if (kind !== undefined && registry.get(kind) === undefined) {
    const known = context.kinds.map((found) => found.kind.ref).join(', ') || messages.noneInstalled;
    throw new UsageError(messages.unknownKind(kind.length <= 64 ? kind : `${kind.slice(0, 16)}…`, known));
  }
  if (files.length === 0) {
    if (io.stdin.isTTY === true) throw new UsageError('iom validate: give a file, or - for standard input');
    files = ['-'];
  }

  files = files.flatMap((name) => expandDirectory(name, io.cwd ?? process.cwd()));
  const json = options.format === 'json';
  const validator = new RecordValidator(registry, locale, kind);
  // Valid records of a kind's older version: whether they migrate to its latest without loss.
  const notes = new OlderVersionNotes(registry, locale);
  let exit = 0;
  for (const file of files) {
    let input: Awaited<ReturnType<typeof openInput>>;
    try {
      input = await openInput(file, io, messages);
    } catch (error) {
      await write(io.stderr, `iom: ${(error as Error).message}\n`);
      exit = 2;
      continue;
    }
    const fileJson = JSON.stringify(file);
    const showProgress =
      io.stderr.isTTY === true && (input.size === undefined || input.size >= context.progressThreshold);
    const bar = showProgress ? new ProgressBar(io.stderr, file, input.size) : undefined;
    let bytes = 0;
    let records = 0;
    let valid = 0;
    let invalid = 0;
    const onBytes = (read: number) => {
      bytes = read;
    };
    // Output is gathered and written in large pieces (waiting for `drain` when asked), not per record.
    let out = '';
    for await (const batch of readRecordBatches(input.chunks, { onBytes })) {
      if (bar !== undefined && (input.size !== undefined || bytes >= context.progressThreshold))
        bar.update(bytes, records);
      for (let record = batch.next(); record !== undefined; record = batch.next()) {
        if (record.type === 'syntax-error') {
          exit = 2;
          const { line, column, problem } = record.error;
          const message = messages.notJson(messages.syntax[problem]);
          if (record.index >= 0) {
            records++;
            invalid++;
          }
          if (json) {
            const result: RecordResult = {
              file,
              record: record.index,
              line,
              column,
              kind: null,
              valid: false,
              issues: [{ path: [], code: `json_${problem}`, message }],
            };
            out += `${JSON.stringify(result)}\n`;
          } else {
            out += `${file}:${line}:${column}: ${message}\n`;
          }
        } else {
          records++;
          const verdict = validator.validate(record.value);
          if (verdict.valid) {
            valid++;
            if (verdict.kind !== undefined) notes.observe(verdict.kind, record.value);
            // What JSON.stringify gives for a valid RecordResult, key order included.
            if (json)
              out += `{"file":${fileJson},"record":${record.index},"line":${record.line},"kind":${verdict.kindJson},"valid":true,"issues":[]}\n`;
          } else {
            invalid++;
            if (exit === 0) exit = 1;
            if (json) {
              const result: RecordResult = {
                file,
                record: record.index,
                line: record.line,
                kind: verdict.kind?.ref ?? null,
                valid: false,
                issues: verdict.issues,
              };
              out += `${JSON.stringify(result)}\n`;
            } else {
              const where = `${file}:${record.line} [${record.index}]`;
              out += `${where}: ${messages.invalidRecord(verdict.kind?.ref)}\n${formatIssueLines(verdict.issues)}`;
            }
          }
        }
        if (out.length >= FLUSH_LENGTH) {
          await write(io.stdout, out);
          out = '';
        }
      }
      if (out !== '') {
        await write(io.stdout, out);
        out = '';
      }
    }
    bar?.done();
    const summary = `${file}: ${messages.summary(records, valid, invalid)}\n${notes.take(MIGRATE_MESSAGES[locale])}`;
    if (options.format === 'text') await write(io.stdout, summary);
    else await write(io.stderr, summary);
  }
  return exit;
}
