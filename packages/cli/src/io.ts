import { once } from 'node:events';

/** Where the command writes: a stream with `write`, and for stderr whether it is a terminal. */
export interface CliOutput {
  /** Writes text; returns `false` when the caller should wait for `drain`. */
  write(text: string): boolean;
  /** Whether this is a terminal (the progress bar is drawn only then). */
  readonly isTTY?: boolean;
  /** The terminal's width in columns. */
  readonly columns?: number;
  /** Node streams have it: used to wait for `drain` when `write` returns false. */
  once?(event: 'drain', listener: () => void): unknown;
}

/** The command's streams; `main` never touches `process` directly, so that tests inject them. */
export interface CliIo {
  /** Standard input, read for `-` (or when no file is given and stdin is not a terminal). */
  readonly stdin: AsyncIterable<Buffer | string> & { readonly isTTY?: boolean };
  /** Results go here. */
  readonly stdout: CliOutput;
  /** Usage errors, input errors and the progress bar go here. */
  readonly stderr: CliOutput;
  /** The directory relative file names are resolved from; `process.cwd()` by default. */
  readonly cwd?: string;
}

/** Writes and, when the stream asks for it, waits for `drain`, so that output to a pipe stays bounded. */
export async function write(out: CliOutput, text: string): Promise<void> {
  if (!out.write(text) && typeof out.once === 'function') {
    await once(out as unknown as NodeJS.EventEmitter, 'drain');
  }
}
