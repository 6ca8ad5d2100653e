import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectInputFormat, type InputRecord, readNdjsonBytes, readRecords } from '../records.js';
import { countNdjsonLines } from './line-count.js';

const all = (batch: { next(): InputRecord | undefined }): InputRecord[] => {
  const out: InputRecord[] = [];
  for (let record = batch.next(); record !== undefined; record = batch.next()) out.push(record);
  return out;
};

/** Text cut after some of its `\n`: the pieces the main thread hands to workers. */
function cutAtNewlines(text: string, picks: readonly number[]): string[] {
  const ends = [...text.matchAll(/\n/g)].map((match) => (match.index ?? 0) + 1);
  const cuts = [...new Set(picks.map((pick) => ends[pick % Math.max(1, ends.length)] ?? 0))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut > from) pieces.push(text.slice(from, cut));
    from = Math.max(from, cut);
  }
  pieces.push(text.slice(from));
  return pieces.filter((piece) => piece !== '');
}

/**
 * The records of `pieces` read one by one, each numbered from the counts of the pieces before it, and
 * decoded `decodeBytes` at a time (which may cut a character's UTF-8 bytes).
 */
function readPieces(pieces: readonly string[], decodeBytes = 65536): InputRecord[] {
  const out: InputRecord[] = [];
  let line = 1;
  let index = 0;
  for (const piece of pieces) {
    out.push(...all(readNdjsonBytes(Buffer.from(piece), { line, index }, decodeBytes)));
    const count = countNdjsonLines(Buffer.from(piece));
    line += count.lines;
    index += count.records;
  }
  return out;
}

// Lines of records, blanks (ASCII and Unicode), broken JSON, `\r\n`, lone `\r`, a BOM and non-ASCII text.
const piece = fc.constantFrom(
  '{"a":1}',
  '{"t":"é\u2028"}',
  '{"b":',
  'x',
  '',
  '  ',
  '\u00a0',
  '\ufeff',
  '\n',
  '\n',
  '\n',
  '\r\n',
  '\r',
  '"s"',
  '[1]',
);
const ndjsonText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('countNdjsonLines', () => {
  it('counts \\n, \\r\\n and lone \\r line ends, and only lines that are not blank as records', () => {
    expect(countNdjsonLines(Buffer.from('{"a":1}\n\n  \n{"b":2}\r\n\r{"c":3}\rx'))).toEqual({ lines: 7, records: 4 });
    expect(countNdjsonLines(Buffer.from('\u00a0\n\ufeff\n{}\r'))).toEqual({ lines: 3, records: 1 });
    expect(countNdjsonLines(Buffer.from(''))).toEqual({ lines: 0, records: 0 });
    expect(countNdjsonLines(Buffer.from('x\ny\nz'), 2, 4)).toEqual({ lines: 1, records: 1 });
  });

  it('property: pieces cut at line ends, numbered by the counts before them, read as the whole text', () => {
    fc.assert(
      fc.property(
        ndjsonText,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 9 }),
        (text, picks, decode) => {
          const whole = all(readNdjsonBytes(Buffer.from(text), { line: 1, index: 0 }));
          expect(readPieces(cutAtNewlines(text, picks), decode)).toEqual(whole);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('property: on NDJSON input, the pieces give what readRecords gives', async () => {
    await fc.assert(
      fc.asyncProperty(
        ndjsonText,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 9 }),
        async (text, picks, decode) => {
          const input = `{"first":true}\n${text}`;
          expect(detectInputFormat(input, true)).toBe('ndjson');
          const expected: InputRecord[] = [];
          for await (const record of readRecords(
            (async function* () {
              yield input;
            })(),
          ))
            expected.push(record);
          expect(readPieces(cutAtNewlines(input, picks), decode)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('detectInputFormat', () => {
  it('decides as readRecords does, and waits for the first line that decides', () => {
    expect(detectInputFormat('  \n\t', false)).toBeUndefined();
    expect(detectInputFormat('  \n\t', true)).toBe('empty');
    expect(detectInputFormat('\ufeff [ {"a":1}', false)).toBe('array');
    expect(detectInputFormat('\n{"a":1}', false)).toBeUndefined();
    expect(detectInputFormat('\n{"a":1}', true)).toBe('ndjson');
    expect(detectInputFormat('\n{"a":1}\n', false)).toBe('ndjson');
    expect(detectInputFormat('{"a":\n', false)).toBe('json');
    expect(detectInputFormat('{"a":}\n', false)).toBe('ndjson');
  });
});
