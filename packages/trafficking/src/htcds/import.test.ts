import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectReaderContract } from '../../test/readers.js';
import { TraffickingCase } from '../case.js';
import { HTCDS_COLUMNS, HTCDS_HEADER_ALIASES, HTCDS_LABELS, type HtcdsColumn } from './fields.js';
import { fromHtcds, fromHtcdsCsv } from './import.js';
import { VOCABULARIES } from './values.js';

// What fromHtcds returns as a case passes the schema; what it could not read is in its issues, by row.

const VALUE_NAMES: Partial<Record<HtcdsColumn, readonly string[]>> = Object.fromEntries(
  Object.entries(VOCABULARIES).map(([column, vocabulary]) => [column, vocabulary.names]),
);

/** Cells as files hold them: valid values of any column, near misses, random text and, from JSON, non-text. */
const anyCell = fc.oneof(
  fc.constantFrom(
    ...['TRUE', 'no', 'unknown', 'x', 'Male', 'Female', 'Forced labour;Other', 'Follow up', 'ForcedLabour'],
    ...['EC', 'ecu', 'PE;CO', 'EC-I', 'PE-LIM', 'xx', 'es', 'ES', 'english', 'A:01', 'Z:9', 'CaseManagement'],
    ...['2021', '2021-03', '2021-03-09', '2021-03-09T10:00:00Z', '2030-01-01', '1990', '2021-02-30', '03/04/1999'],
    ...['0', '12', '19', '150', '999', '1.5', ';;', ' ', '', 'Exploitation', 'Transit', 'Peddling;Other'],
  ),
  fc.string({ maxLength: 20 }),
);
const cellOf = (column: string) => {
  const names = VALUE_NAMES[column as HtcdsColumn];
  const valid =
    names === undefined ? anyCell : fc.subarray([...names], { minLength: 1, maxLength: 3 }).map((v) => v.join(';'));
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 3, arbitrary: anyCell },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(null, 3, 19, true, false, Number.NaN, { a: 1 }, ['EC']),
    },
  );
};

const headerNames = [...HTCDS_COLUMNS, ...Object.keys(HTCDS_HEADER_ALIASES), ...Object.values(HTCDS_LABELS)];

/** A row: some columns (any spelling), in any order, each with a cell; now and then not an object at all. */
const row = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .shuffledSubarray(headerNames, { maxLength: 14 })
      .chain((names) =>
        fc.tuple(
          fc.tuple(...names.map((name) => fc.tuple(fc.constant(name), cellOf(name)))),
          fc.array(fc.tuple(fc.string({ maxLength: 8 }), anyCell), { maxLength: 2 }),
        ),
      )
      .map(([known, unknown]) => Object.fromEntries([...known, ...unknown])),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'row', 7, ['prs_Gender', 'Male']) },
);

describe('fromHtcds returns valid cases only', () => {
  it('property: every case passes TraffickingCase.safeParse, every row is returned or reported, nothing throws', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), fc.constantFrom('en', 'fr', 'es'), (rows, locale) => {
        const { value, issues } = fromHtcds(rows as never, { locale });
        expectReaderContract(rows, value, issues);
      }),
      { numRuns: 400 },
    );
  });

  it('property: a filled cell alone gives the case something, or is reported at its row', () => {
    const baseline = JSON.stringify(fromHtcds([{}]).value[0]);
    const cell = fc.constantFrom(...HTCDS_COLUMNS).chain((column) => fc.tuple(fc.constant(column), cellOf(column)));
    fc.assert(
      fc.property(cell, ([column, text]) => {
        const { value, issues } = fromHtcds([{ [column]: text }] as never);
        // Separators alone (`;;`) hold no value either.
        const empty = text === null || (typeof text === 'string' && /^[\s;,]*$/.test(text));
        // An event type only qualifies the event's country: alone, it holds nothing to keep.
        const qualifier = column === 'hte_Type' && ['Exploitation', 'Transit', 'Recruitment'].includes(String(text));
        // `prs_Deceased` is true or false: an unknown answer holds nothing to keep.
        const unknownDeceased = column === 'prs_Deceased' && String(text).toLowerCase() === 'unknown';
        if (empty || qualifier || unknownDeceased || JSON.stringify(value[0]) !== baseline) return;
        expect(issues.filter((issue) => issue.path[0] === 0)).not.toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads an unknown answer to a yes/no field as nothing, without an issue (a counterexample once)', () => {
    expect(fromHtcds([{ prs_Deceased: 'unknown' }])).toEqual({ value: [{}], issues: [] });
    expect(fromHtcds([{ prs_Deceased: 'maybe' }]).issues.map((issue) => issue.code)).toEqual(['htcds_boolean_invalid']);
  });

  it('property: CSV text of any kind', () => {
    const header = fc.shuffledSubarray([...HTCDS_COLUMNS], { minLength: 1, maxLength: 10 });
    const text = header.chain((columns) =>
      fc
        .array(fc.array(fc.string({ maxLength: 12 }), { minLength: columns.length, maxLength: columns.length }), {
          maxLength: 4,
        })
        .map((lines) => [columns, ...lines].map((cells) => cells.map((c) => JSON.stringify(c)).join(',')).join('\n')),
    );
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 200 })), (csv) => {
        const { value } = fromHtcdsCsv(csv);
        for (const record of value) expect(TraffickingCase.safeParse(record).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fromHtcds leaves out what fails and keeps the rest', () => {
  it('drops a field that breaks a cross-field rule, keeps the row and names the field at the row', () => {
    const rows = [
      { x_CaseId: 'SYNTH-1', prs_Birthdate: '2015-01-01', x_RegistrationDate: '2010', prs_Gender: 'Feminine' },
      { x_CaseId: 'SYNTH-2', vic_AgeWhenTrafficked: '150', con_Consent: 'no', con_DataForResearch: 'yes' },
    ];
    const { value, issues } = fromHtcds(rows, { locale: 'fr' });
    expect(value).toEqual([
      { id: 'SYNTH-1', person: { birthDate: '2015-01-01', gender: 'Feminine' } },
      { id: 'SYNTH-2', consent: { interview: 'no' } },
    ]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['date_order', [0, 'registrationDate']],
      ['case_field_dropped', [0, 'registrationDate']],
      ['too_big', [1, 'victim', 'ageWhenTrafficked']],
      ['research_consent_without_consent', [1, 'consent', 'dataForResearch']],
      ['case_field_dropped', [1, 'victim', 'ageWhenTrafficked']],
      ['case_field_dropped', [1, 'consent', 'dataForResearch']],
    ]);
    expect(issues[1]?.message).toBe('Ligne 1 : registrationDate ne passe pas les contrôles du cas et a été écarté');
  });

  it('reports rows that are not objects, cells that are not text, and a second header for the same column', () => {
    const rows = [null, { prs_Gender: 'Male', 'Gender ': 'Female', prs_NumberOfChildren: 2, prs_Deceased: { a: 1 } }];
    const { value, issues } = fromHtcds(rows as never);
    expect(value).toEqual([{ person: { gender: 'Masculine', numberOfChildren: 2 } }]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual(
      expect.arrayContaining([
        ['row_not_object', [0]],
        ['column_duplicate', []],
        ['cell_not_text', [1, 'prs_Deceased']],
      ]),
    );
  });

  it('reports what it reads only in part: a time of day, extra values, lone divisions, other events', () => {
    const { value, issues } = fromHtcds([
      {
        x_RegistrationDate: '2021-03-09T10:00:00Z',
        x_DataSource: 'Hotline;CaseManagement',
        x_ForcedLabourIsicDivision: 'A:03;C:10',
        vic_ForcedLabourIndustry: 'A_AgricultureForestryAndFishing',
        hte_Type: 'Transit',
        hte_Country: 'PE',
        prs_PrimaryLanguage: 'Spanish',
      },
    ]);
    expect(value).toEqual([
      {
        dataSource: 'Hotline',
        registrationDate: '2021-03-09',
        exploitation: { industries: [{ section: 'A_AgricultureForestryAndFishing', division: '03' }] },
      },
    ]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual(
      expect.arrayContaining([
        ['htcds_date_time_dropped', [0, 'x_RegistrationDate']],
        ['htcds_values_extra', [0, 'x_DataSource']],
        ['htcds_division_ignored', [0, 'x_ForcedLabourIsicDivision']],
        ['htcds_event_country_ignored', [0, 'hte_Country']],
        ['htcds_value_unknown', [0, 'prs_PrimaryLanguage']],
      ]),
    );
  });

  it('reads the country of an exploitation event, and says nothing when the list already holds it', () => {
    const alone = fromHtcds([{ hte_Type: 'Exploitation', hte_Country: 'PE' }]);
    expect(alone.value[0]?.exploitation?.countries).toEqual(['PE']);
    expect(alone.issues).toEqual([]);
    const listed = fromHtcds([{ hte_Type: 'Exploitation', hte_Country: 'CO', x_ExploitationCountries: 'PE;CO' }]);
    expect(listed.value[0]?.exploitation?.countries).toEqual(['PE', 'CO']);
    expect(listed.issues).toEqual([]);
  });
});
