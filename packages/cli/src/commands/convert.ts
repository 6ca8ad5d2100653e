import type { ConverterDescriptor, ConverterOptionValues, PayloadKind } from '@iom/core';
import { shortenForMessage } from '@iom/core';
import { type CommandContext, UsageError } from '../context.js';
import { RecordConversion, resultSegments, type Segments } from '../convert-record.js';
import { allowedText, optionPlaceholder, readConverterOptions } from '../converter-options.js';
import type { FoundConverter } from '../discover.js';
import { openInput, readText } from '../input.js';
import { write } from '../io.js';
import { BatchRunner } from '../parallel/batch-runner.js';
import { peekFormat } from '../parallel/peek.js';
import type { ConvertReply } from '../parallel/protocol.js';
import { readRecords } from '../records.js';

/** Options of `iom convert`, after parsing. */
export interface ConvertOptions {
  /** `text` or `json` (for the list of converters). */
  readonly format: 'text' | 'json';
  /** `--kind`: the payload kind of records without `$kind`. */
  readonly kind: string | undefined;
  /** The `-o name=value` arguments, as given. */
  readonly options: readonly string[];
  /** `--help`: show the converters and their options (or one converter's) instead of running. */
  readonly help: boolean;
  /** `--ndjson`: the input is NDJSON, whatever its first line. */
  readonly ndjson?: boolean;
}

/** The usage line of `iom convert`. */
export const CONVERT_USAGE = `Usage: iom convert [converter] [file|-] [-o name=value]...

Without a converter, lists the converters installed and their options. With one, reads the file
(or standard input), converts it and writes the result to standard output; the issues go to
standard error. Give each option of the converter as -o name=value (or --option name=value).
`;

/** One option as the list shows it: `-o layout=kanon-2020|synthetic-2024  required  the CTDC layout`. */
function optionLines(context: CommandContext, converter: ConverterDescriptor): string {
  const { messages, locale } = context;
  return converter.options
    .map((option) => {
      const flag = `-o ${option.name}=${optionPlaceholder(option, messages)}`;
      const status =
        option.required || option.default === undefined
          ? option.required
            ? messages.required
            : ''
          : messages.defaultValue(String(option.default));
      return `    ${flag.padEnd(36)} ${status === '' ? '' : `${status}; `}${option.description[locale]}\n`;
    })
    .join('');
}

/** The converter's line in a list, then its options. */
function converterText(context: CommandContext, found: FoundConverter): string {
  const { converter } = found;
  return `${converter.name}\t${found.packageName}\t${converter.direction} ${converter.format[context.locale]}\n${optionLines(context, converter)}`;
}

/** The converter as the JSON list shows it. */
function converterJson(context: CommandContext, found: FoundConverter) {
  const { converter } = found;
  const { locale, messages } = context;
  return {
    name: converter.name,
    package: found.packageName,
    direction: converter.direction,
    format: converter.format[locale],
    input: converter.input,
    output: converter.output,
    kinds: converter.kinds,
    options: converter.options.map((option) => ({
      name: option.name,
      type: option.type,
      required: option.required,
      ...(option.values === undefined ? {} : { values: option.values }),
      ...(option.min === undefined ? {} : { min: option.min }),
      ...(option.default === undefined ? {} : { default: option.default }),
      allowed: allowedText(option, messages),
      description: option.description[locale],
    })),
  };
}

/** `iom convert` without a converter: lists the converters installed, with their options. */
async function listConverters(context: CommandContext, format: 'text' | 'json'): Promise<number> {
  const { io, messages } = context;
  if (format === 'json') {
    const rows = context.converters.map((found) => converterJson(context, found));
    await write(io.stdout, `${JSON.stringify(rows, null, 2)}\n`);
  } else if (context.converters.length === 0) await write(io.stdout, `${messages.noneInstalled}\n`);
  else await write(io.stdout, context.converters.map((found) => converterText(context, found)).join(''));
  return 0;
}

/** `iom convert <converter> --help`: what it reads and writes, and its options. */
async function converterHelp(context: CommandContext, found: FoundConverter, format: 'text' | 'json'): Promise<number> {
  const { io } = context;
  const { converter } = found;
  if (format === 'json') {
    await write(io.stdout, `${JSON.stringify(converterJson(context, found), null, 2)}\n`);
    return 0;
  }
  const options = converter.options
    .map((option) => (option.required ? ` -o ${option.name}=…` : ` [-o ${option.name}=…]`))
    .join('');
  const reads =
    converter.input === 'text'
      ? 'the whole input as text'
      : converter.input === 'records'
        ? 'every JSON record of the input at once'
        : 'one JSON record at a time';
  const kinds = converter.kinds.length === 0 ? '' : ` (payloads of ${converter.kinds.join(', ')})`;
  await write(
    io.stdout,
    `Usage: iom convert ${converter.name} [file|-]${options}\n\n${converterText(context, found)}\nReads ${reads}${kinds}; writes ${converter.output === 'text' ? 'text' : 'JSON'}.\n`,
  );
  return 0;
}

function findConverter(context: CommandContext, name: string): FoundConverter {
  const wanted = name.toLowerCase().replace(/-/g, '');
  const found = context.converters.find((c) => c.converter.name.toLowerCase() === wanted);
  if (found === undefined) {
    const known = context.converters.map((c) => c.converter.name).join(', ') || context.messages.noneInstalled;
    const shown = shortenForMessage(name, 64);
    throw new UsageError(`${context.messages.unknownConverter(shown)}\n${context.messages.available} ${known}`);
  }
  return found;
}

/**
 * The `--kind` given to a `to…` converter, checked: registered, and one the converter converts (when
 * it names its kinds). Without it, records are validated against their `$kind`, else the converter's
 * first kind.
 */
function checkedKind(
  context: CommandContext,
  converter: ConverterDescriptor,
  kind: string | undefined,
): PayloadKind | undefined {
  const { registry, messages } = context;
  if (kind === undefined) return undefined;
  const fixed = registry.get(kind);
  if (fixed === undefined) {
    const known = context.kinds.map((found) => found.kind.ref).join(', ') || messages.noneInstalled;
    throw new UsageError(messages.unknownKind(shortenForMessage(kind, 64), known));
  }
  if (converter.kinds.length > 0 && !converter.kinds.includes(fixed.ref)) {
    throw new UsageError(messages.kindNotConverted(converter.name, fixed.ref, converter.kinds.join(', ')));
  }
  return fixed;
}

/**
 * `iom convert <converter> [file|-] [-o name=value]...`: runs a package's converter, found by its
 * descriptor (see `findConverters`), with its options checked first (a missing or wrong one is a
 * usage error, exit 2, naming the option and what it takes).
 *
 * `to…` converters read IOM payloads (JSON, a JSON array or NDJSON) and validate each against its kind
 * (`--kind`, else its `$kind`, else the converter's first kind; a kind the converter does not convert
 * is an invalid record); converters of `records` get every valid record at once, the others one at a
 * time. `from…` converters read the foreign format: the whole text (vCard, CSV), or JSON records. A
 * converter's issues go to stderr. Exit 0 when everything converted, 1 when a record was invalid or a
 * conversion gave nothing.
 */
export async function convertCommand(
  context: CommandContext,
  positionals: readonly string[],
  options: ConvertOptions,
): Promise<number> {
  const { io, locale, messages, registry } = context;
  const name = positionals[0];
  if (name === undefined) {
    if (options.options.length > 0) throw new UsageError(messages.optionWithoutConverter);
    if (options.help && options.format === 'text') await write(io.stdout, `${CONVERT_USAGE}\nConverters:\n`);
    return listConverters(context, options.format);
  }
  const found = findConverter(context, name);
  const { converter } = found;
  if (options.help) return converterHelp(context, found, options.format);
  const values: ConverterOptionValues = readConverterOptions(converter, options.options, messages);
  if (positionals.length > 2) throw new UsageError(messages.oneInput);
  const fixed = converter.direction === 'to' ? checkedKind(context, converter, options.kind) : undefined;
  const input = await openInput(positionals[1] ?? '-', io, messages);
  const conversion = new RecordConversion(converter, values, registry, locale, messages, fixed?.ref);
  const writeSegments = async (segments: Segments) => {
    for (const [stream, text] of segments) await write(stream === 0 ? io.stdout : io.stderr, text);
  };

  if (converter.input === 'text') {
    const { segments, ok } = resultSegments(converter, conversion.run(await readText(input)), messages);
    await writeSegments(segments);
    return ok ? 0 : 1;
  }

  // Converters of one record at a time run on workers for NDJSON, unless the file is known to be small.
  const parallel = context.parallel;
  let chunks = input.chunks;
  if (
    converter.input === 'record' &&
    parallel !== undefined &&
    parallel.jobs > 1 &&
    (parallel.explicit || input.size === undefined || input.size >= parallel.threshold)
  ) {
    const peeked = options.ndjson === true ? { format: 'ndjson', input: chunks } : await peekFormat(chunks);
    chunks = peeked.input;
    if (peeked.format === 'ndjson') {
      const runner = new BatchRunner(
        parallel,
        { task: 'convert', locale, kind: fixed?.ref, converter: converter.name, options: values },
        context.packages,
        context.prestarted,
      );
      let ok = true;
      let stopped = false;
      try {
        await runner.run(chunks, input.name, input.size, async (reply) => {
          const done = reply as ConvertReply;
          await writeSegments(done.segments);
          if (!done.ok) ok = false;
          stopped = done.stop;
          return !done.stop;
        });
      } finally {
        await runner.close();
      }
      return stopped ? 2 : ok ? 0 : 1;
    }
  }

  let ok = true;
  const records: unknown[] = [];
  for await (const record of readRecords(chunks, { ndjson: options.ndjson === true })) {
    const outcome = conversion.next(record, input.name);
    await writeSegments(outcome.segments);
    if (outcome.stop) return 2;
    if (!outcome.ok) ok = false;
    if (outcome.collected) records.push(outcome.value);
  }
  if (converter.input === 'records' && ok) {
    // A `from` converter given one JSON array (rows, or jCards) gets the array itself.
    const all =
      converter.direction === 'from' && records.length === 1 && Array.isArray(records[0]) ? records[0] : records;
    const { segments, ok: converted } = resultSegments(converter, conversion.run(all), messages);
    await writeSegments(segments);
    if (!converted) ok = false;
  }
  return ok ? 0 : 1;
}
