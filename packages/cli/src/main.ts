import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Locale, shortenForMessage, toLocale } from '@iom/core';
import { convertCommand } from './commands/convert.js';
import { labelsCommand } from './commands/labels.js';
import { migrateCommand } from './commands/migrate.js';
import { kindsCommand, schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { createContext, UsageError } from './context.js';
import { DOMAIN_PACKAGES, type LoadedPackage, loadPackages } from './discover.js';
import { describeError } from './internal-error.js';
import { type CliIo, write } from './io.js';
import { CLI_MESSAGES } from './messages/index.js';
import { type ParallelSettings, prestartWorkers } from './parallel/batch-runner.js';

declare const __IOM_CLI_VERSION__: string | undefined;

/** The `iom` command's usage text. */
export const USAGE = `Usage: iom <command> [options]

Commands:
  validate [kind] <file|dir|->... Validate JSON documents, JSON arrays or NDJSON (detected);
                                a directory means every .json, .ndjson and .jsonl file in it.
                                The kind comes from each payload's "$kind" or from the argument.
  schema <kind>                 Print the JSON Schema (draft 2020-12) of a payload kind.
  kinds                         List the payload kinds installed.
  labels [code-list]            List the code lists, or print one list's codes and labels.
  convert [converter] [file|-]  List the converters and their options, or run one
                                (toVCard, fromNinjs, toCtdcCsv -o layout=kanon-2020, ...).
  migrate --to <kind@N> <file|dir|->...
                                Migrate payloads to another version of their kind, step by step:
                                to standard output (one per line), or into --out <dir>; the report
                                (steps, changes, losses) goes to standard error.

Options:
  -l, --locale en|fr|es         Language of messages and labels (default: en, or LANG).
  -f, --format text|json        Output format (default: text). For validate, json writes one
                                result object per record, one per line.
  -k, --kind <kind>             The payload kind, for payloads without "$kind".
  -j, --jobs <n>                Threads that validate and convert: the main thread and n-1 workers
                                (default: the available cores; inputs under 32 MiB are read on the
                                main thread unless given).
      --ndjson                  Read every input as NDJSON, whatever its first line (for input cut
                                into pieces: GNU parallel --pipe, Spark RDD.pipe).
  -o, --option name=value       An option of the converter (iom convert), repeated for each;
                                \`iom convert --help\` lists every converter's options.
      --to <kind@N>             For migrate: the version to migrate to (an id alone: its latest).
      --allow-loss              For migrate: drop values the target version has no place for
                                (each is named); without it such a record is not migrated.
      --out <dir>               For migrate: write each file migrated into <dir>, in its layout.
  -h, --help                    Show this help.
  -v, --version                 Show the version.

Exit codes: 0 all valid (or migrated), 1 some records invalid (or not migrated), 2 usage or input
error (a file that is not JSON).
`;

/** Options of {@link main}. */
export interface MainOptions {
  /**
   * The packages to take kinds, code lists and converters from. By default the installed `@iom/*`
   * packages are imported (see {@link DOMAIN_PACKAGES}).
   */
  readonly packages?: readonly LoadedPackage[];
  /** Size in bytes from which a file gets a progress bar on a terminal; 8 MiB by default. */
  readonly progressThreshold?: number;
  /** Environment variables, for the default locale (`LC_ALL`, `LANG`); none by default. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * The worker script of `--jobs` (by default `worker.js` beside this module). Workers load the
   * packages by name, so with {@link MainOptions.packages} given records are read on the main thread.
   */
  readonly workerUrl?: URL;
  /** Bytes of NDJSON per batch sent to a worker; 1 MiB by default. */
  readonly batchBytes?: number;
  /** Without `--jobs`, the input size from which workers start; 32 MiB by default. */
  readonly parallelThreshold?: number;
}

const COMMANDS = ['validate', 'schema', 'kinds', 'labels', 'convert', 'migrate'] as const;

/**
 * Bytes of NDJSON per batch sent to a worker: one to two thousand case records, so that messages (and
 * the wake-ups of threads they cost) are few beside the work they carry. Workers decode a batch 64 KiB
 * at a time, so its text never makes a large string (see bench/RESULTS.md for the sweep of sizes).
 */
const BATCH_BYTES = 1024 * 1024;

/**
 * Runs the `iom` command with `argv` (without `node` and the script) on the given streams and
 * returns the exit code. It never calls `process.exit` and never reads `process.stdin`, so that
 * tests and other programs can run it in process.
 *
 * Arguments are read with `node:util` `parseArgs`: five commands with four shared options do not
 * need a CLI framework, and the command then has no dependency beyond the IOM packages.
 *
 * @example
 * const code = await main(['validate', 'release.json', '--locale', 'fr'], {
 *   stdin: process.stdin, stdout: process.stdout, stderr: process.stderr,
 * });
 */
export async function main(argv: readonly string[], io: CliIo, options: MainOptions = {}): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    await write(io.stderr, `iom: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version === true) {
    await write(io.stdout, `${typeof __IOM_CLI_VERSION__ === 'string' ? __IOM_CLI_VERSION__ : '0.0.0-source'}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command !== 'convert' && (values.help === true || command === undefined || command === 'help')) {
    await write(command === undefined && values.help !== true ? io.stderr : io.stdout, USAGE);
    return command === undefined && values.help !== true ? 2 : 0;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    await write(io.stderr, `iom: unknown command ${shortenForMessage(command, 64)}\n\n${USAGE}`);
    return 2;
  }
  const envLocale = options.env?.LC_ALL ?? options.env?.LANG;
  const locale: Locale | undefined =
    values.locale !== undefined
      ? toLocale(values.locale)
      : envLocale !== undefined
        ? (toLocale(envLocale) ?? 'en')
        : 'en';
  if (
    locale === undefined ||
    (values.locale !== undefined && !['en', 'fr', 'es'].includes(values.locale.toLowerCase()))
  ) {
    await write(io.stderr, 'iom: --locale must be en, fr or es\n');
    return 2;
  }
  const messages = CLI_MESSAGES[locale];
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    await write(io.stderr, 'iom: --format must be text or json\n');
    return 2;
  }
  const jobs = values.jobs === undefined ? undefined : /^[0-9]{1,4}$/.test(values.jobs) ? Number(values.jobs) : 0;
  if (jobs !== undefined && (jobs < 1 || jobs > 1024)) {
    await write(io.stderr, `iom: ${messages.jobsInvalid}\n`);
    return 2;
  }
  const given = values.option ?? [];
  if (given.length > 0 && command !== 'convert') {
    await write(io.stderr, `iom: ${messages.optionWithoutConverter}\n`);
    return 2;
  }
  const parallel: ParallelSettings | undefined =
    options.packages !== undefined
      ? undefined
      : {
          jobs: jobs ?? availableParallelism(),
          explicit: jobs !== undefined,
          workerUrl: options.workerUrl ?? new URL('./worker.js', import.meta.url),
          batchBytes: options.batchBytes ?? BATCH_BYTES,
          threshold: options.parallelThreshold ?? 32 * 1024 * 1024,
        };
  // Workers load the packages while this thread does, when they will be needed.
  const cwd = io.cwd ?? process.cwd();
  const prestarted = prestartWorkers(command, rest, parallel, DOMAIN_PACKAGES, (file) => {
    try {
      const info = statSync(resolve(cwd, file));
      return info.isFile() ? info.size : undefined;
    } catch {
      return undefined;
    }
  });
  try {
    const packages = options.packages ?? (await loadPackages()).packages;
    const context = createContext(
      io,
      locale,
      packages,
      options.progressThreshold ?? 8 * 1024 * 1024,
      parallel,
      prestarted,
    );
    switch (command as (typeof COMMANDS)[number]) {
      case 'validate':
        return await validateCommand(context, {
          format,
          kind: values.kind,
          positionals: rest,
          ndjson: values.ndjson === true,
        });
      case 'schema':
        return await schemaCommand(context, rest);
      case 'kinds':
        return await kindsCommand(context, format);
      case 'labels':
        return await labelsCommand(context, rest, format);
      case 'convert':
        return await convertCommand(context, rest, {
          format,
          kind: values.kind,
          options: given,
          help: values.help === true,
          ndjson: values.ndjson === true,
        });
      case 'migrate':
        return await migrateCommand(context, {
          format,
          to: values.to,
          allowLoss: values['allow-loss'] === true,
          out: values.out,
          positionals: rest,
        });
    }
  } catch (error) {
    if (error instanceof UsageError) {
      await write(io.stderr, `iom: ${error.message}\n`);
      return 2;
    }
    // Output closed by its reader (`| head`): nothing more can be written, and that is not a bug.
    if ((error as { code?: unknown } | null)?.code === 'EPIPE') return 2;
    // An unexpected failure: one line that says what was running and what broke, never a stack trace
    // and never the error's message (it may quote input).
    const what = `iom ${command}${command === 'convert' && rest[0] !== undefined ? ` ${shortenForMessage(rest[0], 64)}` : ''}`;
    await write(io.stderr, `iom: ${messages.internalError(what, describeError(error))}\n`);
    return 2;
  } finally {
    await prestarted?.close();
  }
  return 2;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      locale: { type: 'string', short: 'l' },
      format: { type: 'string', short: 'f' },
      kind: { type: 'string', short: 'k' },
      option: { type: 'string', short: 'o', multiple: true },
      to: { type: 'string' },
      'allow-loss': { type: 'boolean' },
      out: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      ndjson: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
