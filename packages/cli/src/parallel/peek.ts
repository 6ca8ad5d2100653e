import { StringDecoder } from 'node:string_decoder';
import { detectInputFormat, type InputFormat } from '../records.js';

/** An input whose format is known, and the same input from its start. */
export interface PeekedInput {
  /** The format, as the record reader will decide it. */
  readonly format: InputFormat | 'empty';
  /** Every chunk of the input, those read to decide included. */
  readonly input: AsyncIterable<Buffer | string>;
}

/**
 * Reads the first chunks of `input` until its format is decided (the first non-blank line, or a `[`),
 * and gives it back whole: the chunks read are replayed before the rest.
 */
export async function peekFormat(input: AsyncIterable<Buffer | string>): Promise<PeekedInput> {
  const iterator = input[Symbol.asyncIterator]();
  const held: Array<Buffer | string> = [];
  const decoder = new StringDecoder('utf8');
  let head = '';
  let format: InputFormat | 'empty' | undefined;
  let done = false;
  while (format === undefined) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      head += decoder.end();
      format = detectInputFormat(head, true) ?? 'empty';
      break;
    }
    held.push(next.value);
    const text = typeof next.value === 'string' ? next.value : decoder.write(next.value);
    head += text;
    // Only a line end (or the first character) can decide: a long first line is not re-read per chunk.
    if (/[\n\r]/.test(text) || /^[\s\ufeff]*$/.test(head.slice(0, head.length - text.length))) {
      format = detectInputFormat(head, false);
    }
  }
  async function* replay(): AsyncGenerator<Buffer | string> {
    yield* held;
    if (done) return;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  return { format, input: replay() };
}
