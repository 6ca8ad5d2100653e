import { labelEntries } from '@iom/core';
import { type CommandContext, UsageError } from '../context.js';
import { codeListName } from '../discover.js';
import { write } from '../io.js';

/**
 * `iom labels [code-list]`: without a name, lists the code lists; with one, prints each code and
 * its label in the locale (`--format json` gives `[{ code, label }]`).
 */
export async function labelsCommand(
  context: CommandContext,
  positionals: readonly string[],
  format: 'text' | 'json',
): Promise<number> {
  const { io, messages, locale } = context;
  const name = positionals[0];
  if (name === undefined) {
    const rows = context.codeLists.map((list) => ({
      name: list.name,
      package: list.packageName,
      codes: list.catalog.codes.length,
    }));
    if (format === 'json') await write(io.stdout, `${JSON.stringify(rows, null, 2)}\n`);
    else if (rows.length === 0) await write(io.stdout, `${messages.noneInstalled}\n`);
    else await write(io.stdout, rows.map((row) => `${row.name}\t${row.package}\t${row.codes}\n`).join(''));
    return 0;
  }
  const wanted = name.toLowerCase();
  const list = context.codeLists.find(
    (candidate) =>
      candidate.name === wanted ||
      candidate.exportPath.toLowerCase() === wanted ||
      candidate.name === codeListName(name) ||
      candidate.name.endsWith(`/${codeListName(name)}`),
  );
  if (list === undefined) {
    const known = context.codeLists.map((candidate) => candidate.name).join(', ') || messages.noneInstalled;
    throw new UsageError(`${messages.unknownCodeList(name)}\n${messages.available} ${known}`);
  }
  const entries = labelEntries(list.catalog, locale);
  if (format === 'json') await write(io.stdout, `${JSON.stringify(entries, null, 2)}\n`);
  else await write(io.stdout, entries.map((entry) => `${entry.code}\t${entry.label}\n`).join(''));
  return 0;
}
