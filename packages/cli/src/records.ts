import { type ArrayElement, type ArrayStructureError, JsonArraySplitter } from './json-array-splitter.js';
import { type JsonSyntaxError, locateJsonError } from './json-location.js';

/** How a file's records are laid out; detected from its first line. */
export type InputFormat = 'json' | 'array' | 'ndjson';

/** A record read from the input, or a record that is not JSON. */
export type InputRecord =
  | {
      readonly type: 'record';
      /** 0-based record number in the file. */
      readonly index: number;
      /** 1-based line where the record starts. */
      readonly line: number;
      /** The parsed JSON value. */
      readonly value: unknown;
    }
  | {
      readonly type: 'syntax-error';
      /** 0-based record number in the file. */
      readonly index: number;
      /** Where the text breaks. */
      readonly error: JsonSyntaxError;
      /** Whether reading stopped here (a broken document or array) or went on (an NDJSON line). */
      readonly fatal: boolean;
    };

/** Options of {@link readRecords}. */
export interface ReadRecordsOptions {
  /** Called with the number of bytes read so far, after each chunk. */
  readonly onBytes?: (bytes: number) => void;
  /** Called once the format is known. */
  readonly onFormat?: (format: InputFormat) => void;
  /**
   * The largest single JSON document (not array, not NDJSON) read, in UTF-16 code units; a single
   * document is one record and is held in memory whole. 256 Mi by default.
   */
  readonly maxDocumentLength?: number;
}

const CR = 13;

/** Whether a line holds a complete (balanced) value, so that a broken line is an NDJSON record. */
function isBalanced(line: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return depth <= 0 && !inString;
}

function parseText(text: string, index: number, start: { line: number; column: number }, fatal: boolean): InputRecord {
  try {
    return { type: 'record', index, line: start.line, value: JSON.parse(text) };
  } catch {
    return { type: 'syntax-error', index, error: locateJsonError(text, start), fatal };
  }
}

/** The records of one chunk of input, each parsed when it is asked for. */
export interface RecordBatch {
  /** The next record of the chunk, or `undefined` when the chunk holds no more. */
  next(): InputRecord | undefined;
}

/**
 * The line-based formats (NDJSON, or one document spread over lines): splits decoded text into
 * lines as `node:readline` does (`\n`, `\r\n` even across chunks, or a lone `\r`) without copying
 * the text, and turns lines into records one at a time, when asked for, so that one parsed record is
 * alive at a time.
 */
class LineRecords implements RecordBatch {
  format: InputFormat | undefined;
  /** Set once a document is over the size limit: nothing more is read. */
  stopped = false;
  #lineNumber = 0;
  #index = 0;
  /** The text being read, from `#position`, and whether it holds a `\r`. */
  #text = '';
  #position = 0;
  #hasCr = false;
  /** The first line of the text being read, which starts with the previous text's last line. */
  #first: string | undefined;
  #firstHasCr = false;
  /** A line that holds lone `\r`: the lines in it, read from `#crPosition`. */
  #crText: string | undefined;
  #crPosition = 0;
  /** The incomplete last line of the text read so far, and whether it holds a `\r`. */
  #carry = '';
  #carryHasCr = false;
  #ended = false;
  readonly #document: string[] = [];
  #documentLength = 0;
  #documentStart = 1;
  readonly #max: number;
  readonly #onFormat: ((format: InputFormat) => void) | undefined;

  constructor(max: number, onFormat: ((format: InputFormat) => void) | undefined) {
    this.#max = max;
    this.#onFormat = onFormat;
  }

  /** Starts reading `text`, which follows the text loaded before (whose records were all read). */
  load(text: string): void {
    const hasCr = text.indexOf('\r') !== -1;
    const end = text.indexOf('\n');
    if (end === -1) {
      this.#carry += text;
      this.#carryHasCr ||= hasCr;
      return;
    }
    this.#first = this.#carry + text.slice(0, end);
    this.#firstHasCr = hasCr || this.#carryHasCr;
    this.#text = text;
    this.#position = end + 1;
    this.#hasCr = hasCr;
    this.#carry = '';
    this.#carryHasCr = false;
  }

  /** The input has ended: what is left (a last line without `\n`, a document) is read next. */
  end(): void {
    this.#ended = true;
    if (this.#carry !== '') {
      this.#first = this.#carry;
      this.#firstHasCr = this.#carryHasCr;
      this.#carry = '';
    }
  }

  next(): InputRecord | undefined {
    while (!this.stopped) {
      let line: string;
      if (this.#crText !== undefined) {
        const text = this.#crText;
        const end = text.indexOf('\r', this.#crPosition);
        if (end === -1) {
          line = this.#crPosition === 0 ? text : text.slice(this.#crPosition);
          this.#crText = undefined;
        } else {
          line = text.slice(this.#crPosition, end);
          this.#crPosition = end + 1;
        }
      } else {
        let segment: string;
        let hasCr: boolean;
        if (this.#first !== undefined) {
          segment = this.#first;
          hasCr = this.#firstHasCr;
          this.#first = undefined;
        } else {
          const text = this.#text;
          const end = text.indexOf('\n', this.#position);
          if (end === -1) {
            if (this.#position < text.length) {
              this.#carry = text.slice(this.#position);
              this.#carryHasCr = this.#hasCr && this.#carry.indexOf('\r') !== -1;
            }
            this.#text = '';
            this.#position = 0;
            if (this.#ended && this.format === 'json') {
              this.stopped = true;
              return parseText(this.#document.join('\n'), 0, { line: this.#documentStart, column: 1 }, true);
            }
            return undefined;
          }
          segment = text.slice(this.#position, end);
          hasCr = this.#hasCr;
          this.#position = end + 1;
        }
        if (hasCr) {
          // A `\r` that ends the segment is the first half of `\r\n` (or a lone `\r` at the very end);
          // any other `\r` ends a line.
          this.#crText = segment.charCodeAt(segment.length - 1) === CR ? segment.slice(0, -1) : segment;
          this.#crPosition = 0;
          continue;
        }
        line = segment;
      }
      const record = this.#line(line);
      if (record !== undefined) return record;
    }
    return undefined;
  }

  #line(raw: string): InputRecord | undefined {
    const lineNumber = ++this.#lineNumber;
    const line = lineNumber === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (this.format === 'ndjson') {
      // A record line starts with `{` (no trimming needed); anything else may be blank.
      if (line.charCodeAt(0) !== 123 && line.trim() === '') return undefined;
      const index = this.#index++;
      try {
        return { type: 'record', index, line: lineNumber, value: JSON.parse(line) };
      } catch {
        return {
          type: 'syntax-error',
          index,
          error: locateJsonError(line, { line: lineNumber, column: 1 }),
          fatal: false,
        };
      }
    }
    if (this.format === undefined) {
      if (line.trim() === '') return undefined;
      try {
        const value: unknown = JSON.parse(line);
        this.format = 'ndjson';
        this.#onFormat?.('ndjson');
        return { type: 'record', index: this.#index++, line: lineNumber, value };
      } catch {
        this.format = isBalanced(line) ? 'ndjson' : 'json';
        this.#onFormat?.(this.format);
        this.#documentStart = lineNumber;
        if (this.format === 'ndjson') {
          const error = locateJsonError(line, { line: lineNumber, column: 1 });
          return { type: 'syntax-error', index: this.#index++, error, fatal: false };
        }
      }
    }
    this.#documentLength += line.length + 1;
    if (this.#documentLength > this.#max) {
      this.stopped = true;
      return {
        type: 'syntax-error',
        index: 0,
        error: { line: lineNumber, column: 1, problem: 'document_too_large' },
        fatal: true,
      };
    }
    this.#document.push(line);
    return undefined;
  }
}

/** The elements of a JSON array found in one chunk, each parsed when asked for. */
class ArrayRecords implements RecordBatch {
  readonly #elements: ArrayElement[];
  #next = 0;
  #error: InputRecord | undefined;

  constructor(elements: ArrayElement[], error: ArrayStructureError | undefined) {
    this.#elements = elements;
    this.#error = error === undefined ? undefined : { type: 'syntax-error', index: -1, error, fatal: true };
  }

  next(): InputRecord | undefined {
    const element = this.#elements[this.#next];
    if (element !== undefined) {
      this.#next++;
      return parseText(element.text, element.index, element, false);
    }
    const error = this.#error;
    this.#error = undefined;
    return error;
  }
}

/** A batch of one record. */
class OneRecord implements RecordBatch {
  #record: InputRecord | undefined;

  constructor(record: InputRecord) {
    this.#record = record;
  }

  next(): InputRecord | undefined {
    const record = this.#record;
    this.#record = undefined;
    return record;
  }
}

/**
 * The UTF-8 length of `text` in bytes, for progress. Counted here because browsers have no
 * `Buffer.byteLength`, and `TextEncoder` would copy the whole chunk to count it.
 */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: two code units, four bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * Reads the records of a JSON document, a JSON array or an NDJSON stream (see {@link readRecords})
 * a chunk at a time: each batch holds the records of one chunk read, which its `next()` parses one
 * at a time. This is what `iom validate` uses: the records of a chunk are handled synchronously,
 * with no promise per record, and one parsed record is alive at a time. A batch is read to its end
 * before the next one is made, whether its reader did or not.
 */
export async function* readRecordBatches(
  input: AsyncIterable<Uint8Array | string>,
  options: ReadRecordsOptions = {},
): AsyncGenerator<RecordBatch> {
  const { onBytes, onFormat } = options;
  // TextDecoder rather than node:string_decoder, so that this runs in a browser too. A byte order mark
  // is kept (ignoreBOM), as the line reader removes it itself.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let bytes = 0;
  // Until the first non-blank character, the text is held: it decides the format.
  let head: string[] | undefined = [];
  let lines: LineRecords | undefined;
  let array: JsonArraySplitter | undefined;

  /** The records of `text`, or `undefined` while the format is not known. */
  const feed = (text: string): RecordBatch | undefined => {
    if (lines !== undefined) {
      lines.load(text);
      return lines;
    }
    if (array !== undefined) return new ArrayRecords(array.push(text), array.error);
    if (head === undefined || text === '') return undefined;
    head.push(text);
    const first = /[^\s\ufeff]/.exec(text)?.[0];
    if (first === undefined) return undefined;
    const held = head.join('');
    head = undefined;
    if (first === '[') {
      onFormat?.('array');
      array = new JsonArraySplitter();
    } else lines = new LineRecords(options.maxDocumentLength ?? 256 * 1024 * 1024, onFormat);
    return feed(held);
  };
  const stopped = (): boolean => lines?.stopped === true || array?.error !== undefined;

  for await (const chunk of input) {
    let text: string;
    if (typeof chunk === 'string') {
      bytes += utf8Length(chunk);
      text = chunk;
    } else {
      bytes += chunk.length;
      text = decoder.decode(chunk, { stream: true });
    }
    onBytes?.(bytes);
    const batch = text === '' ? undefined : feed(text);
    if (batch !== undefined) {
      yield batch;
      while (batch.next() !== undefined) {
        // Whatever the caller left unread is read (and dropped), so that lines keep their numbers.
      }
    }
    if (stopped()) return;
  }
  const rest = decoder.decode();
  const batch = rest === '' ? undefined : feed(rest);
  if (batch !== undefined) {
    yield batch;
    while (batch.next() !== undefined) {
      // As above.
    }
    if (stopped()) return;
  }
  if (head !== undefined) {
    yield new OneRecord({
      type: 'syntax-error',
      index: 0,
      error: { line: 1, column: 1, problem: 'empty' },
      fatal: true,
    });
  } else if (lines !== undefined) {
    lines.end();
    yield lines;
  } else if (array !== undefined) {
    yield new ArrayRecords(array.end(), array.error);
  }
}

/**
 * Reads the records of a JSON document, a JSON array or an NDJSON stream, detected from the first
 * line: a `[` opens an array, whose elements are the records; a first line that is a whole JSON
 * value makes the input NDJSON (one record per line; `\n`, `\r\n` or a lone `\r` end a line);
 * otherwise the input is one JSON document spread over lines, which is one record.
 *
 * Arrays and NDJSON stream: one record is parsed at a time, and only the chunk being read is held,
 * whatever the input's size. A single document is read whole (up to `maxDocumentLength`). Never
 * throws for bad input: text that is not JSON gives a `syntax-error` record with its line and column.
 * Uses no Node API: it runs in a browser too (`@iom/cli/records`).
 */
export async function* readRecords(
  input: AsyncIterable<Uint8Array | string>,
  options: ReadRecordsOptions = {},
): AsyncGenerator<InputRecord> {
  for await (const batch of readRecordBatches(input, options)) {
    for (let record = batch.next(); record !== undefined; record = batch.next()) yield record;
  }
}
