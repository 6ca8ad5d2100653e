import { expectLinearTime } from '@iom/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRecordsReference } from '../test/reference-reader.js';
import { type InputRecord, readRecordBatches, readRecords } from './records.js';

async function* source<T>(chunks: readonly T[]) {
  yield* chunks;
}

async function all(records: AsyncIterable<InputRecord>): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const record of records) out.push(record);
  return out;
}

/** Splits `text` into chunks at the given offsets (sorted, deduplicated, clamped). */
function chunksAt(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((cut) => Math.min(cut, text.length)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(text.slice(from, point));
    from = point;
  }
  chunks.push(text.slice(from));
  return chunks;
}

async function collect(chunks: string[]): Promise<{ records: InputRecord[]; format: string | undefined }> {
  let format: string | undefined;
  const records: InputRecord[] = [];
  const source = (async function* () {
    yield* chunks;
  })();
  for await (const record of readRecords(source, { onFormat: (f) => (format = f) })) records.push(record);
  return { records, format };
}

describe('readRecords', () => {
  it('reads a pretty-printed document as one record', async () => {
    const { records, format } = await collect(['{\n  "a": 1,\n', '  "b": [1, 2]\n}\n']);
    expect(format).toBe('json');
    expect(records).toEqual([{ type: 'record', index: 0, line: 1, value: { a: 1, b: [1, 2] } }]);
  });

  it('reads NDJSON line by line, with line numbers, and goes on after a broken line', async () => {
    const { records, format } = await collect(['{"a":1}\n\n{"a":', '2}\n{"a":,}\r\n{"a":3}']);
    expect(format).toBe('ndjson');
    expect(records).toEqual([
      { type: 'record', index: 0, line: 1, value: { a: 1 } },
      { type: 'record', index: 1, line: 3, value: { a: 2 } },
      { type: 'syntax-error', index: 2, error: { line: 4, column: 6, problem: 'value_expected' }, fatal: false },
      { type: 'record', index: 3, line: 5, value: { a: 3 } },
    ]);
  });

  it('treats a broken but complete first line as NDJSON', async () => {
    const { records, format } = await collect(['{"a":1,}\n{"a":2}\n']);
    expect(format).toBe('ndjson');
    expect(records.map((r) => r.type)).toEqual(['syntax-error', 'record']);
  });

  it('streams the elements of an array, with where each starts', async () => {
    const { records, format } = await collect(['\ufeff[\n  {"a":1},\n  {"a"', ':2}\n]\n']);
    expect(format).toBe('array');
    expect(records).toEqual([
      { type: 'record', index: 0, line: 2, value: { a: 1 } },
      { type: 'record', index: 1, line: 3, value: { a: 2 } },
    ]);
  });

  it('yields array elements before the input has ended', async () => {
    let produced = 0;
    const source = (async function* () {
      produced = 1;
      yield '[{"a":1},';
      produced = 2;
      yield '{"a":2}]';
    })();
    const iterator = readRecords(source)[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value).toMatchObject({ type: 'record', value: { a: 1 } });
    expect(produced).toBe(1);
  });

  it('locates an error inside an array element and in a document', async () => {
    const array = await collect(['[\n {"a": 1},\n {"a" 2},\n {"a": 3}\n]']);
    expect(array.records[1]).toEqual({
      type: 'syntax-error',
      index: 1,
      error: { line: 3, column: 7, problem: 'colon_expected' },
      fatal: false,
    });
    expect(array.records[2]).toMatchObject({ type: 'record', value: { a: 3 } });
    const document = await collect(['{\n  "a": 1,\n  "b": tru\n}']);
    expect(document.records).toEqual([
      { type: 'syntax-error', index: 0, error: { line: 3, column: 8, problem: 'invalid_symbol' }, fatal: true },
    ]);
  });

  it('reports empty input and documents over the size limit', async () => {
    expect((await collect(['  \n'])).records).toEqual([
      { type: 'syntax-error', index: 0, error: { line: 1, column: 1, problem: 'empty' }, fatal: true },
    ]);
    const big: InputRecord[] = [];
    const source = (async function* () {
      yield '{\n"a": "xxxxxxxxxxxxxxxxxxxx",\n"b": 1\n}';
    })();
    for await (const r of readRecords(source, { maxDocumentLength: 10 })) big.push(r);
    expect(big[0]).toMatchObject({ type: 'syntax-error', error: { problem: 'document_too_large' } });
  });

  it('reports a document nested 100,000 levels deep that never closes, instead of overflowing the stack', async () => {
    expect((await collect(['{"a":\n', '['.repeat(100_000)])).records).toEqual([
      { type: 'syntax-error', index: 0, error: { line: 2, column: 100_001, problem: 'unexpected_end' }, fatal: true },
    ]);
  });

  it('counts the UTF-8 bytes of text chunks, as Buffer.byteLength does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary' }), { maxLength: 4 }), async (chunks) => {
        let bytes = 0;
        for await (const _ of readRecords(source(chunks), { onBytes: (read) => (bytes = read) })) {
          // only the count matters
        }
        expect(bytes).toBe(chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.nat(20), async (text, at) => {
        const { records } = await collect([text.slice(0, at), text.slice(at)]);
        for (const record of records) expect(['record', 'syntax-error']).toContain(record.type);
      }),
      { numRuns: 200 },
    );
  });

  it('reads 1 MB of NDJSON in time linear in its size', async () => {
    const line = `${JSON.stringify({ name: 'x'.repeat(40), n: 1 })}\n`;
    await expectLinearTime('readRecords', {
      make: (bytes) => line.repeat(Math.ceil(bytes / line.length)),
      run: async (text: string) => {
        const { records } = await collect([text]);
        expect(records.length).toBe(Math.ceil(text.length / line.length));
      },
    });
  });

  it('joins a record split across chunks, and a CRLF split between two chunks', async () => {
    const { records } = await collect(['{"a":', '1}\r', '\n{"a"', ':2}\r\n', '\r\n{"a":3}\r']);
    expect(records).toEqual([
      { type: 'record', index: 0, line: 1, value: { a: 1 } },
      { type: 'record', index: 1, line: 2, value: { a: 2 } },
      { type: 'record', index: 2, line: 4, value: { a: 3 } },
    ]);
  });

  it('ends a line at a lone CR, as node:readline did up to Node 22', async () => {
    const { records } = await collect(['{"a":1}\r{"a":2}\r', '{"a":3}\r\r{"a":4}\n{"a":5}']);
    expect(records.map((r) => (r.type === 'record' ? [r.line, r.value] : r.type))).toEqual([
      [1, { a: 1 }],
      [2, { a: 2 }],
      [3, { a: 3 }],
      [5, { a: 4 }],
      [6, { a: 5 }],
    ]);
  });

  it('reads UTF-8 split inside a character, and a BOM, from buffers', async () => {
    const bytes = Buffer.from('\ufeff{"name":"Zoë"}\n{"name":"日本"}\n');
    const cut = bytes.indexOf(0xc3) + 1;
    const records = await all(readRecords(source([bytes.subarray(0, cut), bytes.subarray(cut)])));
    expect(records.map((r) => r.type === 'record' && r.value)).toEqual([{ name: 'Zoë' }, { name: '日本' }]);
  });

  it('gives the records of each chunk as one batch, parsed one at a time as they are asked for', async () => {
    const batches = readRecordBatches(source(['{"a":1}\n{"a":2}\n{"a"', ':3}\n{"a":4}']));
    const first = await batches.next();
    if (first.done) throw new Error('no batch');
    expect(first.value.next()).toMatchObject({ index: 0, line: 1 });
    // The rest of a batch the caller leaves unread is skipped, but lines keep their numbers.
    const second = await batches.next();
    if (second.done) throw new Error('no batch');
    expect(second.value.next()).toEqual({ type: 'record', index: 2, line: 3, value: { a: 3 } });
    expect(second.value.next()).toBeUndefined();
    const last = await batches.next();
    if (last.done) throw new Error('no batch');
    expect(last.value.next()).toEqual({ type: 'record', index: 3, line: 4, value: { a: 4 } });
    expect((await batches.next()).done).toBe(true);
  });

  it('stops reading the input at a document over the size limit', async () => {
    let read = 0;
    let closed = false;
    const input = (async function* () {
      try {
        for (;;) {
          read++;
          yield '{\n"a": "xxxxxxxxxx",\n';
        }
      } finally {
        closed = true;
      }
    })();
    const records = await all(readRecords(input, { maxDocumentLength: 100 }));
    expect(records).toEqual([
      { type: 'syntax-error', index: 0, error: { line: 10, column: 1, problem: 'document_too_large' }, fatal: true },
    ]);
    expect(read).toBeLessThan(10);
    expect(closed).toBe(true);
  });

  it("keeps U+2028 and U+2029 inside a JSON string, where Node 24's readline would end the line", async () => {
    // The counterexample fast-check found on Node 24 when the reference was node:readline.
    const records = await all(readRecords(source(['{"t":"é\u2028"}\n{"u":"\u2029"}'])));
    expect(records).toEqual([
      { type: 'record', index: 0, line: 1, value: { t: 'é\u2028' } },
      { type: 'record', index: 1, line: 2, value: { u: '\u2029' } },
    ]);
  });

  it('gives the same records as the reference reader, however the text is cut into chunks', async () => {
    const piece = fc.constantFrom(
      '{"a":1}',
      '{"b":[1,{"c":"x\\\\n"}]}',
      '"s"',
      '[1,2]',
      '{"a":',
      '}',
      ' ',
      '',
      '\ufeff',
      'nul',
      '{"t":"é\u2028"}',
    );
    const end = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\r\n', '');
    const text = fc.array(fc.tuple(piece, end), { maxLength: 12 }).map((parts) => parts.flat().join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(80), { maxLength: 6 }), async (input, cuts) => {
        const chunks = chunksAt(input, cuts);
        const formats: [string | undefined, string | undefined] = [undefined, undefined];
        const actual = await all(readRecords(source(chunks), { onFormat: (f) => (formats[0] = f) }));
        const expected = await all(readRecordsReference(source(chunks), { onFormat: (f) => (formats[1] = f) }));
        expect(actual).toEqual(expected);
        expect(formats[0]).toBe(formats[1]);
      }),
      { numRuns: 400 },
    );
  });

  it('reads 1 MB of CRLF NDJSON cut into small chunks in time linear in its size', async () => {
    const line = `${JSON.stringify({ name: 'x'.repeat(40), n: 1 })}\r\n`;
    await expectLinearTime('readRecords CRLF', {
      make: (bytes) =>
        chunksAt(
          line.repeat(Math.ceil(bytes / line.length)),
          [...Array(64).keys()].map((i) => i * 997),
        ),
      run: async (chunks: string[]) => {
        const records = await all(readRecords(source(chunks)));
        expect(records.length).toBe(Math.ceil(chunks.join('').length / line.length));
      },
    });
  });
});
