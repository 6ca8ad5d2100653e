// The reader of records as it was before it split lines itself (then with `node:readline`), kept as the
// tests' reference: they check that the reader in records.ts gives the same records on any input.
// Lines end at LF, CRLF or a lone CR, as node:readline ended them up to Node 22. Node 24's readline
// also ends a line at U+2028 and U+2029, which JSON (and so NDJSON) allows inside strings, so the
// reference splits lines itself (the whole text at once: test inputs are small).
import { StringDecoder } from 'node:string_decoder';
import { JsonArraySplitter } from '../src/json-array-splitter.js';
import { locateJsonError } from '../src/json-location.js';
import type { InputFormat, InputRecord, ReadRecordsOptions } from '../src/records.js';

/** Counts bytes and decodes UTF-8 across chunk boundaries. */
async function* decode(input: AsyncIterable<Buffer | string>, onBytes?: (bytes: number) => void) {
  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  for await (const chunk of input) {
    if (typeof chunk === 'string') {
      bytes += Buffer.byteLength(chunk);
      onBytes?.(bytes);
      yield chunk;
    } else {
      bytes += chunk.length;
      onBytes?.(bytes);
      const text = decoder.write(chunk);
      if (text !== '') yield text;
    }
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

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

/**
 * Reads the records of a JSON document, a JSON array or an NDJSON stream, detected from the first
 * line: a `[` opens an array, whose elements are the records; a first line that is a whole JSON
 * value makes the input NDJSON (one record per line); otherwise the
 * input is one JSON document spread over lines, which is one record.
 *
 * Arrays and NDJSON stream: one record is in memory at a time, whatever the input's size. A single
 * document is read whole (up to `maxDocumentLength`). Never throws for bad input: text that is not
 * JSON gives a `syntax-error` record with its line and column.
 */
export async function* readRecordsReference(
  input: AsyncIterable<Buffer | string>,
  options: ReadRecordsOptions = {},
): AsyncGenerator<InputRecord> {
  const chunks = decode(input, options.onBytes)[Symbol.asyncIterator]();
  // Look ahead until the first non-blank character is known.
  const head: string[] = [];
  let first = '';
  while (first === '') {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    const trimmed = next.value.replace(/^[\s\ufeff]+/, '');
    if (trimmed !== '') first = trimmed[0] ?? '';
  }
  if (first === '') {
    yield { type: 'syntax-error', index: 0, error: { line: 1, column: 1, problem: 'empty' }, fatal: true };
    return;
  }
  const rest = async function* () {
    yield* head;
    for (;;) {
      const next = await chunks.next();
      if (next.done) return;
      yield next.value;
    }
  };

  if (first === '[') {
    options.onFormat?.('array');
    const splitter = new JsonArraySplitter();
    for await (const chunk of rest()) {
      for (const element of splitter.push(chunk)) yield parseText(element.text, element.index, element, false);
      if (splitter.error !== undefined) break;
    }
    if (splitter.error === undefined) {
      for (const element of splitter.end()) yield parseText(element.text, element.index, element, false);
    }
    const error = splitter.error;
    if (error !== undefined) yield { type: 'syntax-error', index: -1, error, fatal: true };
    return;
  }

  let text = '';
  for await (const chunk of rest()) text += chunk;
  const lines = text.split(/\r\n|\n|\r/);
  // A final line break ends the last line; it does not start an empty one.
  if (lines.at(-1) === '') lines.pop();
  let format: InputFormat | undefined;
  let lineNumber = 0;
  let index = 0;
  const document: string[] = [];
  let documentLength = 0;
  let documentStart = 1;
  const max = options.maxDocumentLength ?? 256 * 1024 * 1024;
  for (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\ufeff/, '') : raw;
    if (format === undefined) {
      if (line.trim() === '') continue;
      try {
        const value: unknown = JSON.parse(line);
        format = 'ndjson';
        options.onFormat?.(format);
        yield { type: 'record', index: index++, line: lineNumber, value };
        continue;
      } catch {
        format = isBalanced(line) ? 'ndjson' : 'json';
        options.onFormat?.(format);
        documentStart = lineNumber;
      }
    }
    if (format === 'ndjson') {
      if (line.trim() === '') continue;
      yield parseText(line, index++, { line: lineNumber, column: 1 }, false);
    } else {
      documentLength += line.length + 1;
      if (documentLength > max) {
        const error = { line: lineNumber, column: 1, problem: 'document_too_large' } as const;
        yield { type: 'syntax-error', index: 0, error, fatal: true };
        return;
      }
      document.push(line);
    }
  }
  if (format === 'json') {
    const record = parseText(document.join('\n'), 0, { line: documentStart, column: 1 }, true);
    yield record;
  }
}
