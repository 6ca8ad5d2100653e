import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCase } from '../../test/arbitraries.js';
import { fullCase, smallCase } from '../../test/fixtures.js';
import { TraffickingCase } from '../case.js';
import { parseCsv } from '../csv.js';
import { CTDC_KANON_2020_COLUMNS, CTDC_SYNTHETIC_2024_COLUMNS, ctdcColumns } from './columns.js';
import { toCtdc, toCtdcCsv } from './export.js';
import { fromCtdc, fromCtdcCsv } from './import.js';
import { isQuasiIdentifierColumn } from './kanon.js';

const copies = <T>(value: T, n: number): T[] => Array.from({ length: n }, () => structuredClone(value));

describe('CTDC layouts', () => {
  it('have 63 and 27 columns', () => {
    expect(CTDC_KANON_2020_COLUMNS).toHaveLength(63);
    expect(CTDC_SYNTHETIC_2024_COLUMNS).toHaveLength(27);
    expect(new Set(CTDC_KANON_2020_COLUMNS.map((c) => c.name)).size).toBe(63);
  });

  it('take their quasi-identifier columns from the classification', () => {
    const quasi = CTDC_KANON_2020_COLUMNS.filter(isQuasiIdentifierColumn).map((c) => c.name);
    expect(quasi).toEqual([
      'yearOfRegistration',
      'Datasource',
      'gender',
      'ageBroad',
      'majorityStatus',
      'majorityStatusAtExploit',
      'majorityEntry',
      'citizenship',
      'CountryOfExploitation',
    ]);
  });
});

describe('toCtdc kanon-2020', () => {
  const [row] = toCtdc(copies(fullCase, 11), { format: 'kanon-2020' }).value;

  it('generalises ages to bands, dates to years and keeps -99 for missing', () => {
    expect(row).toMatchObject({
      yearOfRegistration: '2021',
      Datasource: 'Case Management',
      gender: 'Female',
      ageBroad: '21--23',
      majorityStatus: 'Adult',
      majorityStatusAtExploit: 'Adult',
      majorityEntry: 'Adult',
      citizenship: 'EC',
      CountryOfExploitation: 'CO',
    });
    expect(Object.keys(row ?? {})).toEqual(CTDC_KANON_2020_COLUMNS.map((c) => c.name));
  });

  it('applies CTDC block rules without turning unknown into 0 on its own', () => {
    expect(row?.meansOfControlDebtBondage).toBe('1');
    expect(row?.meansOfControlRestrictsMovement).toBe('1');
    expect(row?.meansOfControlSexualAbuse).toBe('0'); // unknown, but another means is 1: CTDC denominator rule
    expect(row?.meansOfControlNotSpecified).toBe('0');
    expect(row?.meansOfControlConcatenated).toBe('Debt bondage;Restricts movement;Withholds documents');
    expect(row?.isForcedLabour).toBe('1');
    expect(row?.isSexualExploit).toBe('0');
    expect(row?.typeOfLabourAgriculture).toBe('1');
    expect(row?.typeOfLabourConstruction).toBe('1');
    expect(row?.typeOfLabourPeddling).toBe('1');
    expect(row?.typeOfLabourManufacturing).toBe('0');
    expect(row?.typeOfSexProstitution).toBe('-99');
    expect(row?.isAbduction).toBe('0');
    expect(row?.RecruiterRelationship).toBe('Friend');
    expect(row?.recruiterRelationUnknown).toBe('0');
    const [empty] = toCtdc(copies(smallCase({ exploitation: {} }), 11), { format: 'kanon-2020' }).value;
    expect(empty?.meansOfControlDebtBondage).toBe('-99');
    expect(empty?.meansOfControlNotSpecified).toBe('1');
    expect(empty?.isForcedLabour).toBe('-99');
  });

  it('refuses records without research consent and says so', () => {
    const records = [
      ...copies(smallCase(), 11),
      smallCase({ consent: { interview: 'yes' } }),
      smallCase({ consent: { interview: 'yes', dataForResearch: 'unknown' } }),
    ];
    const result = toCtdc(records, { format: 'kanon-2020' });
    expect(result.value).toHaveLength(11);
    expect(result.report.refused).toEqual([
      { index: 11, reason: 'no_research_consent' },
      { index: 12, reason: 'no_research_consent' },
    ]);
    expect(result.issues.filter((issue) => issue.code === 'ctdc_no_research_consent')).toHaveLength(2);
  });

  it('generalises rare values, then suppresses rows still rarer than k, and reports both', () => {
    const common = copies(smallCase(), 11);
    const rareAge = smallCase({ person: { gender: 'Masculine', ageAtRegistration: 61, citizenship: ['EC'] } });
    const rareAll = smallCase({
      registrationDate: '2003',
      person: { gender: 'Feminine', ageAtRegistration: 70, citizenship: ['VE'] },
    });
    const result = toCtdc([...common, ...copies(rareAge, 11), rareAll], { format: 'kanon-2020', k: 11 });
    expect(result.report.suppressed).toEqual([{ index: 22, reason: 'k_anonymity' }]);
    expect(result.value).toHaveLength(22);
    expect(result.report.generalised.length).toBeGreaterThan(0);
    expect(result.issues.map((issue) => issue.code)).toContain('ctdc_record_suppressed');
    // The 11 rare-age rows are a group of their own: nothing to generalise there.
    expect(result.value.filter((r) => r.ageBroad === '48+')).toHaveLength(11);
  });

  it('refuses a k below 2 without throwing', () => {
    const result = toCtdc([smallCase()], { format: 'kanon-2020', k: 1 });
    expect(result.value).toEqual([]);
    expect(result.issues[0]?.code).toBe('ctdc_k_invalid');
  });
});

describe('toCtdc synthetic-2024', () => {
  it('writes alpha-3 countries, 09--17, duration bands, merged means and only 1 or empty', () => {
    const minor = { ...fullCase, person: { ...fullCase.person, birthDate: '2005-01-01' } };
    const [row] = toCtdc(copies(minor, 11), { format: 'synthetic-2024' }).value;
    expect(row).toMatchObject({
      yearOfRegistration: '2021',
      gender: 'Woman',
      ageBroad: '09--17',
      citizenship: 'ECU',
      CountryOfExploitation: 'COL',
      traffickMonths: '13--24 (1-2 yrs)',
      meansDebtBondageEarnings: '1',
      meansDenyBasicNeeds: '1',
      meansWithholdDocs: '1',
      meansAbusePsyPhySex: '',
      isForcedLabour: '1',
      isSexualExploit: '',
      typeOfLabourAgriculture: '1',
      recruiterRelationFriend: '1',
      recruiterRelationFamily: '',
    });
    for (const value of Object.values(row ?? {}).slice(6)) expect(['1', '']).toContain(value);
  });
});

describe('k-anonymity property', () => {
  it('every quasi-identifier combination in an export occurs at least k times', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryCase, { maxLength: 80 }),
        fc.constantFrom('kanon-2020', 'synthetic-2024'),
        fc.integer({ min: 2, max: 12 }),
        (records, format, k) => {
          const result = toCtdc(records, { format, k });
          const quasi = ctdcColumns(format)
            .filter(isQuasiIdentifierColumn)
            .map((c) => c.name);
          const counts = new Map<string, number>();
          for (const row of result.value) {
            const key = JSON.stringify(quasi.map((column) => row[column]));
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(k);
          const consented = records.filter((r) => r.consent?.dataForResearch === 'yes').length;
          expect(result.value.length + result.report.suppressed.length).toBe(consented);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('fromCtdc', () => {
  it('reads a k-anon 2020 CSV: -99 missing, 0 as no, bands as bands, unknown recruiter as nothing', () => {
    const header = CTDC_KANON_2020_COLUMNS.map((c) => c.name);
    const values: Record<string, string> = Object.fromEntries(header.map((name) => [name, '-99']));
    Object.assign(values, {
      yearOfRegistration: '2018',
      Datasource: 'Case Management',
      gender: 'Female',
      ageBroad: '9--17',
      majorityStatus: 'Minor',
      citizenship: 'CO',
      CountryOfExploitation: '0',
      meansOfControlThreats: '0',
      meansOfControlDebtBondage: '1',
      isForcedLabour: '1',
      isSexualExploit: '0',
      typeOfLabourBegging: '1',
      recruiterRelationIntimatePartner: '0',
      recruiterRelationUnknown: '1',
    });
    const csv = `${header.join(',')}\r\n${header.map((name) => values[name]).join(',')}\r\n`;
    const { value, issues } = fromCtdcCsv(csv, { format: 'kanon-2020' });
    expect(issues).toEqual([]);
    const [record] = value;
    expect(record).toMatchObject({
      registrationDate: '2018',
      dataSource: 'CaseManagement',
      person: { gender: 'Feminine', ageBand: '9--17', majority: 'Minor', citizenship: ['CO'] },
      control: { methods: { DebtBondage: 'yes', PhysicalThreats: 'no', ThreatensChildrenFamily: 'no' } },
      exploitation: { types: { ForcedLabour: 'yes', ForcedBegging: 'yes', SexualExploitation: 'no' } },
    });
    expect(record?.exploitation?.countries).toBeUndefined();
    expect(record?.recruitment?.recruiterRelations).toBeUndefined();
    expect(record?.control?.methods?.SexualAbuse).toBeUndefined();
    expect(TraffickingCase.safeParse(record).success).toBe(true);
  });

  it('reads a synthetic 2024 row: alpha-3, 09--17, groups, never no, not-collected marked', () => {
    const { value, issues } = fromCtdc(
      [
        {
          yearOfRegistration: '2020',
          gender: 'Man',
          ageBroad: '09--17',
          citizenship: 'ECU',
          CountryOfExploitation: 'PER',
          traffickMonths: '25+ (2+ yrs)',
          meansThreats: '1',
          meansFalsePromises: '1',
          isForcedLabour: '1',
          isOtherExploit: '1',
          isSexualExploit: '',
          typeOfLabourConstruction: '1',
          recruiterRelationFamily: '1',
        },
      ],
      { format: 'synthetic-2024' },
    );
    const [record] = value;
    expect(record).toMatchObject({
      registrationDate: '2020',
      person: { gender: 'Masculine', ageBand: '9--17', citizenship: ['EC'] },
      exploitation: {
        countries: ['PE'],
        durationBand: '25+',
        otherTypeGroup: 'yes',
        types: { ForcedLabour: 'yes' },
        industries: [{ section: 'F_Construction' }],
      },
      control: { groups: { Threats: 'yes' }, methods: { FalsePromises: 'yes', Other: 'notCollected' } },
      recruitment: { recruiterRelations: { Family: 'yes' }, abduction: 'notCollected' },
    });
    expect(JSON.stringify(record)).not.toContain('"no"');
    expect(issues.map((issue) => issue.code)).toContain('ctdc_column_missing');
    expect(TraffickingCase.safeParse(record).success).toBe(true);
  });

  it('round trip: a case exported to each layout reads back what the layout holds', () => {
    for (const format of ['kanon-2020', 'synthetic-2024'] as const) {
      const exported = toCtdcCsv(copies(fullCase, 11), { format });
      const [back] = fromCtdc(parseCsv(exported.csv).value, { format }).value;
      expect(back?.registrationDate).toBe('2021');
      expect(back?.person?.gender).toBe('Feminine');
      expect(back?.person?.ageBand).toBe('21--23');
      expect(back?.person?.citizenship).toEqual(['EC']);
      expect(back?.exploitation?.countries).toEqual(['CO']);
      expect(back?.exploitation?.types?.ForcedLabour).toBe('yes');
      expect(back?.recruitment?.recruiterRelations?.Friend).toBe('yes');
      if (format === 'kanon-2020') {
        expect(back?.control?.methods).toMatchObject({
          DebtBondage: 'yes',
          RestrictsMovement: 'yes',
          WithholdsDocuments: 'yes',
        });
        expect(back?.recruitment?.abduction).toBe('no');
        expect(back?.exploitation?.labourActivities?.Peddling).toBe('yes');
      } else {
        expect(back?.control?.groups).toMatchObject({ DebtBondageEarnings: 'yes', DenyBasicNeeds: 'yes' });
        expect(back?.control?.methods?.WithholdsDocuments).toBe('yes');
      }
      expect(exported.issues.some((issue) => issue.code === 'ctdc_not_representable')).toBe(true);
    }
  });

  it('never throws on random rows, and reads random rows into valid-shaped records', () => {
    const cell = fc.oneof(
      fc.constantFrom('1', '0', '-99', '', 'NA', 'CO', 'ECU', '9--17', 'Female', '2019'),
      fc.string({ maxLength: 12 }),
    );
    const names = [...CTDC_KANON_2020_COLUMNS, ...CTDC_SYNTHETIC_2024_COLUMNS].map((c) => c.name);
    const row = fc.dictionary(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 10 })), cell, { maxKeys: 20 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), fc.constantFrom('kanon-2020', 'synthetic-2024'), (rows, format) => {
        const { value } = fromCtdc(rows, { format });
        for (const record of value) expect(TraffickingCase.safeParse(record).success).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        fromCtdcCsv(text, { format: 'kanon-2020' });
      }),
      { numRuns: 200 },
    );
  });
});

describe('toCtdc report of generalisations', () => {
  it('counts the records each base generalisation changed', () => {
    const fromSubdivision = smallCase({
      person: { ageAtRegistration: 30 },
      movement: { origin: { subdivision: 'EC-I' } },
    });
    const result = toCtdc([...copies(fullCase, 11), ...copies(fromSubdivision, 11)], { format: 'kanon-2020' });
    expect(result.report.generalisedFields).toEqual(
      expect.arrayContaining([
        { field: 'person.birthDate', to: 'ageBroad', records: 11 },
        { field: 'registrationDate', to: 'year', records: 22 },
        { field: 'movement.origin.subdivision', to: 'country', records: 11 },
        { field: 'person.citizenship', to: 'first', records: 11 },
      ]),
    );
    expect(result.value.filter((row) => row.citizenship === 'EC')).toHaveLength(22);
  });
});
