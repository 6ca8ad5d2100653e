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
  /**
   * Reads the input as NDJSON whatever its first line: every line that is not blank is a record. For
   * input cut into pieces (GNU parallel --pipe, Spark), where a piece may start with a broken line that
   * would otherwise make it read as one document.
   */
  readonly ndjson?: boolean;
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

  /**
   * Lines read as one document (up to `max` code units) or as NDJSON, decided on the first line; with
   * `start`, the text is NDJSON from the start, and its first line has that line and record number.
   */
  constructor(
    max: number,
    onFormat: ((format: InputFormat) => void) | undefined,
    start?: { readonly line: number; readonly index: number },
  ) {
    this.#max = max;
    this.#onFormat = onFormat;
    if (start !== undefined) {
      this.format = 'ndjson';
      this.#lineNumber = start.line - 1;
      this.#index = start.index;
    }
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

/** Bytes decoded at a time by {@link readNdjsonBytes}. */
const DECODE_BYTES = 64 * 1024;

/**
 * The records of a piece of NDJSON made of whole lines (the last one may lack its `\n` when the input
 * ends there), as UTF-8 bytes, numbered from `start`: what {@link readRecords} gives for those lines when
 * the input is NDJSON and they start at that line and record. This is how `iom validate --jobs` workers
 * read their batches. The bytes are decoded 64 KiB at a time, so that no large string is made (V8 keeps
 * strings over 128 KiB out of its young generation, which makes collections slower); `decodeBytes` sets
 * that size.
 */
export function readNdjsonBytes(
  bytes: Uint8Array,
  start: { readonly line: number; readonly index: number },
  decodeBytes = DECODE_BYTES,
): RecordBatch {
  const lines = new LineRecords(0, undefined, start);
  // TextDecoder, as readRecordBatches decodes the same input on one thread (and so that this module runs in a browser).
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let at = 0;
  // Reading the bytes, then what the decoder holds back, then the last line without `\n`, then done.
  let phase: 'bytes' | 'rest' | 'last' | 'done' = 'bytes';
  return {
    next(): InputRecord | undefined {
      for (;;) {
        const record = lines.next();
        if (record !== undefined) return record;
        // Everything loaded so far is read: load more.
        if (phase === 'bytes' && at < bytes.length) {
          const text = decoder.decode(bytes.subarray(at, at + decodeBytes), { stream: true });
          at += decodeBytes;
          if (text !== '') lines.load(text);
        } else if (phase === 'bytes') {
          phase = 'rest';
          const rest = decoder.decode();
          if (rest !== '') lines.load(rest);
        } else if (phase === 'rest') {
          phase = 'last';
          lines.end();
        } else {
          phase = 'done';
          return undefined;
        }
      }
    },
  };
}

/**
 * The format of an input from its first text, decided as {@link readRecords} decides it: `array` when
 * the first non-blank character is `[`; else, from the first non-blank line, `ndjson` or `json` (one
 * document). `empty` for an input of blanks only; `undefined` while `head` does not decide it and the
 * input goes on (`ended` false).
 */
export function detectInputFormat(head: string, ended: boolean): InputFormat | 'empty' | undefined {
  const first = /[^\s\ufeff]/.exec(head)?.[0];
  if (first === undefined) return ended ? 'empty' : undefined;
  if (first === '[') return 'array';
  const lines = new LineRecords(Number.POSITIVE_INFINITY, undefined);
  lines.load(head);
  while (lines.format === undefined && lines.next() !== undefined) {
    // Blank lines are skipped until the first line that decides.
  }
  if (lines.format !== undefined || !ended) return lines.format;
  lines.end();
  while (lines.format === undefined && lines.next() !== undefined) {
    // As above, with the last line.
  }
  return lines.format;
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
  if (options.ndjson === true) {
    head = undefined;
    lines = new LineRecords(0, undefined, { line: 1, index: 0 });
    onFormat?.('ndjson');
  }

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
