import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from './context.js';
import type { CliIo } from './io.js';
import type { CliMessages } from './messages/types.js';

/** An opened input: its chunks and, for a file, its size in bytes. */
export interface OpenedInput {
  /** The name shown in messages: the file name as given, or `-` for stdin. */
  readonly name: string;
  /** The chunks. */
  readonly chunks: AsyncIterable<Buffer | string>;
  /** The size in bytes, when known. */
  readonly size: number | undefined;
}

/** Opens a file (or stdin for `-`) for streaming; a missing or unreadable file is a usage error. */
export async function openInput(name: string, io: CliIo, messages: CliMessages): Promise<OpenedInput> {
  if (name === '-') return { name, chunks: io.stdin, size: undefined };
  const path = resolve(io.cwd ?? process.cwd(), name);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    return { name, chunks: createReadStream(path), size: info.size };
  } catch {
    throw new UsageError(messages.cannotRead(name));
  }
}

/** Reads a whole input as text (for the text formats of `iom convert`: vCard, CSV). */
export async function readText(input: OpenedInput): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of input.chunks) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts)
    .toString('utf8')
    .replace(/^\ufeff/, '');
}
