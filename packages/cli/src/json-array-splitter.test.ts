import { expectLinearTime } from '@iom/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonArraySplitter } from './json-array-splitter.js';

function split(chunks: string[]) {
  const splitter = new JsonArraySplitter();
  const elements = chunks.flatMap((chunk) => splitter.push(chunk));
  if (splitter.error === undefined) elements.push(...splitter.end());
  return { elements, error: splitter.error };
}

/** Cuts `text` at the given positions. */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of points) {
    out.push(text.slice(last, p));
    last = p;
  }
  out.push(text.slice(last));
  return out;
}

describe('JsonArraySplitter', () => {
  it('gives back every element of any JSON array, however the text is chunked', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.array(fc.nat()), fc.boolean(), (values, at, pretty) => {
        const text = JSON.stringify(values, null, pretty ? 2 : undefined);
        const { elements, error } = split(cut(text, at));
        expect(error).toBeUndefined();
        expect(elements.map((e) => JSON.parse(e.text))).toEqual(JSON.parse(text));
        expect(elements.map((e) => e.index)).toEqual(values.map((_, i) => i));
      }),
    );
  });

  it('gives the line and column where each element starts', () => {
    const { elements } = split(['[\n  {"a": "x]}"},\n  2,\n  "s"\n]']);
    expect(elements.map(({ line, column, text }) => ({ line, column, text }))).toEqual([
      { line: 2, column: 3, text: '{"a": "x]}"}' },
      { line: 3, column: 3, text: '2' },
      { line: 4, column: 3, text: '"s"' },
    ]);
  });

  it.each([
    ['', 'empty', 1, 1],
    ['{"a":1}', 'array_expected', 1, 1],
    ['[1,]', 'trailing_comma', 1, 4],
    ['[1 2]', 'comma_or_bracket_expected', 1, 4],
    ['[1,\n2', 'array_not_closed', 2, 2],
    ['[1] x', 'end_of_file_expected', 1, 5],
    ['[,1]', 'value_expected', 1, 2],
  ])('reports %j as %s at %i:%i', (text, problem, line, column) => {
    expect(split([text]).error).toEqual({ problem, line, column });
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => split([`[${text}`])).not.toThrow();
      }),
    );
  });

  it('handles 1 MB of adversarial nesting in linear time', async () => {
    await expectLinearTime('split', {
      make: (size) => `[${'{"a":['.repeat(size / 6)}`,
      run: (text: string) => {
        const { error } = split([text]);
        expect(error?.problem).toBe('array_not_closed');
      },
    });
  });
});
