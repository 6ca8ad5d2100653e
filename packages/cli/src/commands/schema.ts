import { toJsonSchema } from '@iom/core';
import { type CommandContext, UsageError } from '../context.js';
import { write } from '../io.js';

/** `iom schema <kind>`: prints the kind's JSON Schema (draft 2020-12). */
export async function schemaCommand(context: CommandContext, positionals: readonly string[]): Promise<number> {
  const name = positionals[0];
  const kind = name === undefined ? undefined : context.registry.get(name);
  if (kind === undefined) {
    const known = context.kinds.map((found) => found.kind.ref).join(', ') || context.messages.noneInstalled;
    throw new UsageError(
      name === undefined ? `iom schema: give a kind; known kinds: ${known}` : context.messages.unknownKind(name, known),
    );
  }
  await write(context.io.stdout, `${JSON.stringify(toJsonSchema(kind), null, 2)}\n`);
  return 0;
}

/** `iom kinds`: lists the payload kinds, with their package and title in the locale. */
export async function kindsCommand(context: CommandContext, format: 'text' | 'json'): Promise<number> {
  const rows = context.kinds.map(({ kind, packageName }) => ({
    ref: kind.ref,
    package: packageName,
    title: kind.title[context.locale],
  }));
  if (format === 'json') await write(context.io.stdout, `${JSON.stringify(rows, null, 2)}\n`);
  else {
    const text = rows.map((row) => `${row.ref}\t${row.package}\t${row.title}\n`).join('');
    await write(context.io.stdout, text === '' ? `${context.messages.noneInstalled}\n` : text);
  }
  return 0;
}
