import type { Issue } from '@iom/core';
import { type CommandContext, UsageError } from '../context.js';
import { CONVERTER_FORMATS, type Converter } from '../discover.js';
import { formatIssueLines } from '../format.js';
import { openInput, readText } from '../input.js';
import { write } from '../io.js';
import { readRecords } from '../records.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A lenient reader's `{ value, issues }`. */
function isReading(value: unknown): value is { value: unknown; issues: readonly Issue[] } {
  return isObject(value) && 'value' in value && Array.isArray(value.issues);
}

/** `iom convert` without a converter: lists the converters installed. */
async function listConverters(context: CommandContext, format: 'text' | 'json'): Promise<number> {
  const rows = context.converters.map((c) => ({
    name: c.name,
    package: c.packageName,
    direction: c.direction,
    format: CONVERTER_FORMATS[c.format].description,
  }));
  if (format === 'json') await write(context.io.stdout, `${JSON.stringify(rows, null, 2)}\n`);
  else if (rows.length === 0) await write(context.io.stdout, `${context.messages.noneInstalled}\n`);
  else
    await write(context.io.stdout, rows.map((r) => `${r.name}\t${r.package}\t${r.direction} ${r.format}\n`).join(''));
  return 0;
}

function findConverter(context: CommandContext, name: string): Converter {
  const wanted = name.toLowerCase().replace(/-/g, '');
  const converter = context.converters.find((c) => c.name.toLowerCase() === wanted);
  if (converter === undefined) {
    const known = context.converters.map((c) => c.name).join(', ') || context.messages.noneInstalled;
    throw new UsageError(`${context.messages.unknownConverter(name)}\n${context.messages.available} ${known}`);
  }
  return converter;
}

async function writeResult(context: CommandContext, converter: Converter, result: unknown): Promise<boolean> {
  const { io } = context;
  let value = result;
  if (isReading(result)) {
    if (result.issues.length > 0) await write(io.stderr, formatIssueLines(result.issues));
    value = result.value;
  }
  if (value === undefined || value === null) {
    await write(io.stderr, `iom: ${converter.name}: ${context.messages.convertFailed}\n`);
    return false;
  }
  if (typeof value === 'string') await write(io.stdout, value.endsWith('\n') ? value : `${value}\n`);
  else await write(io.stdout, `${JSON.stringify(value, null, 2)}\n`);
  return true;
}

/**
 * `iom convert <converter> [file|-]`: runs a package's converter. `to…` converters read IOM
 * payloads (JSON, a JSON array or NDJSON), validate each against its kind when it has one (from
 * `$kind` or `--kind`) and convert the parsed value; collection formats (HTCDS, CTDC) get all
 * records at once, the others one record at a time. `from…` converters read the foreign format:
 * the whole text for vCard and CSV, JSON records for ninjs, JSON-LD and jCard. A lenient reader's
 * issues go to stderr. Exit 0 when everything converted, 1 when a record was invalid or gave nothing.
 */
export async function convertCommand(
  context: CommandContext,
  positionals: readonly string[],
  options: { readonly format: 'text' | 'json'; readonly kind: string | undefined },
): Promise<number> {
  const { io, locale, messages, registry } = context;
  const name = positionals[0];
  if (name === undefined) return listConverters(context, options.format);
  const converter = findConverter(context, name);
  const spec = CONVERTER_FORMATS[converter.format];
  const input = await openInput(positionals[1] ?? '-', io, messages);
  const call = (value: unknown) => converter.fn(value, { locale });
  let ok = true;

  if (converter.direction === 'from' && spec.text) {
    return (await writeResult(context, converter, call(await readText(input)))) ? 0 : 1;
  }

  const values: unknown[] = [];
  for await (const record of readRecords(input.chunks)) {
    if (record.type === 'syntax-error') {
      const { line, column, problem } = record.error;
      await write(io.stderr, `${input.name}:${line}:${column}: ${messages.notJson(messages.syntax[problem])}\n`);
      return 2;
    }
    let value = record.value;
    if (converter.direction === 'to') {
      const resolved = registry.resolve(
        value,
        options.kind === undefined ? { locale } : { locale, kind: options.kind },
      );
      if ('kind' in resolved) {
        const verdict = registry.validate(value, { locale, kind: resolved.kind.ref });
        if (!verdict.success) {
          await write(
            io.stderr,
            `${input.name}:${record.line} [${record.index}]: ${messages.invalidRecord(resolved.kind.ref)}\n`,
          );
          await write(io.stderr, formatIssueLines(verdict.issues));
          ok = false;
          continue;
        }
        value = verdict.data;
      }
    }
    if (spec.collection) values.push(value);
    else if (!(await writeResult(context, converter, call(value)))) ok = false;
  }
  if (spec.collection && ok) {
    const all = converter.direction === 'from' && values.length === 1 && Array.isArray(values[0]) ? values[0] : values;
    if (!(await writeResult(context, converter, call(all)))) ok = false;
  }
  return ok ? 0 : 1;
}
