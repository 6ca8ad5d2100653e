import { parseArgs } from 'node:util';
import { type Locale, toLocale } from '@iom/core';
import { convertCommand } from './commands/convert.js';
import { labelsCommand } from './commands/labels.js';
import { migrateCommand } from './commands/migrate.js';
import { kindsCommand, schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { createContext, UsageError } from './context.js';
import { type LoadedPackage, loadPackages } from './discover.js';
import { describeError } from './internal-error.js';
import { type CliIo, write } from './io.js';
import { CLI_MESSAGES } from './messages/index.js';

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
}

const COMMANDS = ['validate', 'schema', 'kinds', 'labels', 'convert', 'migrate'] as const;

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
    await write(
      io.stderr,
      `iom: unknown command ${command.length <= 64 ? command : `${command.slice(0, 32)}…`}\n\n${USAGE}`,
    );
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
  const given = values.option ?? [];
  if (given.length > 0 && command !== 'convert') {
    await write(io.stderr, `iom: ${messages.optionWithoutConverter}\n`);
    return 2;
  }
  try {
    const packages = options.packages ?? (await loadPackages()).packages;
    const context = createContext(io, locale, packages, options.progressThreshold ?? 8 * 1024 * 1024);
    switch (command as (typeof COMMANDS)[number]) {
      case 'validate':
        return await validateCommand(context, { format, kind: values.kind, positionals: rest });
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
    // An unexpected failure: one line that says what was running and what broke, never a stack trace
    // and never the error's message (it may quote input).
    const what = `iom ${command}${command === 'convert' && rest[0] !== undefined ? ` ${shorten(rest[0])}` : ''}`;
    await write(io.stderr, `iom: ${messages.internalError(what, describeError(error))}\n`);
    return 2;
  }
  return 2;
}

/** Command-line text, shortened before it is echoed. */
function shorten(text: string): string {
  return text.length <= 64 ? text : `${text.slice(0, 32)}…`;
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
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
