import { expectLinearTime } from '@iom/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type InputRecord, readRecords } from './records.js';

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
});
