import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import type { InputFormat } from '../records.js';

/**
 * A file of migrated payloads written in the layout its input had: a JSON document indented by two
 * spaces, a JSON array, or NDJSON. It is written beside its final name and renamed when done, so that
 * a file some of whose records could not be migrated is never left half written.
 */
export class MigratedFile {
  readonly #path: string;
  readonly #partial: string;
  readonly #stream: WriteStream;
  #count = 0;
  #format: InputFormat = 'ndjson';

  /** A file to be written at `path`. */
  constructor(path: string) {
    this.#path = path;
    this.#partial = `${path}.partial-${process.pid}`;
    this.#stream = createWriteStream(this.#partial);
  }

  /** Sets the layout, as read from the input. */
  set format(format: InputFormat) {
    this.#format = format;
  }

  /** Writes one payload, waiting when the stream asks to. */
  async add(value: unknown): Promise<void> {
    let text: string;
    if (this.#format === 'json') text = `${JSON.stringify(value, null, 2)}\n`;
    else if (this.#format === 'array') text = `${this.#count === 0 ? '[\n' : ',\n'}${JSON.stringify(value)}`;
    else text = `${JSON.stringify(value)}\n`;
    this.#count += 1;
    if (!this.#stream.write(text)) await once(this.#stream, 'drain');
  }

  /** Finishes the file under its name, or, when `keep` is false, removes what was written. */
  async close(keep: boolean): Promise<void> {
    if (this.#format === 'array') this.#stream.write(this.#count === 0 ? '[]\n' : '\n]\n');
    this.#stream.end();
    await once(this.#stream, 'close');
    if (keep) renameSync(this.#partial, this.#path);
    else rmSync(this.#partial, { force: true });
  }
}
