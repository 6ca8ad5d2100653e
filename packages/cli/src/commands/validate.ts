import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { shortenForMessage } from '@iom/core';
import { type CommandContext, UsageError } from '../context.js';
import { openInput } from '../input.js';
import { write } from '../io.js';
import { MIGRATE_MESSAGES } from '../messages/migrate.js';
import { OlderVersionNotes } from '../migrate/notes.js';
import { BatchRunner } from '../parallel/batch-runner.js';
import { peekFormat } from '../parallel/peek.js';
import type { ValidateReply } from '../parallel/protocol.js';
import { ProgressBar } from '../progress.js';
import { RecordReporter } from '../record-report.js';
import { readRecordBatches } from '../records.js';
import { RecordValidator } from '../verdicts.js';

export type { RecordResult } from '../record-report.js';

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
  /** `--ndjson`: every input is NDJSON, whatever its first line. */
  readonly ndjson?: boolean;
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
    throw new UsageError(messages.unknownKind(shortenForMessage(kind, 64), known));
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
  const parallel = context.parallel;
  const runner =
    parallel === undefined || parallel.jobs < 2
      ? undefined
      : new BatchRunner(parallel, { task: 'validate', locale, kind, json }, context.packages, context.prestarted);
  let exit: 0 | 1 | 2 = 0;
  try {
    for (const file of files) {
      let input: Awaited<ReturnType<typeof openInput>>;
      try {
        input = await openInput(file, io, messages);
      } catch (error) {
        await write(io.stderr, `iom: ${(error as Error).message}\n`);
        exit = 2;
        continue;
      }
      const showProgress =
        io.stderr.isTTY === true && (input.size === undefined || input.size >= context.progressThreshold);
      const bar = showProgress ? new ProgressBar(io.stderr, file, input.size) : undefined;
      let chunks = input.chunks;
      let reporter: RecordReporter | ValidateReply | undefined;
      // Workers for NDJSON (the one format cut into lines), unless the file is known to be small.
      if (
        runner !== undefined &&
        parallel !== undefined &&
        (parallel.explicit || input.size === undefined || input.size >= parallel.threshold)
      ) {
        const peeked = await peekFormat(chunks);
        chunks = peeked.input;
        if (peeked.format === 'ndjson')
          reporter = await validateInBatches(context, runner, notes, file, input.size, chunks, bar);
      }
      reporter ??= await validateOnThisThread(
        context,
        new RecordReporter(file, json, validator, messages, notes),
        chunks,
        bar,
        input.size,
        options.ndjson === true,
      );
      bar?.done();
      exit = Math.max(exit, reporter.exit) as 0 | 1 | 2;
      const summary =
        `${file}: ${messages.summary(reporter.records, reporter.valid, reporter.invalid)}\n` +
        notes.take(MIGRATE_MESSAGES[locale]);
      if (options.format === 'text') await write(io.stdout, summary);
      else await write(io.stderr, summary);
    }
  } finally {
    await runner?.close();
  }
  return exit;
}

/** Validates one input on this thread, streaming; returns the reporter with its counts and exit code. */
async function validateOnThisThread(
  context: CommandContext,
  reporter: RecordReporter,
  chunks: AsyncIterable<Buffer | string>,
  bar: ProgressBar | undefined,
  size: number | undefined,
  ndjson: boolean,
): Promise<RecordReporter> {
  const { io } = context;
  let bytes = 0;
  const onBytes = (read: number) => {
    bytes = read;
  };
  // Output is gathered and written in large pieces (waiting for `drain` when asked), not per record.
  let out = '';
  for await (const batch of readRecordBatches(chunks, { onBytes, ndjson })) {
    if (bar !== undefined && (size !== undefined || bytes >= context.progressThreshold))
      bar.update(bytes, reporter.records);
    for (let record = batch.next(); record !== undefined; record = batch.next()) {
      out += reporter.report(record);
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
  return reporter;
}

/** Validates one NDJSON input in batches, on workers; the same output, in input order, and counts. */
async function validateInBatches(
  context: CommandContext,
  runner: BatchRunner,
  notes: OlderVersionNotes,
  file: string,
  size: number | undefined,
  chunks: AsyncIterable<Buffer | string>,
  bar: ProgressBar | undefined,
): Promise<ValidateReply> {
  const total = { id: 0, out: [] as string[], records: 0, valid: 0, invalid: 0, exit: 0 as 0 | 1 | 2, older: [] };
  // Replies are small (a batch's output): written in pieces of FLUSH_LENGTH, as on one thread.
  let out = '';
  await runner.run(
    chunks,
    file,
    size,
    async (reply) => {
      const done = reply as ValidateReply;
      total.records += done.records;
      total.valid += done.valid;
      total.invalid += done.invalid;
      total.exit = Math.max(total.exit, done.exit) as 0 | 1 | 2;
      notes.add(done.older);
      for (const piece of done.out) {
        out += piece;
        if (out.length >= FLUSH_LENGTH) {
          await write(context.io.stdout, out);
          out = '';
        }
      }
      return true;
    },
    (bytes, records) => {
      if (bar !== undefined && (size !== undefined || bytes >= context.progressThreshold)) bar.update(bytes, records);
    },
  );
  if (out !== '') await write(context.io.stdout, out);
  return total;
}
