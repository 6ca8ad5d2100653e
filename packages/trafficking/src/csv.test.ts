import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseCsv, writeCsv } from './csv.js';

describe('parseCsv / writeCsv (papaparse)', () => {
  it('round-trips rows with quotes, commas, semicolons and line breaks', () => {
    const rows = [
      { a: 'x,"y"', b: 'one;two\nthree' },
      { a: '', b: '-99' },
    ];
    expect(parseCsv(writeCsv(rows, ['a', 'b']))).toEqual({ value: rows, issues: [] });
  });

  it('reports repeated headers and broken quotes without quoting cells and without console output', () => {
    const warn = vi.spyOn(console, 'warn');
    const { value, issues } = parseCsv('a,a,b\r\n1,2,"SYNTH-secret\r\n');
    expect(value[0]?.a).toBe('1');
    expect(issues.map((issue) => issue.code)).toEqual(['csv_malformed', 'csv_malformed']);
    for (const issue of issues) expect(issue.message).not.toContain('SYNTH-secret');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('property: never throws and writes what it reads back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        parseCsv(text);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ a: fc.string(), b: fc.string() }), { minLength: 1, maxLength: 5 }), (rows) => {
        const read = parseCsv(writeCsv(rows, ['a', 'b'])).value;
        // Rows whose cells are all empty are skipped as blank lines.
        expect(read).toEqual(rows.filter((row) => `${row.a}${row.b}`.trim() !== ''));
      }),
    );
  });
});
