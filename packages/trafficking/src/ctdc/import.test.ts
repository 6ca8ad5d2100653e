import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectReaderContract } from '../../test/readers.js';
import { TraffickingCase } from '../case.js';
import {
  CTDC_FORMATS,
  CTDC_KANON_2020_COLUMNS,
  CTDC_SYNTHETIC_2024_COLUMNS,
  type CtdcFormat,
  ctdcColumns,
} from './columns.js';
import { toCtdc } from './export.js';
import { fromCtdc, fromCtdcCsv } from './import.js';
import { isCtdcMissing } from './row-reader.js';

// What fromCtdc returns as a case passes the schema; what it could not read is in its issues, by row.

const names = [...new Set([...CTDC_KANON_2020_COLUMNS, ...CTDC_SYNTHETIC_2024_COLUMNS].map((column) => column.name))];

/** Cells as CTDC files hold them, near misses, random text and, from JSON, non-text. */
const cell = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      ...['1', '0', '1.0', '-99', '', 'NA', 'nan', 'true', 'FALSE', '2', 'yes'],
      ...['CO', 'ECU', '0', 'xx', 'ZZZ', '9--17', '09--17', '48+', '0--8', '18--20', '5--9'],
      ...['Female', 'Man', 'Transgender/NonConforming', 'Unknown', 'Adult', 'Minor', 'adult', 'teen'],
      ...['2019', '2019.0', '1899', 'Case Management', 'Hotline', 'web', '0-12 (0-1 yr)', '25+ (2+ yrs)', '13'],
    ),
  },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 1, 0, true, Number.POSITIVE_INFINITY, { a: 1 }, []) },
);

/** A row: some columns, in any order, names sometimes re-spelled; now and then not an object at all. */
const row = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .shuffledSubarray(names, { maxLength: 24 })
      .chain((picked) =>
        fc.tuple(
          fc.tuple(
            ...picked.map((name) =>
              fc.tuple(fc.constantFrom(name, name.toLowerCase(), ` ${name.toUpperCase()}`), cell),
            ),
          ),
          fc.array(fc.tuple(fc.string({ maxLength: 8 }), cell), { maxLength: 2 }),
        ),
      )
      .map(([known, unknown]) => Object.fromEntries([...known, ...unknown])),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'row', 3, ['gender', 'Female']) },
);

describe('fromCtdc returns valid cases only', () => {
  it('property: every case passes TraffickingCase.safeParse, every row is returned or reported, nothing throws', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), fc.constantFrom(...CTDC_FORMATS), (rows, format) => {
        const { value, issues } = fromCtdc(rows as never, { format });
        expectReaderContract(rows, value, issues);
      }),
      { numRuns: 400 },
    );
  });

  /** Cells that hold no value a case can keep, by what CTDC means by them. */
  function holdsNothing(format: CtdcFormat, column: string, text: unknown): boolean {
    if (text === null) return true;
    const trimmed = String(text).trim();
    if (isCtdcMissing(trimmed) || trimmed.toLowerCase() === 'unknown') return true;
    // Derived columns, and the flag that only says the recruiter's relation is unknown.
    if (/Concatenated$|NotSpecified$|^isSexAndLabour$|^RecruiterRelationship$|^recruiterRelationUnknown$/.test(column))
      return true;
    // The unknown country; a 0 where the case has no "no" to hold (industries, begging) or where 2024 has no 0.
    if (/^(citizenship|CountryOfExploitation)$/.test(column)) return trimmed === '0';
    return /^(0(\.0+)?|false)$/i.test(trimmed) && (format === 'synthetic-2024' || /^typeOfLabour/.test(column));
  }

  it('property: a filled cell alone changes the case, or is reported at its row', () => {
    // Columns of the format: another layout's columns are reported for the file (`ctdc_column_unknown`).
    const single = fc
      .constantFrom(...CTDC_FORMATS)
      .chain((format) =>
        fc.tuple(fc.constant(format), fc.constantFrom(...ctdcColumns(format).map((column) => column.name)), cell),
      );
    const baselines = new Map(
      CTDC_FORMATS.map((format) => [format, JSON.stringify(fromCtdc([{}], { format }).value[0])]),
    );
    fc.assert(
      fc.property(single, ([format, column, text]) => {
        const { value, issues } = fromCtdc([{ [column]: text }] as never, { format });
        if (holdsNothing(format, column, text) || JSON.stringify(value[0]) !== baselines.get(format)) return;
        expect(issues.filter((issue) => issue.path[0] === 0)).not.toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('property: CSV text of any kind', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...CTDC_FORMATS), (text, format) => {
        const csv = `yearOfRegistration,gender,ageBroad,majorityStatus,citizenship\n${text}`;
        for (const record of fromCtdcCsv(csv, { format }).value) {
          expect(TraffickingCase.safeParse(record).success).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('fromCtdc leaves out what fails and keeps the rest', () => {
  it('drops a field that breaks a cross-field rule, keeps the row and names the field at the row', () => {
    const { value, issues } = fromCtdc(
      [
        { gender: 'Female', isSexualExploit: '0', typeOfSexProstitution: '1', citizenship: 'CO' },
        { isForcedLabour: '0', typeOfLabourConstruction: '1', yearOfRegistration: '2019' },
      ],
      { format: 'kanon-2020' },
    );
    expect(value).toHaveLength(2);
    expect(value[0]?.person).toEqual({ gender: 'Feminine', citizenship: ['CO'] });
    expect(value[0]?.exploitation?.sexTypes).toEqual({ Prostitution: 'yes' });
    expect(value[0]?.exploitation?.types?.SexualExploitation).toBeUndefined();
    expect(value[1]?.exploitation?.industries).toEqual([{ section: 'F_Construction' }]);
    expect(value[1]?.exploitation?.types?.ForcedLabour).toBeUndefined();
    const rowIssues = issues.filter((issue) => issue.path.length > 0).map((issue) => [issue.code, issue.path]);
    expect(rowIssues).toEqual([
      ['sex_type_without_sexual_exploitation', [0, 'exploitation', 'types', 'SexualExploitation']],
      ['case_field_dropped', [0, 'exploitation', 'types', 'SexualExploitation']],
      ['industry_without_forced_labour', [1, 'exploitation', 'types', 'ForcedLabour']],
      ['case_field_dropped', [1, 'exploitation', 'types', 'ForcedLabour']],
    ]);
  });

  it('reports rows that are not objects, unknown and repeated columns, and cells that are not text', () => {
    const rows = [null, { Gender: 'Female', gender: 'Male', isForcedLabour: 1, extra: 'x', citizenship: { a: 1 } }];
    const { value, issues } = fromCtdc(rows as never, { format: 'kanon-2020' });
    expect(value).toHaveLength(1);
    expect(value[0]?.person?.gender).toBe('Feminine');
    expect(value[0]?.exploitation?.types?.ForcedLabour).toBe('yes');
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual(
      expect.arrayContaining([
        ['row_not_object', [0]],
        ['ctdc_column_unknown', []],
        ['column_duplicate', []],
        ['cell_not_text', [1, 'citizenship']],
      ]),
    );
  });

  it('refuses a format it does not know, from the reader and the writer alike, without throwing', () => {
    const options = { format: 'kanon-2021', locale: 'es' } as never;
    const read = fromCtdc([{ gender: 'Female' }], options);
    expect(read.value).toEqual([]);
    expect(read.issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ['ctdc_format_invalid', [], 'El formato CTDC kanon-2021 no se conoce; use uno de kanon-2020, synthetic-2024'],
    ]);
    const written = toCtdc([], options);
    expect(written.value).toEqual([]);
    expect(written.issues.map((issue) => issue.code)).toEqual(['ctdc_format_invalid']);
  });
});
