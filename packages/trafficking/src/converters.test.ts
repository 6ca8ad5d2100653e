import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCase, markedValues } from '../test/arbitraries.js';
import { traffickingConverters } from './converters.js';
import { CTDC_FORMATS } from './ctdc/columns.js';
import { toCtdc, toCtdcCsv } from './ctdc/export.js';
import { fromCtdcCsv } from './ctdc/import.js';
import { toHtcdsCsv } from './htcds/export.js';

const byName = (name: string) => {
  const found = traffickingConverters.find((converter) => converter.name === name);
  if (found === undefined) throw new Error(`no descriptor ${name}`);
  return found;
};

describe('traffickingConverters', () => {
  it('requires the CTDC layout of every CTDC converter, and offers k (at least 2, 11 by default) on export', () => {
    for (const name of ['toCtdc', 'toCtdcCsv', 'fromCtdc', 'fromCtdcCsv']) {
      const layout = byName(name).options.find((option) => option.name === 'layout');
      expect(layout).toMatchObject({ type: 'choice', required: true, values: [...CTDC_FORMATS] });
    }
    for (const name of ['toCtdc', 'toCtdcCsv']) {
      expect(byName(name).options.find((option) => option.name === 'k')).toMatchObject({
        type: 'integer',
        min: 2,
        default: 11,
        required: false,
      });
    }
  });

  it('property: a CTDC export through its descriptor is the export itself, with no identifying value', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryCase, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...CTDC_FORMATS),
        fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined }),
        (records, layout, k) => {
          const options = k === undefined ? { layout } : { layout, k };
          const rows = byName('toCtdc').run(records, { locale: 'en', options });
          const expected = toCtdc(records, { format: layout, locale: 'en', ...(k === undefined ? {} : { k }) });
          expect(rows).toEqual({ value: expected.value, issues: expected.issues });
          const csv = byName('toCtdcCsv').run(records, { locale: 'en', options });
          expect(csv.value).toBe(
            toCtdcCsv(records, { format: layout, locale: 'en', ...(k === undefined ? {} : { k }) }).csv,
          );
          expect(markedValues([rows.value, csv.value, rows.issues.map((issue) => issue.message)])).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('writes cases of both versions, the current first: a record without $kind is read as the first', () => {
    for (const name of ['toHtcds', 'toHtcdsCsv', 'toCtdc', 'toCtdcCsv']) {
      expect(byName(name).kinds).toEqual(['iom.trafficking-case@2', 'iom.trafficking-case@1']);
    }
  });

  it('reads CTDC and writes HTCDS CSV through the same functions', () => {
    const csv = String(byName('toCtdcCsv').run([], { locale: 'en', options: { layout: 'synthetic-2024' } }).value);
    expect(byName('fromCtdcCsv').run(csv, { locale: 'fr', options: { layout: 'synthetic-2024' } })).toEqual(
      fromCtdcCsv(csv, { format: 'synthetic-2024', locale: 'fr' }),
    );
    expect(byName('toHtcdsCsv').run([], { locale: 'en', options: {} })).toEqual(toHtcdsCsv([], { locale: 'en' }));
  });
});
