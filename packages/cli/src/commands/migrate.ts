import { mkdirSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { type Issue, KIND_FIELD, type MigrationStepRecord, parseKindRef, shortenForMessage } from '@iom/core';
import { type CommandContext, UsageError } from '../context.js';
import { formatIssueLines } from '../format.js';
import { openInput } from '../input.js';
import { write } from '../io.js';
import { MIGRATE_MESSAGES } from '../messages/migrate.js';
import { MigratedFile } from '../migrate/output.js';
import { readRecordBatches } from '../records.js';
import { expandDirectory } from './validate.js';

/** One line of `iom migrate --format json`: what became of one record. */
export interface MigrateRecordResult {
  /** The file name as given, `-` for stdin. */
  readonly file: string;
  /** 0-based record number in the file. */
  readonly record: number;
  /** 1-based line where the record starts. */
  readonly line: number;
  /** 1-based column of a syntax error. */
  readonly column?: number;
  /** The record's `$kind` as written, when it names a kind version; else `null`. */
  readonly from: string | null;
  /** The version migrated to. */
  readonly to: string;
  /** Whether the record was migrated. */
  readonly migrated: boolean;
  /** The migrated payload, on standard output only (not with `--out`, which writes it to a file). */
  readonly value?: unknown;
  /** What each step did: titles and changes in the chosen locale, paths included. */
  readonly steps: readonly MigrationStepRecord[];
  /** Why it was not migrated, or the values dropped when losses were allowed. */
  readonly issues: readonly Issue[];
}

/** Options of `iom migrate`, after parsing. */
export interface MigrateCommandOptions {
  /** `text` or `json`. */
  readonly format: 'text' | 'json';
  /** `--to`: the version to migrate to, `iom.press-release@2` (or an id alone, for its latest version). */
  readonly to: string | undefined;
  /** `--allow-loss`: values may be dropped (each is named). */
  readonly allowLoss: boolean;
  /** `--out`: a directory to write the migrated files into, instead of standard output. */
  readonly out: string | undefined;
  /** The files, directories or `-`. */
  readonly positionals: readonly string[];
}

/** `$kind` as written, when it is a kind reference: never other text, which may be personal data. */
function kindOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const written = (value as Record<string, unknown>)[KIND_FIELD];
  return typeof written === 'string' && parseKindRef(written) !== undefined ? written : null;
}

/**
 * `iom migrate --to <kind@N> [--allow-loss] [--out <dir>] <file|dir|->...`: migrates every record of
 * every file (JSON documents, JSON arrays or NDJSON, streamed as `iom validate` reads them) to the version
 * given. Without `--out`, the migrated payloads go to standard output, one per line, and the report (the
 * steps, each change and each loss, in the chosen locale) to standard error; with `--format json`, each
 * output line is a {@link MigrateRecordResult} carrying the payload. With `--out`, each file is written
 * into the directory in its own layout, and only when every record of it was migrated; the report goes
 * to standard output. A value a step would drop stops that record unless `--allow-loss` is given.
 * Returns the exit code: 0 every record migrated, 1 some not (a loss not allowed, a payload invalid for
 * its version, another kind), 2 a usage or input error.
 */
export async function migrateCommand(context: CommandContext, options: MigrateCommandOptions): Promise<number> {
  const { io, registry, locale } = context;
  const messages = MIGRATE_MESSAGES[locale];
  if (options.to === undefined) throw new UsageError(messages.needTo);
  const target = registry.get(options.to);
  if (target === undefined) {
    const known = context.kinds.map((found) => found.kind.ref).join(', ') || context.messages.noneInstalled;
    const shown = shortenForMessage(options.to, 64);
    throw new UsageError(context.messages.unknownKind(shown, known));
  }
  const cwd = io.cwd ?? process.cwd();
  let given = [...options.positionals];
  if (given.length === 0) {
    if (io.stdin.isTTY === true) throw new UsageError('iom migrate: give a file, or - for standard input');
    given = ['-'];
  }
  if (options.out !== undefined && given.includes('-')) throw new UsageError(messages.outNeedsFiles);
  // Each file with its name under --out: relative to the directory given, or its own name.
  const files = given.flatMap((name) =>
    expandDirectory(name, cwd).map((file) => ({ file, name: file === name ? basename(file) : relative(name, file) })),
  );
  const json = options.format === 'json';
  const toFiles = options.out !== undefined;
  // The report goes where the payloads do not.
  const report = toFiles ? io.stdout : io.stderr;
  let exit = 0;
  for (const { file, name } of files) {
    let input: Awaited<ReturnType<typeof openInput>>;
    try {
      input = await openInput(file, io, context.messages);
    } catch (error) {
      await write(io.stderr, `iom: ${(error as Error).message}\n`);
      exit = 2;
      continue;
    }
    const outPath = toFiles ? resolve(cwd, options.out as string, name) : undefined;
    if (outPath !== undefined) mkdirSync(dirname(outPath), { recursive: true });
    const output = outPath === undefined ? undefined : new MigratedFile(outPath);
    let records = 0;
    let migrated = 0;
    let failed = 0;
    let dropped = 0;
    let broken = false;
    const onFormat = (format: 'json' | 'array' | 'ndjson') => {
      if (output !== undefined) output.format = format;
    };
    for await (const batch of readRecordBatches(input.chunks, { onFormat })) {
      let payloads = '';
      let lines = '';
      for (let record = batch.next(); record !== undefined; record = batch.next()) {
        if (record.type === 'syntax-error') {
          exit = 2;
          broken = true;
          const { line, column, problem } = record.error;
          const message = context.messages.notJson(context.messages.syntax[problem]);
          if (record.index >= 0) {
            records++;
            failed++;
          }
          if (json) {
            const result: MigrateRecordResult = {
              file,
              record: record.index,
              line,
              column,
              from: null,
              to: target.ref,
              migrated: false,
              steps: [],
              issues: [{ path: [], code: `json_${problem}`, message }],
            };
            lines += `${JSON.stringify(result)}\n`;
          } else lines += `${file}:${line}:${column}: ${message}\n`;
          continue;
        }
        records++;
        const from = kindOf(record.value);
        const result = registry.migrate(record.value, { to: target.ref, allowLoss: options.allowLoss, locale });
        if (result.success) {
          migrated++;
          dropped += result.lost.length;
          if (output !== undefined) await output.add(result.value);
          else if (!json) payloads += `${JSON.stringify(result.value)}\n`;
        } else {
          failed++;
          if (exit === 0) exit = 1;
        }
        if (json) {
          const line: MigrateRecordResult = {
            file,
            record: record.index,
            line: record.line,
            from,
            to: target.ref,
            migrated: result.success,
            ...(result.success && output === undefined ? { value: result.value } : {}),
            steps: result.steps,
            issues: result.issues,
          };
          lines += `${JSON.stringify(line)}\n`;
        } else {
          const changes = result.steps.some((step) => step.changes.length > 0);
          if (!result.success || changes || result.issues.length > 0) {
            const where = `${file}:${record.line} [${record.index}]`;
            lines += `${where}: ${result.success ? messages.migrated(from ?? '?', target.ref) : messages.notMigrated(target.ref)}\n`;
            for (const step of result.steps) {
              lines += `${messages.step(step.from, step.to, step.title)}\n`;
              lines += formatIssueLines(step.changes).replace(/^ {2}/gm, '    ');
            }
            if (!result.success) lines += formatIssueLines(result.issues);
          }
        }
      }
      if (payloads !== '') await write(io.stdout, payloads);
      if (lines !== '') await write(json ? io.stdout : report, lines);
    }
    const complete = failed === 0 && !broken;
    await output?.close(complete);
    let summary = `${file}: ${messages.summary(records, migrated, failed, dropped)}\n`;
    if (outPath !== undefined) {
      const shown = relative(cwd, outPath) || outPath;
      summary += `${complete ? messages.written(shown) : messages.notWritten(shown)}\n`;
    }
    await write(json ? io.stderr : report, summary);
  }
  return exit;
}
